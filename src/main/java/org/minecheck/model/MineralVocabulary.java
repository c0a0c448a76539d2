package org.minecheck.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The minerals a workbook may name, from the rule pack's minerals table (the national catalogue of mineral species with
 * their kinds, collective names and aliases): code, Chinese and English names, family. Licences and mines name minerals
 * by any of these; LIC-004 compares them at the family level ({@link #covers}).
 */
public final class MineralVocabulary {
    /**
     * One entry: {@code type} species, kind, licence-name or group; {@code family} the species (or group) it belongs to;
     * {@code groups} the collective names it is a member of (e.g. building-stone).
     */
    public record Mineral(
            String code,
            String zh,
            String en,
            String fundClass,
            String type,
            String family,
            String mineralClass,
            Set<String> groups,
            List<String> aliases) {
        public Mineral {
            groups = groups == null ? Set.of() : Set.copyOf(groups);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            family = family == null || family.isBlank() ? code : family;
        }

        /** An entry with only a code, names and fund class (a pack that lists minerals without a catalogue). */
        public Mineral(String code, String zh, String en, String fundClass) {
            this(code, zh, en, fundClass, "species", code, "", Set.of(), List.of());
        }

        public boolean isGroup() {
            return "group".equals(type);
        }
    }

    private final Map<String, Mineral> byName = new HashMap<>();
    private final Map<String, Mineral> byCode = new LinkedHashMap<>();
    /** Group code → the families of its members (a group covers these species with all their kinds). */
    private final Map<String, Set<String>> groupFamilies = new HashMap<>();

    private final List<Mineral> minerals;

    public MineralVocabulary(List<Mineral> minerals) {
        this.minerals = List.copyOf(minerals);
        for (Mineral m : minerals) byCode.put(m.code(), m);
        for (Mineral m : minerals) {
            name(m.code(), m);
            name(m.zh(), m);
            name(m.en(), m);
            for (String a : m.aliases()) name(a, m);
            for (String g : m.groups())
                groupFamilies.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(m.family());
        }
    }

    private void name(String name, Mineral m) {
        String key = Names.normalize(name);
        if (key.isEmpty()) return;
        Mineral earlier = byName.putIfAbsent(key, m);
        if (earlier != null && !earlier.code().equals(m.code())) {
            throw new IllegalArgumentException(
                    "mineral name '" + name + "' names both " + earlier.code() + " and " + m.code());
        }
    }

    /** The entry a name stands for: code, Chinese or English name or alias; a trailing 矿 or 矿石 may be left off. */
    public Optional<Mineral> find(String name) {
        String key = Names.normalize(name);
        Mineral m = byName.get(key);
        if (m == null && key.endsWith("矿石")) m = byName.get(key.substring(0, key.length() - 2));
        if (m == null && key.endsWith("矿")) m = byName.get(key.substring(0, key.length() - 1));
        return Optional.ofNullable(m);
    }

    public List<Mineral> all() {
        return minerals;
    }

    /** The family code of a mineral code (the code itself when unknown). */
    public String familyOf(String code) {
        Mineral m = byCode.get(code);
        return m == null ? code : m.family();
    }

    /**
     * Whether a licence naming {@code licensed} covers producing {@code produced}, at the family level: the same
     * family (a species and its kinds); a group (e.g. 建筑用石料) covers its members and the species they belong to,
     * and a produced group is covered by a licence for one of its members' families.
     */
    public boolean coversAny(List<String> licensed, String produced) {
        if (licensed == null || produced == null) return false;
        for (String l : licensed) if (covers(l, produced)) return true;
        return false;
    }

    public boolean covers(String licensed, String produced) {
        if (licensed.equals(produced)) return true;
        String lf = familyOf(licensed);
        String pf = familyOf(produced);
        if (lf.equals(pf)) return true;
        if (inGroup(produced, lf)) return true; // a licence for a group covers its members and their species
        return inGroup(licensed, pf); // a produced group is covered by a licence for a member
    }

    /** Whether the mineral (or the species of its family) is a member of {@code group}. */
    private boolean inGroup(String code, String group) {
        Set<String> families = groupFamilies.get(group);
        if (families == null) return false;
        Mineral m = byCode.get(code);
        return families.contains(familyOf(code)) || m != null && m.groups().contains(group);
    }

    /**
     * Whether the mineral belongs to one of the families, codes or groups in {@code cell} ({@code |} between; blank or
     * {@code *}: any), as parameter tables name them (e.g. the associated-minerals table).
     */
    public boolean inFamily(String code, String cell) {
        if (code == null) return false;
        String c = cell == null ? "" : cell.strip();
        if (c.isEmpty() || c.equals("*")) return true;
        for (String v : c.split("\\|")) {
            String f = v.strip();
            if (f.equals(code) || f.equals(familyOf(code)) || inGroup(code, f)) return true;
        }
        return false;
    }

    /** Whether any of the minerals belongs to the families in {@code cell} (see {@link #inFamily}). */
    public boolean anyInFamily(List<String> codes, String cell) {
        if (codes == null) return false;
        for (String c : codes) if (inFamily(c, cell)) return true;
        return false;
    }

    /** The names a code is known by (for a message listing what a licence covers). */
    public List<String> names(String code) {
        Mineral m = byCode.get(code);
        if (m == null) return List.of(code);
        List<String> out = new ArrayList<>(List.of(m.zh(), m.en()));
        out.addAll(m.aliases());
        return out;
    }
}
