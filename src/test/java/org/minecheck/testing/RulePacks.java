package org.minecheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RuleInfo;
import org.minecheck.engine.RulePack;

/**
 * The rule packs of the repository as the catalogue sees them: the national pack {@code rules/} and every provincial
 * pack {@code rules-*} at the top level, each laid over the national one, with the rules that come from its own files.
 */
public final class RulePacks {
    /** The national pack's name: its directory. */
    public static final String NATIONAL = "rules";

    private RulePacks() {}

    /**
     * One pack: its directory name, the rule book it gives (a provincial pack laid over the national pack) and the
     * rules its own DRL files bring (for the national pack, all of them).
     */
    public record Pack(String name, RuleBook book, List<RuleInfo> own) {
        /** Every rule id the pack's rule book holds, its own and the national ones it keeps. */
        public Set<String> ids() {
            Set<String> ids = new TreeSet<>();
            book.rules().forEach(r -> ids.add(r.id()));
            return ids;
        }

        /** The ids of the rules the pack's own files bring. */
        public Set<String> ownIds() {
            Set<String> ids = new TreeSet<>();
            own.forEach(r -> ids.add(r.id()));
            return ids;
        }
    }

    /** The national pack first, then the provincial packs by name. */
    public static List<Pack> all() {
        List<Pack> out = new ArrayList<>();
        out.add(new Pack(NATIONAL, TestRules.book(), TestRules.book().rules()));
        for (Path dir : provincialDirectories()) {
            String name = dir.getFileName().toString();
            RuleBook book = name.equals("rules-ordos") ? TestRules.ordos() : load(dir);
            List<RuleInfo> own = book.rules().stream()
                    .filter(r -> Files.isRegularFile(dir.resolve(r.file())))
                    .toList();
            out.add(new Pack(name, book, own));
        }
        return out;
    }

    /** Top-level directories named rules-* that hold at least one DRL file. */
    static List<Path> provincialDirectories() {
        try (Stream<Path> top = Files.list(Path.of("."))) {
            List<Path> out = new ArrayList<>();
            for (Path dir : top.filter(Files::isDirectory).sorted().toList()) {
                if (!dir.getFileName().toString().startsWith(NATIONAL + "-")) continue;
                try (Stream<Path> files = Files.walk(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".drl"))) out.add(dir.normalize());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleBook load(Path dir) {
        try {
            return RuleBook.load(RulePack.fromDirectory(Path.of(NATIONAL)).with(RulePack.fromDirectory(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
