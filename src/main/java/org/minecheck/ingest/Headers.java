package org.minecheck.ingest;

import java.util.Locale;

/** Header and sheet-name matching: "许可证号", "Licence number", "许可证号\nLicence number (t/a)" all match. */
final class Headers {
    private Headers() {}

    /** Lower case, units in brackets dropped, spaces and punctuation removed. */
    static String normalize(String s) {
        if (s == null) return "";
        if (alreadyNormal(s)) return s;  // fast path for enumeration and mineral cells: nothing to drop or lower-case
        String t = s.replaceAll("[(（\\[【][^)）\\]】]*[)）\\]】]", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}，、：；·]+", "");
    }

    /** Only ASCII lower-case letters, digits and CJK unified ideographs: {@link #normalize} would return it unchanged. */
    private static boolean alreadyNormal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0x4E00 && c <= 0x9FFF))) return false;
        }
        return true;
    }

    static boolean matches(String normalized, String zh, String en) {
        if (normalized.isEmpty()) return false;
        String z = normalize(zh);
        String e = normalize(en);
        return normalized.equals(z) || normalized.equals(e) || normalized.equals(z + e) || normalized.equals(e + z);
    }
}
