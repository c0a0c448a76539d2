package org.minecheck.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parsed values of one row, by field key. Absent keys are blank cells. */
public final class RowValues {
    private final Map<String, Object> values = new HashMap<>();

    void put(String key, Object value) {
        values.put(key, value);
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public String text(String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString();
    }

    public BigDecimal decimal(String key) {
        return (BigDecimal) values.get(key);
    }

    public Integer integer(String key) {
        BigDecimal d = decimal(key);
        return d == null ? null : d.intValueExact();
    }

    public int intOr(String key, int fallback) {
        Integer i = integer(key);
        return i == null ? fallback : i;
    }

    public Double coordinate(String key) {
        BigDecimal d = decimal(key);
        return d == null ? null : d.doubleValue();
    }

    public LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    public Boolean bool(String key) {
        return (Boolean) values.get(key);
    }

    @SuppressWarnings("unchecked")
    public <E> E enumValue(String key) {
        return (E) values.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object v = values.get(key);
        return v == null ? List.of() : (List<String>) v;
    }
}
