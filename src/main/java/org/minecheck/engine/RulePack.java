package org.minecheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The files of a rule pack (DRL, parameter tables, citations, messages) by path relative to the pack's root. The
 * national pack is bundled in the jar; a provincial or edited pack is a directory laid over it.
 */
public final class RulePack {
    private final String name;
    private final Map<String, String> files;
    private final Map<String, String> overlayFiles;
    private final String overlayName;

    private RulePack(String name, Map<String, String> files, Map<String, String> overlayFiles) {
        this(name, files, overlayFiles, null);
    }

    private RulePack(String name, Map<String, String> files, Map<String, String> overlayFiles, String overlayName) {
        this.name = name;
        this.overlayName = overlayName;
        this.files = Map.copyOf(files);
        this.overlayFiles = Map.copyOf(overlayFiles);
    }

    public static RulePack bundled() {
        try {
            Map<String, String> files = new TreeMap<>();
            var resolver = new PathMatchingResourcePatternResolver(RulePack.class.getClassLoader());
            Resource root = resolver.getResource("classpath:rules/");
            String rootUrl = root.getURL().toString();
            for (Resource r : resolver.getResources("classpath*:rules/**/*.*")) {
                String url = r.getURL().toString();
                if (!url.startsWith(rootUrl)) continue;
                try (InputStream in = r.getInputStream()) {
                    files.put(url.substring(rootUrl.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return new RulePack("bundled", files, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pack from its files as stored (a run's pack read back from the workspace's database). */
    public static RulePack of(
            String name, Map<String, String> files, Map<String, String> overlayFiles, String overlayName) {
        return new RulePack(name, new TreeMap<>(files), new TreeMap<>(overlayFiles), overlayName);
    }

    public static RulePack fromDirectory(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return new RulePack(dir.toString(), files, Map.of());
    }

    /** This pack with {@code overlay} laid over it; how each kind of file merges is {@link RuleBook}'s business. */
    public RulePack with(RulePack overlay) {
        return new RulePack(name + " + " + overlay.name, files, overlay.files, overlay.name);
    }

    public String name() {
        return name;
    }

    /** The directory name of the overlay as given (e.g. {@code rules-ordos}), or null for a plain pack. */
    public String overlayName() {
        return overlayName;
    }

    /**
     * SHA-256 over every file the pack is made of (DRL, parameter tables, citations, messages; base and overlay), by
     * path and content in path order: two checks with the same digest judged by the same rules.
     */
    public String digest() {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (Map<String, String> part : List.of(files, overlayFiles)) {
                for (var e : new TreeMap<>(part).entrySet()) {
                    md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                }
                md.update((byte) 1);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Files of the base pack. */
    public Map<String, String> baseFiles() {
        return files;
    }

    /** Files of the overlay laid over the base (empty for a plain pack). */
    public Map<String, String> overlayFiles() {
        return overlayFiles;
    }
}
