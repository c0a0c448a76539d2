package org.minecheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.inspection.DemoDirectory;
import org.minecheck.inspection.RectifiedDemo;

/**
 * A joint inspection of the demo county end to end through the command line, on a real database: directory, plan,
 * draw, verify (identical, and a tampered record that differs), documents opened with POI and rendered by LibreOffice
 * (A4), a re-check on newer data that clears one finding and leaves the others, status with overdue first.
 */
abstract class InspectionContract {
    @TempDir
    Path dir;

    abstract Map<String, String> database();

    ShellRun.Result run(String... args) {
        try {
            return ShellRun.run(database(), args);
        } catch (RuntimeException e) {
            var spring = new java.util.TreeMap<String, String>();
            System.getProperties().forEach((k, v) -> {
                if (k.toString().startsWith("spring") || k.toString().startsWith("minecheck"))
                    spring.put(k.toString(), v.toString());
            });
            throw new AssertionError(String.join(" ", args) + " failed; system properties " + spring, e);
        }
    }

    static final String SEED = "2026-01-05 福彩3D 5 8 2";

    @Test
    void aJointInspectionFromPlanToStatus() throws Exception {
        Path directory = Files.write(dir.resolve("inspectors.xlsx"), DemoDirectory.workbook());
        Path rectified = Files.write(dir.resolve("rectified.xlsx"), RectifiedDemo.workbook());
        assertThat(run("import", "test-data/demo-region.xlsx").exitCode()).isZero();
        var dirRun = run("inspection", "directory", directory.toString(), "--lang", "en");
        assertThat(dirRun.exitCode()).as(dirRun.err()).isZero();
        assertThat(dirRun.out()).contains("18 inspectors, 5 declared conflicts");

        var plan = run(
                "inspection",
                "plan",
                "--dataset",
                "1",
                "--directory",
                "1",
                "--year",
                "2026",
                "--items",
                "licence,boundary,fund,assessment",
                "--ratios",
                "licence=0.1,boundary=0.1,fund=0.1,assessment=0.1",
                "--risk",
                "--as-of",
                "2025-12-31",
                "--lang",
                "en");
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("Plan 1 for 2026").contains("risk weighting on");

        Path record = dir.resolve("draw.json");
        var draw = run(
                "inspection",
                "draw",
                "--seed",
                SEED,
                "--date",
                "2026-01-06",
                "--record",
                record.toString(),
                "--lang",
                "en");
        assertThat(draw.exitCode()).as(draw.err()).isZero();
        assertThat(draw.out())
                .contains("12 of 42 enterprises drawn")
                .contains("E34")
                .contains("E03");
        assertThat(draw.out()).contains("skipped I03: conflict of interest (recused): relative"); // at E05

        var verify = run("inspection", "verify", record.toString(), "--lang", "en");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("Identical");
        String json = Files.readString(record, StandardCharsets.UTF_8);
        Path tampered = Files.writeString(dir.resolve("tampered.json"), json.replace("\"E34\"", "\"E35\""));
        var differs = run("inspection", "verify", tampered.toString(), "--lang", "en");
        assertThat(differs.exitCode()).isEqualTo(1);
        assertThat(differs.out()).contains("Differs at").contains("recorded \"E35\", recomputed \"E34\"");

        var estimate = run("inspection", "estimate", "--lang", "en");
        assertThat(estimate.exitCode()).isZero();
        assertThat(estimate.out()).contains("any item: 7 of 12 sampled enterprises violate");

        Path docs = dir.resolve("docs");
        var documents = run("inspection", "documents", "--out", docs.toString(), "--lang", "zh");
        assertThat(documents.exitCode()).as(documents.err()).isZero();
        Path e34 = docs.resolve("inspection-1-E34.docx");
        try (var doc = new XWPFDocument(Files.newInputStream(e34))) {
            String text = String.join(
                    "\n",
                    doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text)
                    .contains("联合检查问题及整改通知书")
                    .contains("一、自然资源")
                    .contains("BND-003/site/M39-S1/Z02")
                    .contains("FND-005/mine/M39/2025")
                    .contains("依据：")
                    .contains("整改期限：2026-02-05前（严重）")
                    .contains("整改期限：2026-04-06前（一般）")
                    .contains("检查结果将于2026-02-")
                    .contains("（盖章）");
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(sect.getPgMar().getTop().toString()).isEqualTo("2098");
            XWPFRun body = doc.getParagraphs().get(3).getRuns().get(0);
            assertThat(body.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(body.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(doc.getAllPictures())
                    .as("the boundary maps of the BND findings")
                    .isNotEmpty();
            assertThat(text).contains("检查人员：");
        }
        try (var pub = new XWPFDocument(Files.newInputStream(docs.resolve("inspection-1-E34-public.docx")))) {
            String text = String.join(
                    "\n",
                    pub.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(text).contains("（公开版不列姓名）").doesNotContain("（I0").doesNotContain("（I1");
        }
        Path pdf = docs.resolve("inspection-1-E34.pdf");
        assertThat(pdf).as("PDF by LibreOffice: " + documents.err()).exists();
        Process info = new ProcessBuilder("pdfinfo", pdf.toString())
                .redirectErrorStream(true)
                .start();
        String pdfInfo = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor(60, TimeUnit.SECONDS);
        assertThat(pdfInfo).contains("(A4)");
        Process png = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "40",
                        "-f",
                        "1",
                        "-l",
                        "1",
                        pdf.toString(),
                        dir.resolve("page").toString())
                .redirectErrorStream(true)
                .start();
        png.waitFor(60, TimeUnit.SECONDS);
        try (var pages = Files.list(dir)) {
            assertThat(pages.filter(p -> p.getFileName().toString().startsWith("page"))
                            .toList())
                    .isNotEmpty();
        }
        assertThat(docs.resolve("inspection-1-ledger.xlsx")).exists();

        // the enterprise files a soil-and-water plan for M03: the re-check clears ENV-004 and keeps the rest
        assertThat(run("import", rectified.toString()).exitCode()).isZero();
        var recheck = run("inspection", "recheck", "--dataset", "2", "--as-of", "2026-02-20", "--lang", "en");
        assertThat(recheck.exitCode()).as(recheck.err()).isEqualTo(1); // overdue findings remain
        List<String> lines = recheck.out().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("verified").contains("ENV-004/mine/M03"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("overdue").contains("ENV-001/mine/M03"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("verified").contains("ENV-001"));
        int firstOverdue = indexOf(lines, "overdue");
        int firstOpen = indexOf(lines, "open ");
        assertThat(firstOverdue).isLessThan(firstOpen);

        var report = run("inspection", "report", "FND-005/mine/M39/2025", "--state", "partial", "--lang", "en");
        assertThat(report.out()).contains("is now partially rectified");
        var verified = run(
                "inspection", "report", "ENV-004/mine/M03/soil-water-plan", "--state", "rectifying", "--lang", "en");
        assertThat(verified.exitCode()).isEqualTo(2);

        var status = run("inspection", "status", "--as-of", "2026-02-20", "--lang", "en");
        assertThat(status.exitCode()).as("overdue findings give exit 1").isEqualTo(1);
        assertThat(status.out()).contains("partially rectified");
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(prefix)) return i;
        return Integer.MAX_VALUE;
    }

    @Test
    void aBadDirectoryWorkbookIsRefusedWithEveryCellNamed() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");
        var r = run("inspection", "directory", bad.toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("bad.xlsx").contains("not a readable .xlsx workbook");
    }
}
