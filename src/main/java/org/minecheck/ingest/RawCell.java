package org.minecheck.ingest;

/**
 * A cell as the file stores it, before any interpretation. {@code text} is the stored text or the number as written in
 * the file (never re-formatted through a double); a formula cell carries the value its office program cached, and
 * {@code formula} its formula text (null for a plain value), which is never evaluated.
 */
public record RawCell(int column, Kind kind, String text, String formula) {
    public enum Kind {
        NUMBER,
        STRING,
        BOOLEAN,
        ERROR,
        FORMULA_WITHOUT_VALUE
    }

    public RawCell(int column, Kind kind, String text) {
        this(column, kind, text, null);
    }

    /**
     * A number the workbook shows as a percentage: 0.85 formatted as 85%. It is handed on as the text "85%", which a
     * column measured in % reads as 85 and any other numeric column refuses, rather than silently reading 0.85.
     */
    public static RawCell percent(int column, String stored, String formula) {
        String shown = new java.math.BigDecimal(stored.strip())
                .movePointRight(2)
                .stripTrailingZeros()
                .toPlainString();
        return new RawCell(column, Kind.STRING, shown + "%", formula);
    }

    public boolean blank() {
        return kind == Kind.STRING && text.isBlank();
    }

    /**
     * A formula that takes a value from another file ({@code [1]Sheet1!A1} in OOXML, a path or URL in brackets or
     * quotes): its cached value is what the other file held when the office program last calculated.
     */
    public boolean linksOutside() {
        return formula != null && formula.matches("(?s).*(\\[(\\d+|\\?)]|\\[[^\\]]*[/\\\\.][^\\]]*]|'[a-zA-Z]+:/).*");
    }
}
