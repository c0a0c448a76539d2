package org.minecheck.ingest;

import java.util.Locale;

/** Header and sheet-name matching: "许可证号", "Licence number", "许可证号\nLicence number (t/a)" all match. */
final class Headers {
    private Headers() {}

    /** Lower case, units in brackets dropped, spaces and punctuation removed. */
    static String normalize(String s) {
        if (s == null) return "";
        String t = s.replaceAll("[(（\\[【][^)）\\]】]*[)）\\]】]", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}，、：；·]+", "");
    }

    static boolean matches(String normalized, String zh, String en) {
        if (normalized.isEmpty()) return false;
        String z = normalize(zh);
        String e = normalize(en);
        return normalized.equals(z) || normalized.equals(e) || normalized.equals(z + e) || normalized.equals(e + z);
    }
}
