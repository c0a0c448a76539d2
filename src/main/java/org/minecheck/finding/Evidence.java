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

    /** The value of a fact's field under another name (when two facts have a field of the same name). */
    public static Evidence field(String name, Sourced fact, String field) {
        return new Evidence(name, read(fact, field), fact.cell(field));
    }

    /** A value computed by the rule or the geometry, shown with no cell. */
    public static Evidence value(String name, Object value) {
        return new Evidence(name, value, null);
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
