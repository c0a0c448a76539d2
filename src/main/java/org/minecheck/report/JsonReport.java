package org.minecheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.api.SideTable;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Department;
import org.minecheck.finding.Finding;
import org.minecheck.finding.Severity;
import org.minecheck.ingest.Coverage;
import org.minecheck.ingest.InputProblem;
import org.minecheck.model.CellRef;
import org.minecheck.model.Coded;
import org.springframework.stereotype.Component;

/** The findings as JSON, streamed (a province's findings never sit in memory as a tree). Documented in docs/json-format.md. */
@Component
public final class JsonReport implements ReportWriter {
    public static final String FORMAT_VERSION = "1";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return ".json";
    }

    @Override
    public boolean text() {
        return true;
    }

    @Override
    public void write(CheckResult result, FindingText text, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            write(g, result, text);
        }
    }

    @Override
    public void write(CheckResult result, FindingText text, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(g, result, text);
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void write(JsonGenerator g, CheckResult r, FindingText text) throws IOException {
        Locale locale = text.locale();
        g.setPrettyPrinter(new NestedPrettyPrinter(0));
        g.writeStartObject();
        g.writeStringField("formatVersion", FORMAT_VERSION);
        g.writeStringField("checkDate", r.checkDate().toString());
        g.writeStringField("language", text.chinese() ? "zh" : "en");
        g.writeStringField("rulePack", r.rulePack());
        g.writeStringField("rulePackDigest", r.rulePackDigest());
        g.writeArrayFieldStart("files");
        for (String f : r.files()) g.writeString(f);
        g.writeEndArray();
        g.writeArrayFieldStart("inputs");
        for (CheckResult.InputFile in : r.inputs()) {
            g.writeStartObject();
            g.writeStringField("name", in.name());
            g.writeStringField("sha256", in.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        checked(g, Coverage.of(r.dataset()), r.inputOk());
        Repeated repeated = new Repeated();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) finding(g, f, text, repeated);
        g.writeEndArray();
        for (SideTable t : r.sideTables()) sideTable(g, t);
        g.writeArrayFieldStart("errors");
        for (InputProblem p : r.problems()) problem(g, p, locale, repeated);
        g.writeEndArray();
        g.writeArrayFieldStart("notices");
        for (InputProblem p : r.notices()) problem(g, p, locale, repeated);
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * What was read and checked; {@code nothingChecked} is true when the input could not be read or held no mine, so a
     * program reading the report never takes an empty findings list for a clean result.
     */
    private static void checked(JsonGenerator g, Coverage c, boolean inputOk) throws IOException {
        g.writeObjectFieldStart("checked");
        g.writeNumberField("enterprises", c.enterprises());
        g.writeNumberField("mines", c.mines());
        g.writeNumberField("licences", c.licences());
        g.writeNumberField("sites", c.sites());
        g.writeNumberField("historicalMines", c.historicalMines());
        if (c.firstYear() == null) g.writeNullField("firstYear");
        else g.writeNumberField("firstYear", c.firstYear());
        if (c.lastYear() == null) g.writeNullField("lastYear");
        else g.writeNumberField("lastYear", c.lastYear());
        g.writeBooleanField("nothingChecked", !inputOk || c.nothingToCheck());
        g.writeEndObject();
    }

    /** A side table as an array named by its id, one object per row with a field per column. */
    private static void sideTable(JsonGenerator g, SideTable t) throws IOException {
        g.writeArrayFieldStart(t.id());
        SerializedString[] names =
                t.columns().stream().map(SerializedString::new).toArray(SerializedString[]::new);
        // rows come grouped (an enterprise's years, a region's years): a text is often the one just above it
        Object[] above = new Object[names.length];
        SerializedString[] aboveEncoded = new SerializedString[names.length];
        for (List<Object> row : t.rows()) {
            g.writeStartObject();
            for (int c = 0; c < names.length; c++) {
                SerializedString name = names[c];
                Object v = row.get(c);
                g.writeFieldName(name);
                if (v == null) g.writeNull();
                else if (v instanceof Boolean b) g.writeBoolean(b);
                else if (v instanceof Integer i) g.writeNumber(i);
                else if (v instanceof Long l) g.writeNumber(l);
                else if (v instanceof BigDecimal d) g.writeNumber(d);
                else {
                    if (!v.equals(above[c])) {
                        above[c] = v;
                        aboveEncoded[c] = new SerializedString(v instanceof Coded coded ? coded.code() : v.toString());
                    }
                    g.writeString(aboveEncoded[c]);
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void finding(JsonGenerator g, Finding f, FindingText text, Repeated repeated) throws IOException {
        Locale locale = text.locale();
        g.writeStartObject();
        string(g, KEY, f.key().toString());
        RuleTexts rule = repeated.rule(f, text);
        string(g, RULE_ID, rule.ruleId());
        string(g, TITLE, rule.title());
        string(g, SEVERITY, repeated.severity(f.severity()));
        SerializedString[] department = repeated.department(f.department(), locale);
        string(g, DEPARTMENT, department[0]);
        string(g, DEPARTMENT_NAME, department[1]);
        g.writeFieldName(SUBJECT);
        g.writeStartObject();
        string(g, TYPE, repeated.of(f.subject().type()));
        string(g, ID, f.subject().id());
        string(g, NAME, f.subject().name(locale));
        string(g, ENTERPRISE_ID, f.subject().enterpriseId());
        string(g, ENTERPRISE_NAME, f.subject().enterpriseName());
        g.writeEndObject();
        string(g, CONDUCT_DATE, repeated.of(f.conductDate()));
        string(g, MESSAGE, text.message(f));
        string(g, RECTIFICATION, rule.fix());
        g.writeFieldName(BASIS);
        g.writeStartArray();
        for (Basis b : text.basis(f)) g.writeRawValue(repeated.basis(g, b));
        g.writeEndArray();
        g.writeFieldName(EVIDENCE);
        g.writeStartArray();
        for (FindingText.EvidenceLine e : text.evidence(f)) {
            g.writeStartObject();
            string(g, NAME, repeated.of(e.name()));
            string(g, LABEL, repeated.of(e.label()));
            string(g, VALUE, e.value());
            cell(g, e.cell(), repeated);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One basis object, as {@link #finding} writes it inside a finding. */
    private static void writeBasis(JsonGenerator g, Basis b) throws IOException {
        g.writeStartObject();
        g.writeStringField("citation", b.citation());
        g.writeStringField("title", b.title());
        g.writeStringField("article", b.article());
        g.writeStringField("summary", b.summary());
        g.writeBooleanField("verified", b.verified());
        g.writeStringField("verification", b.verification());
        g.writeStringField("source", b.source());
        g.writeStringField(
                "inForceFrom", b.inForceFrom() == null ? null : b.inForceFrom().toString());
        g.writeStringField(
                "inForceTo", b.inForceTo() == null ? null : b.inForceTo().toString());
        g.writeBooleanField("newer", b.newer());
        g.writeBooleanField("byAnalogy", b.byAnalogy());
        g.writeEndObject();
    }

    private static final SerializedString KEY = new SerializedString("key");
    private static final SerializedString RULE_ID = new SerializedString("ruleId");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString DEPARTMENT = new SerializedString("department");
    private static final SerializedString DEPARTMENT_NAME = new SerializedString("departmentName");
    private static final SerializedString SUBJECT = new SerializedString("subject");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString ENTERPRISE_ID = new SerializedString("enterpriseId");
    private static final SerializedString ENTERPRISE_NAME = new SerializedString("enterpriseName");
    private static final SerializedString CONDUCT_DATE = new SerializedString("conductDate");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString RECTIFICATION = new SerializedString("rectification");
    private static final SerializedString BASIS = new SerializedString("basis");
    private static final SerializedString EVIDENCE = new SerializedString("evidence");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString FILE = new SerializedString("file");
    private static final SerializedString SHEET = new SerializedString("sheet");
    private static final SerializedString ROW = new SerializedString("row");
    private static final SerializedString COLUMN = new SerializedString("column");

    private static void string(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void string(JsonGenerator g, SerializedString name, SerializedString value) throws IOException {
        g.writeFieldName(name);
        if (value == null) g.writeNull();
        else g.writeString(value);
    }

    /**
     * The texts that recur from finding to finding (titles, labels, sheet names, the basis), each encoded once per
     * report: a province's 18,811 findings carry about 45,000 basis objects but only a few dozen distinct ones, and
     * Jackson copies a pre-encoded string instead of encoding it again.
     */
    private record RuleTexts(SerializedString ruleId, SerializedString title, SerializedString fix) {}

    private static final class Repeated {
        private final Map<String, SerializedString> texts = new HashMap<>();
        private final Map<Basis, SerializedString> bases = new HashMap<>();
        private final Map<LocalDate, SerializedString> dates = new HashMap<>();
        private final Map<String, RuleTexts> rules = new HashMap<>();
        private final Map<Severity, SerializedString> severities = new EnumMap<>(Severity.class);
        private final Map<Department, SerializedString[]> departments = new EnumMap<>(Department.class);

        SerializedString of(String text) {
            return text == null ? null : texts.computeIfAbsent(text, SerializedString::new);
        }

        /** A rule's id, title and fix (the fix is the rule's, whatever the finding). */
        RuleTexts rule(Finding f, FindingText text) {
            return rules.computeIfAbsent(f.ruleId(), id -> new RuleTexts(of(id), of(text.title(id)), of(text.fix(f))));
        }

        SerializedString severity(Severity s) {
            return severities.computeIfAbsent(s, v -> of(v.code()));
        }

        /** A department's code and its name in the report's language. */
        SerializedString[] department(Department d, Locale locale) {
            return departments.computeIfAbsent(d, v -> new SerializedString[] {of(v.code()), of(v.text(locale))});
        }

        SerializedString of(LocalDate date) {
            return date == null ? null : dates.computeIfAbsent(date, d -> new SerializedString(d.toString()));
        }

        /** The basis object as {@link #writeBasis} writes it at the generator's current nesting, rendered once. */
        SerializedString basis(JsonGenerator g, Basis b) throws IOException {
            SerializedString known = bases.get(b);
            if (known != null) return known;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JsonGenerator fragment = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
                fragment.setPrettyPrinter(new NestedPrettyPrinter(objectsAround(g)));
                writeBasis(fragment, b);
            }
            SerializedString rendered = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
            bases.put(b, rendered);
            return rendered;
        }

        /** How many objects enclose the generator's position: the pretty printer's nesting (arrays stay inline). */
        private static int objectsAround(JsonGenerator g) {
            int objects = 0;
            for (JsonStreamContext c = g.getOutputContext(); c != null; c = c.getParent()) {
                if (c.inObject()) objects++;
            }
            return objects;
        }
    }

    /**
     * Jackson's default pretty printer, started at a given nesting (a fragment rendered apart is then indented as if it
     * were written at that depth of the report), writing its separators and indentation as bytes encoded once instead
     * of encoding the same few characters again around each of a province's million fields.
     */
    private static final class NestedPrettyPrinter extends DefaultPrettyPrinter {
        private final SerializedString fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        private final SerializedString entrySeparator = new SerializedString(_objectEntrySeparator);
        private final SerializedString arrayValueSeparator = new SerializedString(_arrayValueSeparator);

        NestedPrettyPrinter(int nesting) {
            _nesting = nesting;
            _objectIndenter = new EncodedIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(fieldValueSeparator);
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(entrySeparator);
            _objectIndenter.writeIndentation(g, _nesting);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(arrayValueSeparator);
            _arrayIndenter.writeIndentation(g, _nesting);
        }
    }

    /** {@link DefaultIndenter}'s line break and indentation, each level's encoded once. */
    private static final class EncodedIndenter implements DefaultPrettyPrinter.Indenter {
        private final String eol;
        private final String indent;
        private SerializedString[] levels = new SerializedString[0];

        EncodedIndenter(DefaultIndenter like) {
            this.eol = like.getEol();
            this.indent = like.getIndent();
        }

        @Override
        public boolean isInline() {
            return false;
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level >= levels.length) {
                SerializedString[] more = java.util.Arrays.copyOf(levels, level + 1);
                for (int i = levels.length; i <= level; i++) more[i] = new SerializedString(eol + indent.repeat(i));
                levels = more;
            }
            g.writeRaw(levels[level]);
        }
    }

    private static void cell(JsonGenerator g, CellRef c, Repeated repeated) throws IOException {
        string(g, FILE, c == null ? null : repeated.of(c.file()));
        string(g, SHEET, c == null || c.sheet() == null || c.sheet().isEmpty() ? null : repeated.of(c.sheet()));
        g.writeFieldName(ROW);
        if (c == null || c.row() <= 0) g.writeNull();
        else g.writeNumber(c.row());
        string(g, COLUMN, c == null || c.column() == null || c.column().isEmpty() ? null : repeated.of(c.column()));
    }

    private static void problem(JsonGenerator g, InputProblem p, Locale locale, Repeated repeated) throws IOException {
        g.writeStartObject();
        cell(g, p.cell(), repeated);
        g.writeStringField("value", p.value());
        g.writeStringField("code", p.key());
        g.writeStringField("message", ProblemText.what(p, locale));
        g.writeEndObject();
    }
}
