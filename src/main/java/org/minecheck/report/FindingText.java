package org.minecheck.report;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.minecheck.engine.MessageCatalogue;
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
        MessageCatalogue.Template template = book.messages().template(f.messageKey() + ".message", locale);
        if (template == null) {
            String key = f.ruleId() + ".message";
            template = book.messages().template(key, locale);
            if (template == null) return readable(key);
        }
        return readable(template.fill(slot -> value(f, slot)));
    }

    /** A rendered rule text with its empty slots closed up and, in English, "1 days" written "1 day". */
    private String readable(String rendered) {
        String text = tidy(rendered);
        return chinese ? text : singular(text);
    }

    /**
     * The value of a placeholder a rule text may use: the last evidence value of that name, rendered, else subject,
     * subjectName or enterprise; null for any other name. Only the slots a text has are rendered.
     */
    private String value(Finding f, String slot) {
        List<Evidence> evidence = f.evidence();
        for (int i = evidence.size() - 1; i >= 0; i--) {
            Evidence e = evidence.get(i);
            if (!e.name().equals(slot)) continue;
            // a blank text (no detail to give) leaves its slot empty, and tidy() closes the gap
            boolean blank = e.value() instanceof String str && str.isBlank();
            return blank ? "" : render(e.name(), e.value());
        }
        return switch (slot) {
            case "subject" -> f.subject().id();
            case "subjectName" -> subjectName(f);
            case "enterprise" ->
                f.subject().enterpriseName() == null ? "" : f.subject().enterpriseName();
            default -> null;
        };
    }

    /**
     * What would make the subject compliant, from the pack's message files: {@code <message key>.clears} or {@code
     * <rule>.clears} filled with the finding's values ("provisioning 125000 more clears it"), else the rule's fix.
     */
    public String clears(Finding f) {
        for (String key : List.of(f.messageKey() + ".clears", f.ruleId() + ".clears")) {
            MessageCatalogue.Template template = book.messages().template(key, locale);
            if (template != null) return readable(template.fill(slot -> value(f, slot)));
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
        if (!text.contains("1 ")) return text; // nothing to make singular: most messages
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
        if (!mayHaveEmptySlot(message)) return message;
        String out = EMPTY_SLOT_SEPARATOR.matcher(message).replaceAll("");
        return EMPTY_BRACKETS.matcher(out).replaceAll("");
    }

    /**
     * Whether {@code message} has a closing bracket right after (regex whitespace aside) a separator or an opening
     * bracket: only then can either pattern of {@link #tidy} match, so other messages skip the regular expressions.
     */
    private static boolean mayHaveEmptySlot(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c != ')' && c != '）') continue;
            int j = i - 1;
            while (j >= 0 && isRegexSpace(message.charAt(j))) j--;
            if (j < 0) continue;
            char before = message.charAt(j);
            if ("：:，,、（(".indexOf(before) >= 0) return true;
        }
        return false;
    }

    /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
        return bases.computeIfAbsent(
                new BasisQuery(f.basisKeys(), f.conductDate()),
                q -> List.copyOf(book.citations().resolve(q.keys(), q.conductDate(), checkDate, locale)));
    }

    // Findings of one rule share their citations and mostly a few conduct dates (a year's 31 December, the check date).
    private record BasisQuery(List<String> keys, LocalDate conductDate) {}

    private final Map<BasisQuery, List<Basis>> bases = new ConcurrentHashMap<>();

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
        String sheet = e.cell() == null ? null : e.cell().sheet();
        return labels.computeIfAbsent(new LabelQuery(e.name(), e.cell() != null, sheet), this::label);
    }

    // A province has a few hundred distinct (name, sheet) pairs among its hundred thousand evidence lines.
    private record LabelQuery(String name, boolean hasCell, String sheet) {}

    private final Map<LabelQuery, String> labels = new ConcurrentHashMap<>();

    private String label(LabelQuery q) {
        String l = book.messages().get("evidence." + q.name(), locale);
        if (l != null) return l;
        Optional<SheetSpec> own = q.hasCell() ? WorkbookSchema.sheetNamed(q.sheet()) : Optional.empty();
        return own.flatMap(s -> s.column(q.name()))
                .or(() -> WorkbookSchema.SHEETS.stream()
                        .flatMap(s -> s.column(q.name()).stream())
                        .findFirst())
                .map(c -> c.header(locale))
                .orElse(q.name());
    }

    /** A value as people read it; a messages key {@code <name>.<value>} or {@code <name>.suffix} reshapes it. */
    public String render(String name, Object value) {
        Reshaping reshaping = reshapings.computeIfAbsent(name, this::reshaping);
        if (value == null) {
            return reshaping.suffix() != null ? "" : "—";
        }
        // A mineral is carried as its code; show its name in the report's language.
        String text = (name.equals("mineral") || name.equals("mineralFamily")) && value instanceof String code
                ? mineralName(code)
                : plain(value);
        if (reshaping.mapsValues()) {
            String mapped = book.messages().get(name + "." + text, locale);
            if (mapped != null) return mapped;
        }
        String suffix = reshaping.suffix();
        if (suffix == null) return text;
        if (reshaping.suffixHasOnlyItsSlot()) return suffix.replace("{0}", text);
        return MessageFormat.format(suffix.replace("'", "''"), text);
    }

    /**
     * What the messages files say about an evidence name: whether any key {@code <name>.<something>} exists (else no
     * value of it is mapped), its {@code <name>.suffix}, and whether that suffix has no braces but its {0}s (then
     * MessageFormat, with every quote doubled, would return it with {0} replaced).
     */
    private record Reshaping(boolean mapsValues, String suffix, boolean suffixHasOnlyItsSlot) {}

    private final Map<String, Reshaping> reshapings = new ConcurrentHashMap<>();

    private Reshaping reshaping(String name) {
        String prefix = name + ".";
        boolean maps = book.messages().messages(locale).keySet().stream().anyMatch(k -> k.startsWith(prefix));
        String suffix = book.messages().get(prefix + "suffix", locale);
        boolean onlySlot = suffix != null
                && suffix.replace("{0}", "").indexOf('{') < 0
                && suffix.replace("{0}", "").indexOf('}') < 0;
        return new Reshaping(maps, suffix, onlySlot);
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
