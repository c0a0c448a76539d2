package org.minecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README and docs/ point only at files in the repository, so a fresh clone has everything they name. */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern OUTSIDE_PATH = Pattern.compile("`(\\.\\./[^`]*)`");

    @Test
    void everyLinkOfTheReadmeAndDocsNamesAFileInTheRepository() throws IOException {
        Path root = Path.of("").toAbsolutePath().normalize();
        List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            String name = root.relativize(page).toString();
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("(?i)(https?|mailto):.*") || target.startsWith("#")) continue;
                Path file = page.getParent()
                        .resolve(target.replaceFirst("#.*$", ""))
                        .normalize();
                if (!file.startsWith(root)) {
                    problems.add(name + " links to " + target + ", outside the repository");
                } else if (!Files.exists(file)) {
                    problems.add(name + " links to " + target + ", which does not exist");
                }
            }
            Matcher outside = OUTSIDE_PATH.matcher(text);
            while (outside.find()) problems.add(name + " names " + outside.group(1) + ", outside the repository");
        }
        assertThat(problems).isEmpty();
    }
}
