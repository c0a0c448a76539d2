package org.minecheck.model;

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

    default String text(boolean chinese) {
        return chinese ? zh() : en();
    }

    record Label(String code, String zh, String en) {}
}
