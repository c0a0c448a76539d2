package org.minecheck.model;

import java.util.Locale;

/** An enumeration value as it appears in workbooks and reports: a stable code plus Chinese and English labels. */
public interface Coded {
    Label label();

    default String code() {
        return label().code();
    }

    default String zh() {
        return label().zh();
    }

    default String en() {
        return label().en();
    }

    /** The label in {@code locale}'s language: Chinese, or English for any other. */
    default String text(Locale locale) {
        return locale == null || "zh".equals(locale.getLanguage()) ? zh() : en();
    }

    record Label(String code, String zh, String en) {}
}
