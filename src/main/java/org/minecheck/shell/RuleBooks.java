package org.minecheck.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    /** The bundled pack compiling in the background since start-up, if main() started it. */
    private static volatile CompletableFuture<RuleBook> early;
    private final String defaultOverlay;

    public RuleBooks(@Value("${minecheck.rules:}") String defaultOverlay) {
        this.defaultOverlay = defaultOverlay;
    }

    /**
     * Starts compiling the bundled pack on another thread while Spring starts (start-up saved on two cores:
     * docs/performance.md). Called from main() only for commands that will need that pack.
     */
    public static void compileBundledEarly() {
        synchronized (RuleBooks.class) {
            if (bundled != null || early != null) return;  // already compiled or compiling in this JVM
        }
        CompletableFuture<RuleBook> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(RuleBook.load(RulePack.bundled()));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "minecheck-rules-compile");
        t.setDaemon(true);
        t.start();
        early = f;
    }

    public RuleBook get(String rulesDir) throws IOException {
        String dirName = rulesDir == null || rulesDir.isBlank() ? defaultOverlay : rulesDir;
        if (dirName == null || dirName.isBlank()) {
            synchronized (RuleBooks.class) {
                if (bundled == null) bundled = early == null ? RuleBook.load(RulePack.bundled()) : join(early);
                return bundled;
            }
        }
        Path dir = Path.of(dirName);
        if (!Files.isDirectory(dir)) throw new IOException("--rules: no such directory: " + dirName);
        return RuleBook.load(RulePack.bundled().with(RulePack.fromDirectory(dir)));
    }

    private static RuleBook join(CompletableFuture<RuleBook> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }
}
