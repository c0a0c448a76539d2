package org.minecheck.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.minecheck.engine.RuleBook;
import org.minecheck.engine.RulePack;
import org.springframework.stereotype.Component;

/** Loads the bundled national pack once, or the bundled pack with a provincial or edited pack laid over it. */
@Component
public class RuleBooks {
    /** The bundled pack compiling in the background since main() started, if it was started there. */
    private static volatile CompletableFuture<RuleBook> early;

    private RuleBook bundled;

    /**
     * Starts compiling the bundled pack on another thread while Spring starts (about a second of start-up saved on two
     * cores, measured: docs/performance.md). Called by main() only for commands that will need that pack.
     */
    public static void compileBundledEarly() {
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

    public synchronized RuleBook get(String rulesDir) throws IOException {
        if (rulesDir == null || rulesDir.isBlank()) {
            if (bundled == null) bundled = early == null ? RuleBook.load(RulePack.bundled()) : join(early);
            return bundled;
        }
        Path dir = Path.of(rulesDir);
        if (!Files.isDirectory(dir)) throw new IOException("--rules: no such directory: " + rulesDir);
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
