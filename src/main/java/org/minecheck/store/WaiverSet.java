package org.minecheck.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The waivers a run is judged under, as of its date: finding key → the waiver in force for it, and finding key → the
 * waiver that had waived it but expired by then (the finding is open again and says so). Part of a run's identity
 * through {@link #digest()}: approving a waiver, or its expiry, makes the same check a new run.
 */
public record WaiverSet(Map<String, Long> inForce, Map<String, Long> lapsed) {
    public static final WaiverSet NONE = new WaiverSet(Map.of(), Map.of());

    public WaiverSet {
        inForce = Map.copyOf(inForce);
        lapsed = Map.copyOf(lapsed);
    }

    /** The ids of the waivers in force, in id order. */
    public List<Long> ids() {
        return inForce.values().stream().sorted().distinct().toList();
    }

    /** SHA-256 over the waivers in force and lapsed with their keys; "" for none (every run of schema version 1). */
    public String digest() {
        if (inForce.isEmpty() && lapsed.isEmpty()) return "";
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(inForce)
                    .forEach((k, id) -> md.update(("in " + id + " " + k + "\n").getBytes(StandardCharsets.UTF_8)));
            new TreeMap<>(lapsed)
                    .forEach((k, id) -> md.update(("lapsed " + id + " " + k + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
