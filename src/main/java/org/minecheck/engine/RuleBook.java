package org.minecheck.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.minecheck.engine.api.*;
import org.minecheck.engine.pack.PackCompiler;
import org.minecheck.engine.pack.PackNotice;
import org.minecheck.finding.Department;
import org.minecheck.finding.Severity;
import org.minecheck.model.MineralVocabulary;

/**
 * A compiled rule pack: the Drools rule base plus the parameter tables, citations and messages beside it. Built once,
 * then shared by every check run. Every problem in the pack is reported with its file and line.
 */
public final class RuleBook {
    static final String SETTINGS = "params/settings.csv";
    static final String MINERALS = "params/minerals.csv";
    static final String CITATIONS = "citations.yaml";

    private final String packName;
    private final String digest;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, Setting> settings;
    private final List<ParamRow> paramRows;
    private final CitationCatalogue citations;
    private final MessageCatalogue messages;
    private final MineralVocabulary minerals;
    private final List<PackNotice> notices;

    private RuleBook(
            String packName,
            String digest,
            KieBase kieBase,
            List<RuleInfo> rules,
            Map<String, Setting> settings,
            List<ParamRow> paramRows,
            CitationCatalogue citations,
            MessageCatalogue messages,
            MineralVocabulary minerals,
            List<PackNotice> notices) {
        this.packName = packName;
        this.digest = digest;
        this.kieBase = kieBase;
        this.rules = rules;
        this.settings = settings;
        this.paramRows = paramRows;
        this.citations = citations;
        this.messages = messages;
        this.minerals = minerals;
        this.notices = notices;
    }

    /** The national pack bundled in the jar, with {@code overlay} (a provincial or edited pack) laid over it if given. */
    public static RuleBook load(RulePack pack) {
        return load(pack, null);
    }

    /**
     * As {@link #load(RulePack)}; {@code precompiled} names the bundled pack compiled by the build, used instead of
     * compiling when it came from exactly this pack's DRL (null: always compile).
     */
    public static RuleBook load(RulePack pack, java.nio.file.Path precompiled) {
        Map<String, String> base = pack.baseFiles();
        Map<String, String> over = pack.overlayFiles();
        List<String> problems = new ArrayList<>();

        // Tables: an overlay's table replaces the national one, except settings, which merge key by key.
        Map<String, String> tables = new HashMap<>();
        base.forEach((p, t) -> {
            if (p.startsWith("params/") && p.endsWith(".csv")) tables.put(p, t);
        });
        over.forEach((p, t) -> {
            if (p.startsWith("params/") && p.endsWith(".csv") && !p.equals(SETTINGS)) tables.put(p, t);
        });
        String overRoot = overlayRoot(pack.overlayName());
        Map<String, Setting> settings = new LinkedHashMap<>();
        readSettings("rules", SETTINGS, base.get(SETTINGS), settings);
        if (over.containsKey(SETTINGS)) readSettings(overRoot, SETTINGS, over.get(SETTINGS), settings);

        List<ParamRow> rows = new ArrayList<>();
        for (var e : new java.util.TreeMap<>(tables).entrySet()) {
            if (e.getKey().equals(SETTINGS)) continue;
            String table = e.getKey().substring("params/".length(), e.getKey().length() - ".csv".length());
            String root = over.containsKey(e.getKey()) ? overRoot : "rules";
            CsvTable csv = new CsvTable(root, e.getKey(), table, e.getValue());
            for (int i = 0; i < csv.rows.size(); i++) rows.add(new ParamRow(table, csv.rows.get(i), csv.origin(i)));
        }
        MineralVocabulary minerals = minerals(tables.get(MINERALS));

        List<String> citationTexts = new ArrayList<>();
        if (base.containsKey(CITATIONS)) citationTexts.add(base.get(CITATIONS));
        if (over.containsKey(CITATIONS)) citationTexts.add(over.get(CITATIONS));
        CitationCatalogue citations = CitationCatalogue.parse(CITATIONS, citationTexts);

        Map<String, String> zh = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        for (Map<String, String> files : List.of(base, over)) {
            if (files.containsKey("messages_zh.properties"))
                zh.putAll(MessageCatalogue.load(files.get("messages_zh.properties")));
            if (files.containsKey("messages_en.properties"))
                en.putAll(MessageCatalogue.load(files.get("messages_en.properties")));
        }

        Map<String, String> drl = new LinkedHashMap<>();
        base.forEach((p, t) -> {
            if (p.endsWith(".drl")) drl.put(p, t);
        });
        over.forEach((p, t) -> {
            if (p.endsWith(".drl")) drl.put(p, t);
        });
        // The bundled pack compiled (and validated) at build time, when bin/minecheck names it and it came from exactly
        // these DRL texts; otherwise every file is validated before anything of it is compiled.
        KieBase kieBase = precompiled == null ? null : PrecompiledRules.load(precompiled, drl);
        List<PackNotice> notices = List.of();
        if (kieBase == null) {
            PackCompiler.Result built = PackCompiler.compile(
                    PrecompiledRules.drlOf(base),
                    PrecompiledRules.drlOf(over),
                    overRoot,
                    key -> zh.get(key) != null
                            && !zh.get(key).isBlank()
                            && en.get(key) != null
                            && !en.get(key).isBlank(),
                    problems);
            if (!problems.isEmpty()) throw new RuleBookException(problems);
            kieBase = built.kieBase();
            notices = built.notices();
        }

        List<RuleInfo> kept = ruleInfos(kieBase, problems);
        for (RuleInfo r : kept) {
            for (String b : r.basis()) {
                if (!citations.contains(b))
                    problems.add(r.file() + ": rule " + r.id() + " cites unknown citation '" + b + "'");
            }
        }
        if (!problems.isEmpty()) throw new RuleBookException(problems);
        kept.sort(Comparator.comparing(RuleInfo::id));
        return new RuleBook(
                pack.name(),
                pack.digest(),
                kieBase,
                List.copyOf(kept),
                Map.copyOf(settings),
                List.copyOf(rows),
                citations,
                new MessageCatalogue(zh, en),
                minerals,
                notices);
    }

    /** How evidence names an overlay's directory: its last path element (rules-ordos), or "overlay". */
    private static String overlayRoot(String overlayName) {
        if (overlayName == null || overlayName.isBlank()) return "overlay";
        java.nio.file.Path name = java.nio.file.Path.of(overlayName).getFileName();
        return name == null ? overlayName : name.toString();
    }

    private static void readSettings(String root, String path, String text, Map<String, Setting> into) {
        if (text == null) throw new RuleBookException(path, 0, "missing: the pack needs its settings table");
        CsvTable csv = new CsvTable(root, path, "settings", text);
        for (String col : List.of("key", "value", "unit")) {
            if (!csv.header.contains(col)) throw new RuleBookException(path, 1, "missing column '" + col + "'");
        }
        for (int i = 0; i < csv.rows.size(); i++) {
            Map<String, String> r = csv.rows.get(i);
            try {
                into.put(
                        r.get("key"),
                        new Setting(
                                r.get("key"),
                                new BigDecimal(r.get("value")),
                                r.get("unit"),
                                r.getOrDefault("note", ""),
                                r.getOrDefault("verified", ""),
                                csv.origin(i)));
            } catch (NumberFormatException e) {
                throw new RuleBookException(
                        path,
                        csv.lineNumbers.get(i),
                        "value of '" + r.get("key") + "' is not a number: " + r.get("value"));
            }
        }
    }

    /** The {@code |}-separated values of a cell, without blanks. */
    private static List<String> split(String cell) {
        return java.util.Arrays.stream(cell == null ? new String[0] : cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static MineralVocabulary minerals(String text) {
        if (text == null) throw new RuleBookException(MINERALS, 0, "missing: the pack needs its minerals table");
        CsvTable csv = new CsvTable(MINERALS, "minerals", text);
        List<MineralVocabulary.Mineral> list = new ArrayList<>();
        for (Map<String, String> r : csv.rows) {
            list.add(new MineralVocabulary.Mineral(
                    r.get("code"),
                    r.get("zh"),
                    r.get("en"),
                    r.getOrDefault("fund_class", ""),
                    r.getOrDefault("type", "species"),
                    r.getOrDefault("family", ""),
                    r.getOrDefault("class", ""),
                    java.util.Set.copyOf(split(r.getOrDefault("groups", ""))),
                    split(r.getOrDefault("aliases", ""))));
        }
        try {
            return new MineralVocabulary(list);
        } catch (IllegalArgumentException e) {
            throw new RuleBookException(MINERALS, 0, e.getMessage());
        }
    }

    private static List<RuleInfo> ruleInfos(KieBase kieBase, List<String> problems) {
        List<RuleInfo> out = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                Map<String, Object> meta = r.getMetaData();
                String file = sourceFile(r);
                String where = file + ": rule \"" + r.getName() + "\"";
                Object id = meta.get("id");
                if (id == null) {
                    problems.add(where + " has no @id");
                    continue;
                }
                try {
                    out.add(new RuleInfo(
                            id.toString(),
                            r.getName(),
                            p.getName(),
                            Severity.parse(String.valueOf(meta.get("severity"))),
                            Department.parse(String.valueOf(meta.get("department"))),
                            Arrays.stream(String.valueOf(meta.getOrDefault("basis", ""))
                                            .split(","))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList(),
                            file));
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": bad metadata (" + e.getMessage()
                            + "); expected @severity(critical|major|minor|warning) and a known @department");
                }
            }
        }
        return out;
    }

    private static String sourceFile(Rule r) {
        if (r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null) {
            String p = impl.getResource().getSourcePath();
            if (p != null) return p.replaceFirst("^src/main/resources/", "").replaceFirst("^rules/", "");
        }
        return "?";
    }

    public String packName() {
        return packName;
    }

    /** SHA-256 of every file of the pack (see {@link RulePack#digest()}). */
    public String digest() {
        return digest;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    public Map<String, Setting> settings() {
        return settings;
    }

    public Setting setting(String key) {
        Setting s = settings.get(key);
        if (s == null) throw new RuleBookException(SETTINGS, 0, "missing setting '" + key + "'");
        return s;
    }

    public List<ParamRow> paramRows() {
        return paramRows;
    }

    public CitationCatalogue citations() {
        return citations;
    }

    public MessageCatalogue messages() {
        return messages;
    }

    public MineralVocabulary minerals() {
        return minerals;
    }

    /**
     * What the overlay did to the national rules: national files it replaced and the rule ids that dropped, national
     * rules it replaced by id. Empty for the national pack alone. The shell prints them with every check.
     */
    public List<PackNotice> notices() {
        return notices;
    }
}
