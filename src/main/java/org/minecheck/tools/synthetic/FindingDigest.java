package org.minecheck.tools.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.minecheck.finding.Finding;

/**
 * A check's findings reduced to one line each, to prove that a change to the rules or the engine changed nothing a
 * user sees: the finding key ({@code RULE/type/id[/disc]}) and a short SHA-256 of everything else the finding carries
 * (severity, department, message key, basis, subject names, every evidence value and cell, conduct date), in the
 * check's own order. Stored gzipped as a reference (test-data/reference), compared by {@code bench --reference} and
 * by SameFindingsTest.
 */
public final class FindingDigest {
    private FindingDigest() {}

    /** One line per finding, in the order the check returned them. */
    public static List<String> lines(List<Finding> findings) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        HexFormat hex = HexFormat.of();
        List<String> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            byte[] h = sha.digest(f.toString().getBytes(StandardCharsets.UTF_8));
            out.add(f.key() + "\t" + hex.formatHex(h, 0, 8));
        }
        return out;
    }

    public static void write(List<String> lines, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(file));
                Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            for (String l : lines) w.write(l + "\n");
        }
    }

    public static List<String> read(Path file) throws IOException {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }

    /** The first lines where the two lists differ (at most {@code max}), empty when they are equal. */
    public static List<String> differences(List<String> expected, List<String> actual, int max) {
        List<String> out = new ArrayList<>();
        if (expected.size() != actual.size())
            out.add("expected " + expected.size() + " findings, found " + actual.size());
        var onlyExpected = new java.util.LinkedHashSet<>(expected);
        actual.forEach(onlyExpected::remove);
        var onlyActual = new java.util.LinkedHashSet<>(actual);
        expected.forEach(onlyActual::remove);
        onlyExpected.stream().limit(max).forEach(l -> out.add("missing or changed: " + l));
        onlyActual.stream().limit(max).forEach(l -> out.add("new or changed:     " + l));
        if (onlyExpected.isEmpty() && onlyActual.isEmpty() && !expected.equals(actual))
            out.add("the same findings in another order");
        return out;
    }
}
