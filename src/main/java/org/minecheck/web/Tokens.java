package org.minecheck.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** API tokens: 32 random bytes, shown once; the store keeps only their SHA-256. */
final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "mc_" + HexFormat.of().formatHex(b);
    }

    static String sha256(String s) {
        return org.minecheck.model.Sha256.hex(s);
    }
}
