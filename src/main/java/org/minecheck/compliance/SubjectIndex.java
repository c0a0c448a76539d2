package org.minecheck.compliance;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minecheck.model.Coded;
import org.minecheck.model.Dataset;
import org.minecheck.model.Enterprise;
import org.minecheck.model.HistoricalMine;
import org.minecheck.model.Licence;
import org.minecheck.model.Mine;
import org.minecheck.model.Region;
import org.minecheck.model.RegionalTarget;
import org.minecheck.model.WorkingSite;

/**
 * The subjects of a dataset by type and id (as findings name them: mine, licence, site, historical-mine, region,
 * enterprise), each with its record, the mine it belongs to, its region and its enterprise.
 */
public final class SubjectIndex {
    /** One subject: its record (a String region code for a region without a row) and where it belongs. */
    public record Entry(String type, String id, Object fact, String mineId, String regionCode, String enterpriseId) {}

    private final Dataset dataset;
    private final Map<String, Map<String, Entry>> byType = new LinkedHashMap<>();

    public SubjectIndex(Dataset d) {
        this.dataset = d;
        Map<String, Mine> mines = new HashMap<>();
        for (Mine m : d.mines) {
            mines.put(m.id(), m);
            put(new Entry("mine", m.id(), m, m.id(), m.regionCode(), m.operatorId()));
        }
        for (Licence l : d.licences) {
            Mine m = mines.get(l.mineId());
            put(new Entry(
                    "licence",
                    l.number(),
                    l,
                    l.mineId(),
                    m == null ? null : m.regionCode(),
                    m == null ? null : m.operatorId()));
        }
        for (WorkingSite s : d.sites) {
            Mine m = mines.get(s.mineId());
            put(new Entry(
                    "site",
                    s.id(),
                    s,
                    s.mineId(),
                    m == null ? null : m.regionCode(),
                    m == null ? null : m.operatorId()));
        }
        for (HistoricalMine h : d.historicalMines)
            put(new Entry("historical-mine", h.id(), h, null, h.regionCode(), null));
        for (Region r : d.regions) put(new Entry("region", r.code(), r, null, r.code(), null));
        for (Enterprise e : d.enterprises) put(new Entry("enterprise", e.id(), e, null, e.regionCode(), e.id()));
    }

    private void put(Entry e) {
        byType.computeIfAbsent(e.type(), k -> new LinkedHashMap<>()).putIfAbsent(e.id(), e);
    }

    public List<Entry> ofType(String type) {
        return new ArrayList<>(byType.getOrDefault(type, Map.of()).values());
    }

    /** The subject, or null when the dataset has no such row (a region named only by a target, say). */
    public Entry find(String type, String id) {
        return byType.getOrDefault(type, Map.of()).get(id);
    }

    /** The region of a subject (for a region: itself), or null. */
    public String regionOf(String type, String id) {
        Entry e = find(type, id);
        if (e != null) return e.regionCode();
        return "region".equals(type) ? id : null;
    }

    /** Whether every condition holds for the subject on {@code asOf}. */
    boolean applies(Entry subject, List<Applicability.Condition> when, LocalDate asOf) {
        for (Applicability.Condition c : when) {
            boolean holds = c.values().stream().anyMatch(v -> holds(subject, c.field(), v, asOf));
            if (holds == c.negated()) return false;
        }
        return true;
    }

    private boolean holds(Entry s, String field, String value, LocalDate asOf) {
        switch (field) {
            case "has" -> {
                List<?> rows = list(value);
                String key = "region".equals(s.type()) ? "regionCode" : "mineId";
                String id = "region".equals(s.type()) ? s.id() : s.mineId();
                return rows.stream().anyMatch(r -> id != null && id.equals(text(component(r, key))));
            }
            case "target" -> {
                for (RegionalTarget t : dataset.targets)
                    if (s.id().equals(t.regionCode()) && value.equals(text(t.type()))) return true;
                return false;
            }
            default -> {
                if (field.endsWith("On")) {
                    try {
                        Object v = s.fact()
                                .getClass()
                                .getMethod(field, LocalDate.class)
                                .invoke(s.fact(), asOf);
                        return value.equals(text(v));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalArgumentException(
                                Applicability.FILE + ": " + s.type() + " has no " + field + "(date)");
                    }
                }
                return value.equals(text(component(s.fact(), field)));
            }
        }
    }

    private List<?> list(String name) {
        try {
            return (List<?>) Dataset.class.getField(name).get(dataset);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException(Applicability.FILE + ": the dataset has no list " + name);
        }
    }

    private static Object component(Object fact, String field) {
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            if (c.getName().equals(field)) {
                try {
                    return c.getAccessor().invoke(fact);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalArgumentException(
                Applicability.FILE + ": " + fact.getClass().getSimpleName() + " has no field " + field);
    }

    private static String text(Object v) {
        if (v == null) return null;
        if (v instanceof Coded c) return c.code();
        return v.toString();
    }
}
