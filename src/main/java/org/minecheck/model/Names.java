package org.minecheck.model;

import java.util.Locale;

/** How names in workbooks and tables are compared: brackets' contents, blanks, punctuation and case do not count. */
public final class Names {
    private Names() {}

    public static String normalize(String s) {
        if (s == null) return "";
        if (alreadyNormal(s)) return s; // fast path for enumeration and mineral cells: nothing to drop or lower-case
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
}
