package org.minecheck.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The minerals a workbook may name, from the rule pack's minerals table: code, Chinese and English names. */
public final class MineralVocabulary {
    public record Mineral(String code, String zh, String en, String fundClass) {}

    private final Map<String, Mineral> byName = new LinkedHashMap<>();
    private final List<Mineral> minerals;

    public MineralVocabulary(List<Mineral> minerals) {
        this.minerals = List.copyOf(minerals);
        for (Mineral m : minerals) {
            byName.put(Names.normalize(m.code()), m);
            byName.put(Names.normalize(m.zh()), m);
            byName.put(Names.normalize(m.en()), m);
        }
    }

    public Optional<Mineral> find(String name) {
        return Optional.ofNullable(byName.get(Names.normalize(name)));
    }

    public List<Mineral> all() {
        return minerals;
    }
}
