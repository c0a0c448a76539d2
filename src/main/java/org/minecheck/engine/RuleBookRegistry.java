package org.minecheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.minecheck.config.MinecheckProperties;
import org.springframework.stereotype.Component;

/**
 * Compiled rule books by the digest of their content: a pack is compiled once per process and reused while its
 * files stay the same; an edited file changes the digest and is compiled afresh. The bundled national pack is read
 * once; an overlay directory is read again on every request (cheap: a few small text files) to find its digest.
 */
@Component
public class RuleBookRegistry {
    private final MinecheckProperties properties;
    private final ConcurrentMap<String, CompletableFuture<RuleBook>> byDigest = new ConcurrentHashMap<>();
    private volatile RulePack bundled;

    public RuleBookRegistry(MinecheckProperties properties) {
        this.properties = properties;
    }

    /** The national pack alone, or with {@code overlayDir} laid over it (null or blank: the configured default). */
    public RuleBook get(String overlayDir) throws IOException {
        return compile(pack(overlayDir));
    }

    /** The files of the national pack alone, or with {@code overlayDir} laid over it, as {@link #get} reads them. */
    public RulePack pack(String overlayDir) throws IOException {
        String dir = overlayDir == null || overlayDir.isBlank() ? properties.rules() : overlayDir;
        RulePack pack = bundled();
        if (dir != null && !dir.isBlank()) {
            Path path = Path.of(dir);
            if (!Files.isDirectory(path)) throw new IOException("--rules: no such directory: " + dir);
            pack = pack.with(RulePack.fromDirectory(path));
        }
        return pack;
    }

    /** The compiled rule book of a pack given by its files (a stored run's pack, replayed). */
    public RuleBook compiled(RulePack pack) {
        return compile(pack);
    }

    /** Starts compiling the national pack on another thread (start-up: it overlaps with the rest of the start). */
    public void compileBundledInBackground() {
        Thread t = new Thread(
                () -> {
                    try {
                        compile(bundled());
                    } catch (RuntimeException ignored) {
                        // reported when the pack is asked for
                    }
                },
                "minecheck-rules-compile");
        t.setDaemon(true);
        t.start();
    }

    private RuleBook compile(RulePack pack) {
        CompletableFuture<RuleBook> mine = new CompletableFuture<>();
        CompletableFuture<RuleBook> f = byDigest.putIfAbsent(pack.digest(), mine);
        if (f == null) {
            f = mine;
            try {
                mine.complete(RuleBook.load(pack, properties.precompiledRules()));
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                byDigest.remove(pack.digest(), mine); // a broken pack is reported every time, never cached
            }
        }
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private RulePack bundled() {
        RulePack b = bundled;
        if (b == null) {
            synchronized (this) {
                if (bundled == null) bundled = RulePack.bundled();
                b = bundled;
            }
        }
        return b;
    }
}
