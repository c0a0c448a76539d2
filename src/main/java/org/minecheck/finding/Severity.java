package org.minecheck.finding;

import java.util.Locale;
import org.minecheck.i18n.Texts;

/** Ordered from most to least serious; {@code --fail-on} compares by this order. */
public enum Severity {
    CRITICAL("严重"),
    MAJOR("较重"),
    MINOR("一般"),
    WARNING("预警");

    private final String zh;

    Severity(String zh) {
        this.zh = zh;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String text(Locale locale) {
        return Texts.of(locale).get("severity." + code());
    }

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    public static Severity parse(String s) {
        for (Severity v : values()) if (v.code().equals(s.strip().toLowerCase(Locale.ROOT))) return v;
        throw new IllegalArgumentException("unknown severity: " + s);
    }
}
