package org.minecheck.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The draw's only source of chance: a counter-mode generator over SHA-256 that anyone can recompute from the public
 * seed (docs/inspections.md, "The generator"). The {@code counter}-th number for a purpose is
 *
 * <pre>
 *   h = SHA-256( UTF-8(seed) ‖ 0x00 ‖ UTF-8(purpose) ‖ 0x00 ‖ counter as 8 bytes, big-endian )
 *   u = (first 8 bytes of h as an unsigned big-endian integer &gt;&gt;&gt; 11) / 2^53        (0 ≤ u &lt; 1)
 * </pre>
 *
 * The seed is used as written after stripping surrounding blanks. Every decision of a draw names its own purpose
 * ({@code target/ITEM/ENTERPRISE}, {@code team/ENTERPRISE/INSPECTOR}, …), so it does not depend on the order in which
 * others were taken, nor on how many there were.
 */
public final class DrawRandom {
    private final byte[] seed;

    public DrawRandom(String seed) {
        if (seed == null || seed.isBlank()) throw new IllegalArgumentException("the seed is empty");
        this.seed = seed.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** The uniform number in [0, 1) for this purpose and counter. */
    public double uniform(String purpose, long counter) {
        byte[] h = digest(purpose, counter);
        long bits = ByteBuffer.wrap(h, 0, 8).getLong() >>> 11;
        return bits * 0x1.0p-53;
    }

    /** The first number of a purpose. */
    public double uniform(String purpose) {
        return uniform(purpose, 0);
    }

    byte[] digest(String purpose, long counter) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(seed);
            md.update((byte) 0);
            md.update(purpose.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(ByteBuffer.allocate(8).putLong(counter).array());
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
