package org.minecheck.ingest;

/**
 * A cell as the file stores it, before any interpretation. {@code text} is the stored text or the number as written in
 * the file (never re-formatted through a double); a formula cell carries the value its office program cached.
 */
public record RawCell(int column, Kind kind, String text) {
    public enum Kind { NUMBER, STRING, BOOLEAN, ERROR, FORMULA_WITHOUT_VALUE }

    public boolean blank() {
        return kind == Kind.STRING && text.isBlank();
    }
}
