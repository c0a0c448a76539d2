package org.minecheck.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.minecheck.finding.Basis;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * rules/citations.yaml: every law, article and summary rules cite, in Chinese and English, with the dates each version
 * is in force (the Mineral Resources Law renumbered its articles from 2025-07-01) and whether it was verified.
 */
public final class CitationCatalogue {
    /** One version of a citation, in force from {@code from} to {@code to} inclusive (null = open). */
    public record Version(
            LocalDate from,
            LocalDate to,
            Map<String, String> title,
            Map<String, String> article,
            Map<String, String> summary,
            boolean verified,
            String verification,
            Citation cite,
            String note,
            String applied) {
        /** How a reader cites this version, in one language: publisher, date, document number, address. */
        public String source(String lang) {
            return cite.text(lang);
        }

        boolean inForce(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /**
     * How a reader cites a text: the issuing body (for a news report, the outlet), the date it was adopted, issued or
     * published, its document number where it has one, and where it can be read. {@code kind} is {@code news} for a news
     * report (shown as such) or {@code product} for this product's own requirement.
     */
    public record Citation(
            Map<String, String> publisher, String issued, Map<String, String> number, String url, String kind) {
        public boolean news() {
            return "news".equalsIgnoreCase(kind);
        }

        /** "publisher, date, number, url" (Chinese with full-width commas), a news report marked as one. */
        public String text(String lang) {
            boolean zh = "zh".equals(lang);
            List<String> parts = new ArrayList<>();
            if (news()) parts.add(zh ? "新闻报道" : "news report");
            if (publisher != null) parts.add(publisher.get(lang));
            if (issued != null && !issued.isBlank()) parts.add(issued);
            if (number != null) parts.add(number.get(lang));
            if (url != null && !url.isBlank()) parts.add(url);
            return String.join(zh ? "，" : ", ", parts);
        }
    }

    private final Map<String, List<Version>> citations;

    private CitationCatalogue(Map<String, List<Version>> citations) {
        this.citations = citations;
    }

    public static CitationCatalogue parse(String path, List<String> texts) {
        Map<String, List<Version>> out = new LinkedHashMap<>();
        for (String text : texts) {
            Object root;
            try {
                root = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            } catch (RuntimeException e) {
                throw new RuleBookException(path, 0, "not valid YAML: " + e.getMessage());
            }
            if (root == null) continue;
            if (!(root instanceof Map<?, ?> map))
                throw new RuleBookException(path, 1, "expected a map of citation keys");
            for (var e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                out.put(key, versions(path, key, e.getValue()));
            }
        }
        return new CitationCatalogue(out);
    }

    @SuppressWarnings("unchecked")
    private static List<Version> versions(String path, String key, Object node) {
        if (!(node instanceof Map<?, ?> m)) throw new RuleBookException(path, 0, key + ": expected a map");
        List<Map<String, Object>> raw = m.containsKey("versions")
                ? (List<Map<String, Object>>) m.get("versions")
                : List.of((Map<String, Object>) m);
        List<Version> out = new ArrayList<>();
        for (Map<String, Object> v : raw) {
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) m);
            merged.remove("versions");
            merged.putAll(v);
            Object verified = merged.getOrDefault("verified", "M");
            String mark = String.valueOf(verified);
            // Only a checked legal text counts as verified: M (memory), false and product (our own requirement) do not.
            boolean isVerified = !(verified instanceof Boolean b
                    ? !b
                    : mark.equalsIgnoreCase("M") || mark.equalsIgnoreCase("false") || mark.equalsIgnoreCase("product"));
            out.add(new Version(
                    date(path, key, merged.get("from")),
                    date(path, key, merged.get("to")),
                    text(path, key, merged.get("title"), "title"),
                    text(path, key, merged.get("article"), "article"),
                    text(path, key, merged.get("summary"), "summary"),
                    isVerified,
                    mark,
                    new Citation(
                            optionalText(path, key, merged.get("publisher"), "publisher"),
                            merged.get("issued") == null ? null : String.valueOf(merged.get("issued")),
                            optionalText(path, key, merged.get("number"), "number"),
                            merged.get("url") == null ? null : String.valueOf(merged.get("url")),
                            merged.get("kind") == null ? null : String.valueOf(merged.get("kind"))),
                    // "source" is the older name of the research note: neither is ever shown to users
                    String.valueOf(merged.getOrDefault("note", merged.getOrDefault("source", ""))),
                    String.valueOf(merged.getOrDefault("applied", ""))));
        }
        return out;
    }

    private static LocalDate date(String path, String key, Object v) {
        if (v == null) return null;
        if (v instanceof java.util.Date d) return new java.sql.Date(d.getTime()).toLocalDate();
        try {
            return LocalDate.parse(v.toString());
        } catch (RuntimeException e) {
            throw new RuleBookException(path, 0, key + ": date expected as YYYY-MM-DD, found " + v);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> text(String path, String key, Object v, String field) {
        if (v instanceof Map<?, ?> m && m.get("zh") != null && m.get("en") != null) {
            return Map.of("zh", String.valueOf(m.get("zh")), "en", String.valueOf(m.get("en")));
        }
        if (v != null && !(v instanceof Map)) return Map.of("zh", v.toString(), "en", v.toString());
        throw new RuleBookException(path, 0, key + ": " + field + " needs zh and en");
    }

    private static Map<String, String> optionalText(String path, String key, Object v, String field) {
        return v == null ? null : text(path, key, v, field);
    }

    public boolean contains(String key) {
        return citations.containsKey(key);
    }

    public Map<String, List<Version>> all() {
        return citations;
    }

    /** The version of {@code key} in force on {@code date}, in the chosen language. */
    public Optional<Basis> resolve(String key, LocalDate date, java.util.Locale locale) {
        return version(key, date).map(v -> basis(key, v, locale, false));
    }

    /**
     * The basis of conduct on {@code conductDate} judged on {@code checkDate}: each key in the version in force on the
     * conduct date (the law of the day, Administrative Penalty Law art. 37), followed by the version in force on the
     * check date wherever that is another version (or the key had none in force on the conduct date), marked
     * {@link Basis#newer()}: shown beside it for comparison, since the newer one applies only where it is lighter.
     */
    public List<Basis> resolve(List<String> keys, LocalDate conductDate, LocalDate checkDate, java.util.Locale locale) {
        LocalDate conduct = conductDate == null ? checkDate : conductDate;
        List<Basis> out = new ArrayList<>();
        List<Basis> newer = new ArrayList<>();
        for (String key : keys) {
            Optional<Version> then = version(key, conduct);
            then.ifPresent(v -> out.add(basis(key, v, locale, false)));
            if (checkDate != null && checkDate.isAfter(conduct)) {
                version(key, checkDate)
                        .filter(v -> then.isEmpty() || then.get() != v)
                        .ifPresent(v -> newer.add(basis(key, v, locale, true)));
            }
        }
        out.addAll(newer);
        return out;
    }

    private Optional<Version> version(String key, LocalDate date) {
        return citations.getOrDefault(key, List.of()).stream()
                .filter(v -> v.inForce(date))
                .findFirst();
    }

    private static Basis basis(String key, Version v, java.util.Locale locale, boolean newer) {
        String lang = org.minecheck.i18n.Texts.chinese(locale) ? "zh" : "en";
        return new Basis(
                key,
                v.title().get(lang),
                v.article().get(lang),
                v.summary().get(lang),
                v.verified(),
                v.verification(),
                v.source(lang),
                v.from(),
                v.to(),
                newer,
                v.applied());
    }
}
