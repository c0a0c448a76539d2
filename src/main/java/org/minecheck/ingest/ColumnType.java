package org.minecheck.ingest;

/** How a cell's text is read. ENUM columns name their enumeration in {@link ColumnSpec#enumType()}. */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    COORDINATE,
    DATE,
    BOOLEAN,
    ENUM,
    MINERAL,
    MINERAL_LIST
}
