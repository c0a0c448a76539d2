package org.minecheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Basis;
import org.minecheck.finding.Finding;
import org.minecheck.fund.FundRate;
import org.minecheck.regional.ProgressRow;
import org.minecheck.ingest.InputProblem;
import org.minecheck.model.CellRef;

/** The findings as JSON, streamed (a province's findings never sit in memory as a tree). Documented in docs/json-format.md. */
public final class JsonReport {
    public static final String FORMAT_VERSION = "1";

    private JsonReport() {}

    public static void write(CheckResult r, FindingText text, String packName, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("formatVersion", FORMAT_VERSION);
            g.writeStringField("checkDate", r.checkDate().toString());
            g.writeStringField("language", text.chinese() ? "zh" : "en");
            g.writeStringField("rulePack", packName);
            g.writeArrayFieldStart("files");
            for (String f : r.files()) g.writeString(f);
            g.writeEndArray();
            g.writeArrayFieldStart("findings");
            for (Finding f : r.findings()) finding(g, f, text);
            g.writeEndArray();
            g.writeArrayFieldStart("fundRates");
            for (FundRate f : r.fundRates()) fundRate(g, f);
            g.writeEndArray();
            g.writeArrayFieldStart("historicalProgress");
            for (ProgressRow p : r.progress()) progress(g, p, text.chinese());
            g.writeEndArray();
            g.writeArrayFieldStart("errors");
            for (InputProblem p : r.problems()) problem(g, p, text.chinese());
            g.writeEndArray();
            g.writeArrayFieldStart("notices");
            for (InputProblem p : r.notices()) problem(g, p, text.chinese());
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void finding(JsonGenerator g, Finding f, FindingText text) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        g.writeStringField("title", text.title(f.ruleId()));
        g.writeStringField("severity", f.severity().code());
        g.writeStringField("department", f.department().code());
        g.writeStringField("departmentName", f.department().text(text.chinese()));
        g.writeObjectFieldStart("subject");
        g.writeStringField("type", f.subject().type());
        g.writeStringField("id", f.subject().id());
        g.writeStringField("name", f.subject().name());
        g.writeStringField("enterpriseId", f.subject().enterpriseId());
        g.writeStringField("enterpriseName", f.subject().enterpriseName());
        g.writeEndObject();
        g.writeStringField("conductDate", f.conductDate() == null ? null : f.conductDate().toString());
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
            g.writeStringField("inForceFrom", b.inForceFrom() == null ? null : b.inForceFrom().toString());
            g.writeStringField("inForceTo", b.inForceTo() == null ? null : b.inForceTo().toString());
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

    private static void fundRate(JsonGenerator g, FundRate f) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", f.kind());
        g.writeStringField("id", f.id());
        g.writeStringField("name", f.name());
        g.writeStringField("level", f.level() == null ? null : f.level().code());
        g.writeNumberField("year", f.year());
        g.writeNumberField("mines", f.mines());
        g.writeNumberField("minesWithoutRequirement", f.minesWithoutRequirement());
        number(g, "required", f.required());
        number(g, "provisioned", f.provisioned());
        number(g, "used", f.used());
        number(g, "provisioningRate", f.provisioningRate());
        number(g, "useRate", f.useRate());
        g.writeEndObject();
    }

    private static void progress(JsonGenerator g, ProgressRow p, boolean chinese) throws IOException {
        g.writeStartObject();
        g.writeStringField("regionCode", p.regionCode());
        g.writeStringField("regionName", p.regionName());
        g.writeStringField("level", p.level() == null ? null : p.level().code());
        g.writeNumberField("year", p.year());
        g.writeBooleanField("toDate", p.toDate());
        g.writeBooleanField("rolledUp", p.rolledUp());
        g.writeStringField("measure", p.measure().code());
        number(g, "baselineCount", p.baselineCount());
        number(g, "baselineArea", p.baselineArea());
        number(g, "requiredPercent", p.requiredPercent());
        number(g, "requiredCount", p.requiredCount());
        number(g, "requiredArea", p.requiredArea());
        number(g, "treatedCount", p.treatedCount());
        number(g, "treatedArea", p.treatedArea());
        number(g, "achievedPercent", p.achievedPercent());
        if (p.met() == null) g.writeNullField("met");
        else g.writeBooleanField("met", p.met());
        g.writeStringField("deadline", p.deadline() == null ? null : p.deadline().toString());
        g.writeStringField("source", p.source());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, java.math.BigDecimal v) throws IOException {
        if (v == null) g.writeNullField(name);
        else g.writeNumberField(name, v);
    }

    private static void cell(JsonGenerator g, CellRef c) throws IOException {
        g.writeStringField("file", c == null ? null : c.file());
        g.writeStringField("sheet", c == null || c.sheet() == null || c.sheet().isEmpty() ? null : c.sheet());
        if (c == null || c.row() <= 0) g.writeNullField("row");
        else g.writeNumberField("row", c.row());
        g.writeStringField("column", c == null || c.column() == null || c.column().isEmpty() ? null : c.column());
    }

    private static void problem(JsonGenerator g, InputProblem p, boolean chinese) throws IOException {
        g.writeStartObject();
        cell(g, p.cell());
        g.writeStringField("value", p.value());
        g.writeStringField("code", p.key());
        g.writeStringField("message", ProblemText.what(p, chinese));
        g.writeEndObject();
    }
}
