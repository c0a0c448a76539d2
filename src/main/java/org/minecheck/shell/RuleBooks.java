package org.minecheck.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RulePack;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled national pack once, or the bundled pack with a provincial or edited pack laid over it: the one
 * named by {@code --rules}, else the one named by the setting {@code minecheck.rules} (e.g. the environment variable
 * {@code MINECHECK_RULES=rules-ordos} or {@code -Dminecheck.rules=rules-ordos}), else none.
 */
@Component
public class RuleBooks {
    /** The bundled pack never changes while the JVM runs: compiled once, shared by every run in the JVM. */
    private static RuleBook bundled;
    private final String defaultOverlay;

    public RuleBooks(@Value("${minecheck.rules:}") String defaultOverlay) {
        this.defaultOverlay = defaultOverlay;
    }

    public RuleBook get(String rulesDir) throws IOException {
        String dirName = rulesDir == null || rulesDir.isBlank() ? defaultOverlay : rulesDir;
        if (dirName == null || dirName.isBlank()) {
            synchronized (RuleBooks.class) {
                if (bundled == null) bundled = RuleBook.load(RulePack.bundled());
                return bundled;
            }
        }
        Path dir = Path.of(dirName);
        if (!Files.isDirectory(dir)) throw new IOException("--rules: no such directory: " + dirName);
        return RuleBook.load(RulePack.bundled().with(RulePack.fromDirectory(dir)));
    }
}
