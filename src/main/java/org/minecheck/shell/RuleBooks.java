package org.minecheck.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RulePack;
import org.springframework.stereotype.Component;

/** Loads the bundled national pack once, or the bundled pack with a provincial or edited pack laid over it. */
@Component
public class RuleBooks {
    /** The bundled pack never changes while the JVM runs: compiled once, shared by every run in the JVM. */
    private static RuleBook bundled;

    public RuleBook get(String rulesDir) throws IOException {
        if (rulesDir == null || rulesDir.isBlank()) {
            synchronized (RuleBooks.class) {
                if (bundled == null) bundled = RuleBook.load(RulePack.bundled());
                return bundled;
            }
        }
        Path dir = Path.of(rulesDir);
        if (!Files.isDirectory(dir)) throw new IOException("--rules: no such directory: " + rulesDir);
        return RuleBook.load(RulePack.bundled().with(RulePack.fromDirectory(dir)));
    }
}
