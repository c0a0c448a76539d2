package org.minecheck.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.minecheck.engine.RuleBook;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Evidence;
import org.minecheck.finding.Finding;
import org.minecheck.finding.ParamValue;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.SheetSpec;
import org.minecheck.ingest.WorkbookSchema;
import org.minecheck.model.CellRef;
import org.minecheck.model.Coded;

/**
 * A finding in words, in one language: title, message with its evidence filled in, fix, the basis in force on the
 * check date, and each evidence value with its label and cell. Every writer (table, JSON, Excel) goes through here.
 */
public final class FindingText {
    private final RuleBook book;
    private final Locale locale;
    private final Texts texts;
    private final boolean chinese;
    private final LocalDate checkDate;

    public record EvidenceLine(String name, String label, String value, CellRef cell) {}

    public FindingText(RuleBook book, Locale locale, LocalDate checkDate) {
        this.book = book;
        this.locale = locale;
        this.texts = Texts.of(locale);
        this.chinese = texts.chinese();
        this.checkDate = checkDate;
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return chinese;
    }

    public Texts texts() {
        return texts;
    }

    public String ui(String key) {
        return texts.get(key);
    }

    public RuleBook ruleBook() {
        return book;
    }

    public String title(String ruleId) {
        String t = book.messages().get(ruleId + ".title", locale);
        return t == null ? ruleId : t;
    }

    public String message(Finding f) {
        String key = f.messageKey() + ".message";
        if (book.messages().get(key, locale) == null) key = f.ruleId() + ".message";
        return readable(book.messages().format(key, locale, values(f)));
    }

    /** A rendered rule text with its empty slots closed up and, in English, "1 days" written "1 day". */
    private String readable(String rendered) {
        String text = tidy(rendered);
        return chinese ? text : singular(text);
    }

    /** The placeholders a rule text may use: subject, subjectName, enterprise and every evidence value, rendered. */
    private Map<String, String> values(Finding f) {
        Map<String, String> values = new HashMap<>();
        values.put("subject", f.subject().id());
        values.put("subjectName", subjectName(f));
        values.put(
                "enterprise",
                f.subject().enterpriseName() == null ? "" : f.subject().enterpriseName());
        for (Evidence e : f.evidence()) {
            // a blank text (no detail to give) leaves its slot empty, and tidy() closes the gap
            boolean blank = e.value() instanceof String str && str.isBlank();
            values.put(e.name(), blank ? "" : render(e.name(), e.value()));
        }
        return values;
    }

    /**
     * What would make the subject compliant, from the pack's message files: {@code <message key>.clears} or {@code
     * <rule>.clears} filled with the finding's values ("provisioning 125000 more clears it"), else the rule's fix.
     */
    public String clears(Finding f) {
        for (String key : List.of(f.messageKey() + ".clears", f.ruleId() + ".clears")) {
            if (book.messages().get(key, locale) != null) {
                return readable(book.messages().format(key, locale, values(f)));
            }
        }
        return fix(f);
    }

    /** Nouns counted in English messages and texts, in the plural: "1 days" is written "1 day". */
    public static final String COUNT_NOUNS =
            "findings|problems|rows|files|days|months|years|points|mines|licences|sites|patches|blocks|enterprises"
                    + "|records|plans|permits|items|tables|sheets|columns|lines|runs|versions|maps";

    private static final java.util.regex.Pattern ONE_PLURAL =
            java.util.regex.Pattern.compile("(?<![\\d.,])1 (" + COUNT_NOUNS + ")\\b");

    /** A count of one before a plural noun made singular ("1 days" → "1 day"), English only. */
    static String singular(String text) {
        return ONE_PLURAL
                .matcher(text)
                .replaceAll(m -> "1 " + m.group(1).substring(0, m.group(1).length() - 1));
    }

    private static final java.util.regex.Pattern EMPTY_SLOT_SEPARATOR =
            java.util.regex.Pattern.compile("\\s*[：:，,、]\\s*(?=[）)])");
    private static final java.util.regex.Pattern EMPTY_BRACKETS = java.util.regex.Pattern.compile("\\s?[（(]\\s*[）)]");

    /**
     * A message with an empty slot closed up: "（缺少坐标：）" becomes "（缺少坐标）" and "()" disappears, so an
     * optional detail that is blank leaves no dangling colon or empty brackets.
     */
    public static String tidy(String message) {
        String out = EMPTY_SLOT_SEPARATOR.matcher(message).replaceAll("");
        return EMPTY_BRACKETS.matcher(out).replaceAll("");
    }

    /** The subject's name in this report's language (a licence by its kind), or its id when it has none. */
    public String subjectName(Finding f) {
        String name = f.subject().name(locale);
        return name == null ? f.subject().id() : name;
    }

    public String fix(Finding f) {
        String t = book.messages().get(f.ruleId() + ".fix", locale);
        return t == null ? "" : t;
    }

    /**
     * The basis in force on the finding's conduct date, then (marked newer) each later version in force on the check
     * date, for comparison.
     */
    public List<Basis> basis(Finding f) {
        return book.citations().resolve(f.basisKeys(), f.conductDate(), checkDate, locale);
    }

    /**
     * "《title》 article" for each basis, with its marks: unverified, a product requirement (not a legal text), applied
     * by analogy; a newer version is shown after the others, marked as in force from its date, for comparison.
     */
    public String basisLine(Finding f) {
        return basis(f).stream().map(this::basisText).collect(Collectors.joining("; "));
    }

    private String basisText(Basis b) {
        String gap = chinese ? "" : " ";
        StringBuilder s = new StringBuilder();
        if (b.newer())
            s.append(texts.format("basis.newer", String.valueOf(b.inForceFrom())))
                    .append(gap);
        s.append(b.title()).append(' ').append(b.article());
        if (b.productRequirement()) s.append(gap).append(ui("basis.product"));
        else if (!b.verified()) s.append(gap).append(ui("basis.unverified"));
        if (b.byAnalogy()) s.append(gap).append(ui("basis.analogy"));
        return s.toString();
    }

    public List<EvidenceLine> evidence(Finding f) {
        List<EvidenceLine> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e.value() == null) continue;
            out.add(new EvidenceLine(e.name(), label(e), render(e.name(), e.value()), e.cell()));
        }
        return out;
    }

    private String label(Evidence e) {
        String l = book.messages().get("evidence." + e.name(), locale);
        if (l != null) return l;
        Optional<SheetSpec> own = e.cell() == null
                ? Optional.empty()
                : WorkbookSchema.sheetNamed(e.cell().sheet());
        return own.flatMap(s -> s.column(e.name()))
                .or(() -> WorkbookSchema.SHEETS.stream()
                        .flatMap(s -> s.column(e.name()).stream())
                        .findFirst())
                .map(c -> c.header(locale))
                .orElse(e.name());
    }

    /** A value as people read it; a messages key {@code <name>.<value>} or {@code <name>.suffix} reshapes it. */
    public String render(String name, Object value) {
        if (value == null) {
            return book.messages().get(name + ".suffix", locale) != null ? "" : "—";
        }
        // A mineral is carried as its code; show its name in the report's language.
        String text = (name.equals("mineral") || name.equals("mineralFamily")) && value instanceof String code
                ? mineralName(code)
                : plain(value);
        String mapped = book.messages().get(name + "." + text, locale);
        if (mapped != null) return mapped;
        String suffix = book.messages().get(name + ".suffix", locale);
        if (suffix != null) return MessageFormat.format(suffix.replace("'", "''"), text);
        return text;
    }

    private String plain(Object value) {
        if (value instanceof ParamValue p) return paramValue(p);
        if (value instanceof org.minecheck.finding.SourceRows r) return r.text(chinese);
        if (value instanceof BigDecimal d) {
            BigDecimal t = d.stripTrailingZeros();
            return (t.scale() < 0 ? t.setScale(0) : t).toPlainString();
        }
        if (value instanceof Double d)
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        if (value instanceof Boolean b) return ui(b ? "yes" : "no");
        if (value instanceof Coded c) return c.text(locale);
        if (value instanceof Collection<?> c) {
            return c.stream().map(this::plainListItem).collect(Collectors.joining(chinese ? "、" : ", "));
        }
        return value.toString();
    }

    /** "2.5 — other open-pit method", then "(unverified)" for an M mark or the placeholder warning. */
    private String paramValue(ParamValue p) {
        // a table's number as written there (1.0 stays 1.0), so it can be found in the table by eye
        Object v = p.value();
        StringBuilder out =
                new StringBuilder(v == null ? "—" : v instanceof BigDecimal d ? d.toPlainString() : plain(v));
        if (v != null) out.append(p.suffix());
        String label = p.label(locale);
        if (!label.isBlank()) out.append(chinese ? "（" : " (").append(label).append(chinese ? "）" : ")");
        String gap = chinese ? "" : " "; // the Chinese marks open with a full-width parenthesis
        if (p.placeholder()) out.append(gap).append(ui("param.placeholder"));
        else if (p.unverified()) out.append(gap).append(ui("basis.unverified"));
        return out.toString();
    }

    private String plainListItem(Object item) {
        if (item instanceof String s) {
            return book.minerals().find(s).map(m -> chinese ? m.zh() : m.en()).orElse(s);
        }
        return plain(item);
    }

    public String mineralName(String code) {
        return book.minerals().find(code).map(m -> chinese ? m.zh() : m.en()).orElse(code);
    }
}
