package org.minecheck.finding;

import java.lang.reflect.RecordComponent;
import org.minecheck.model.CellRef;
import org.minecheck.model.Sourced;

/** One value that made a rule fire, with the cell it came from (null for a computed value). */
public record Evidence(String name, Object value, CellRef cell) {

    /** The value of a fact's field, named after the field, with its source cell. */
    public static Evidence field(Sourced fact, String field) {
        return field(field, fact, field);
    }

    /**
     * The value of a fact's field with its cell, or, when the cell is blank, {@link EmptyCell#EMPTY} with the cell: a
     * DATA finding names the empty cell a check needs instead of dropping it.
     */
    public static Evidence fieldOrEmpty(Sourced fact, String field) {
        Object v = read(fact, field);
        return new Evidence(field, v == null ? EmptyCell.EMPTY : v, fact.cell(field));
    }

    /** The value of a fact's field under another name (when two facts have a field of the same name). */
    public static Evidence field(String name, Sourced fact, String field) {
        return new Evidence(name, read(fact, field), fact.cell(field));
    }

    /** A value with the workbook cell it was read from (e.g. a licence number the geometry carries with its cell). */
    public static Evidence at(String name, Object value, CellRef cell) {
        return new Evidence(name, value, cell);
    }

    /** A value computed by the rule or the geometry, shown with no cell. */
    public static Evidence value(String name, Object value) {
        return new Evidence(name, value, null);
    }

    /**
     * The rows a derived value was computed from (e.g. the corner points of a site and of its licence); the cell is
     * the first of them, as a whole row. Nothing is shown when there are no rows and no ids.
     */
    public static Evidence rows(String name, SourceRows rows) {
        CellRef first = rows == null || rows.rows().isEmpty()
                ? null
                : rows.rows().get(0).cell("");
        return new Evidence(name, rows == null || rows.isEmpty() ? null : rows, first);
    }

    private static Object read(Object fact, String field) {
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (c.getName().equals(field)) {
                try {
                    return c.getAccessor().invoke(fact);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(fact.getClass().getSimpleName() + " has no field " + field);
    }
}
