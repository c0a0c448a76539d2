package org.minecheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.minecheck.engine.CheckResult;
import org.minecheck.engine.api.SideTable;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Finding;
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
        g.useDefaultPrettyPrinter();
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
        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) finding(g, f, text);
        g.writeEndArray();
        for (SideTable t : r.sideTables()) sideTable(g, t);
        g.writeArrayFieldStart("errors");
        for (InputProblem p : r.problems()) problem(g, p, locale);
        g.writeEndArray();
        g.writeArrayFieldStart("notices");
        for (InputProblem p : r.notices()) problem(g, p, locale);
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
        for (List<Object> row : t.rows()) {
            g.writeStartObject();
            for (int c = 0; c < t.columns().size(); c++) {
                String name = t.columns().get(c);
                Object v = row.get(c);
                if (v == null) g.writeNullField(name);
                else if (v instanceof Boolean b) g.writeBooleanField(name, b);
                else if (v instanceof Integer i) g.writeNumberField(name, i);
                else if (v instanceof Long l) g.writeNumberField(name, l);
                else if (v instanceof BigDecimal d) g.writeNumberField(name, d);
                else if (v instanceof Coded coded) g.writeStringField(name, coded.code());
                else g.writeStringField(name, v.toString());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void finding(JsonGenerator g, Finding f, FindingText text) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", f.key().toString());
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("title", text.title(f.ruleId()));
        g.writeStringField("severity", f.severity().code());
        g.writeStringField("department", f.department().code());
        g.writeStringField("departmentName", f.department().text(text.locale()));
        g.writeObjectFieldStart("subject");
        g.writeStringField("type", f.subject().type());
        g.writeStringField("id", f.subject().id());
        g.writeStringField("name", f.subject().name(text.locale()));
        g.writeStringField("enterpriseId", f.subject().enterpriseId());
        g.writeStringField("enterpriseName", f.subject().enterpriseName());
        g.writeEndObject();
        g.writeStringField(
                "conductDate", f.conductDate() == null ? null : f.conductDate().toString());
        g.writeStringField("message", text.message(f));
        g.writeStringField("rectification", text.fix(f));
        g.writeArrayFieldStart("basis");
        for (Basis b : text.basis(f)) {
            g.writeStartObject();
            g.writeStringField("citation", b.citation());
            g.writeStringField("title", b.title());
            g.writeStringField("article", b.article());
            g.writeStringField("summary", b.summary());
            g.writeBooleanField("verified", b.verified());
            g.writeStringField("verification", b.verification());
            g.writeStringField("source", b.source());
            g.writeStringField(
                    "inForceFrom",
                    b.inForceFrom() == null ? null : b.inForceFrom().toString());
            g.writeStringField(
                    "inForceTo", b.inForceTo() == null ? null : b.inForceTo().toString());
            g.writeBooleanField("newer", b.newer());
            g.writeBooleanField("byAnalogy", b.byAnalogy());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("evidence");
        for (FindingText.EvidenceLine e : text.evidence(f)) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            g.writeStringField("label", e.label());
            g.writeStringField("value", e.value());
            cell(g, e.cell());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void cell(JsonGenerator g, CellRef c) throws IOException {
        g.writeStringField("file", c == null ? null : c.file());
        g.writeStringField("sheet", c == null || c.sheet() == null || c.sheet().isEmpty() ? null : c.sheet());
        if (c == null || c.row() <= 0) g.writeNullField("row");
        else g.writeNumberField("row", c.row());
        g.writeStringField(
                "column", c == null || c.column() == null || c.column().isEmpty() ? null : c.column());
    }

    private static void problem(JsonGenerator g, InputProblem p, Locale locale) throws IOException {
        g.writeStartObject();
        cell(g, p.cell());
        g.writeStringField("value", p.value());
        g.writeStringField("code", p.key());
        g.writeStringField("message", ProblemText.what(p, locale));
        g.writeEndObject();
    }
}
