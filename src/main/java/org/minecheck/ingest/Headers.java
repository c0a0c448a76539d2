package org.minecheck.ingest;

import org.minecheck.model.Names;

/** Header and sheet-name matching: "许可证号", "Licence number", "许可证号\nLicence number (t/a)" all match. */
final class Headers {
    private Headers() {}

    /** Lower case, units in brackets dropped, spaces and punctuation removed. */
    static String normalize(String s) {
        return Names.normalize(s);
    }

    static boolean matches(String normalized, String zh, String en) {
        if (normalized.isEmpty()) return false;
        String z = normalize(zh);
        String e = normalize(en);
        return normalized.equals(z) || normalized.equals(e) || normalized.equals(z + e) || normalized.equals(e + z);
    }
}
