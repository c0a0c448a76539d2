package org.minecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.engine.CheckResult;
import org.minecheck.testing.TestRules;
import org.minecheck.testing.TestWorkbook;

/**
 * The JSON report as another program sees it: a real check of a real workbook, the JSON parsed with Jackson, and each
 * field of docs/json-format.md asserted by name.
 */
class JsonReportTest {
    private static final LocalDate CHECK_DATE = LocalDate.of(2025, 6, 30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DEPARTMENTS = Set.of(
            "natural-resources",
            "ecology-environment",
            "emergency-management",
            "forestry-grassland",
            "water-resources",
            "finance",
            "county-government",
            "issuing-department",
            "data");

    @TempDir
    Path dir;

    private Path workbook;

    /** Mine M1's mining licence C1 expired on 2024-12-31 (证照!G2): LIC-001 on 2025-06-30. */
    @BeforeEach
    void expiredLicence() throws IOException {
        workbook = TestWorkbook.oneMine("山西某矿业有限公司", LocalDate.of(2024, 12, 31)).write(dir.resolve("mine.xlsx"));
    }

    private CheckResult check(Path... files) {
        return TestRules.runner().check(List.of(files), CHECK_DATE);
    }

    private static byte[] json(CheckResult result, boolean chinese) throws IOException {
        var out = new ByteArrayOutputStream();
        new JsonReport()
                .write(
                        result,
                        new FindingText(
                                TestRules.book(),
                                chinese ? org.minecheck.i18n.Texts.CHINESE : org.minecheck.i18n.Texts.ENGLISH,
                                result.checkDate()),
                        out);
        return out.toByteArray();
    }

    private static JsonNode parse(byte[] json) throws IOException {
        return JSON.readTree(json);
    }

    private static JsonNode lic001(JsonNode report) {
        List<JsonNode> found = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().equals("LIC-001")) found.add(f);
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static JsonNode evidence(JsonNode finding, String name) {
        for (JsonNode e : finding.get("evidence")) if (e.get("name").asText().equals(name)) return e;
        throw new AssertionError("no evidence " + name + " in " + finding);
    }

    @Test
    void theTopLevelSaysWhatWasCheckedAndHoldsFindingsErrorsAndNotices() throws IOException {
        JsonNode report = parse(json(check(workbook), true));

        assertThat(report.get("formatVersion").asText()).isEqualTo("1");
        assertThat(report.get("checkDate").asText()).isEqualTo("2025-06-30");
        assertThat(report.get("language").asText()).isEqualTo("zh");
        assertThat(report.get("rulePack").asText()).isEqualTo(TestRules.book().packName());
        assertThat(report.get("files")).extracting(JsonNode::asText).containsExactly("mine.xlsx");
        assertThat(report.get("findings").isArray()).isTrue();
        assertThat(report.get("errors").isArray()).isTrue();
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("notices").isArray()).isTrue();
    }

    @Test
    void aFindingCarriesRuleSeverityDepartmentAndItsSubject() throws IOException {
        JsonNode f = lic001(parse(json(check(workbook), true)));

        assertThat(f.get("ruleId").asText()).isEqualTo("LIC-001");
        assertThat(f.get("severity").asText()).isEqualTo("critical");
        assertThat(f.get("department").asText()).isEqualTo("natural-resources");
        assertThat(f.get("departmentName").asText()).isEqualTo("自然资源");
        assertThat(f.get("title").asText()).isEqualTo("生产矿山无有效采矿许可证");
        assertThat(f.get("rectification").asText()).isNotBlank();
        JsonNode subject = f.get("subject");
        assertThat(subject.get("type").asText()).isEqualTo("mine");
        assertThat(subject.get("id").asText()).isEqualTo("M1");
        assertThat(subject.get("name").asText()).isEqualTo("矿山M1");
        assertThat(subject.get("enterpriseId").asText()).isEqualTo("E1");
        assertThat(subject.get("enterpriseName").asText()).isEqualTo("山西某矿业有限公司");
    }

    @Test
    void everyFindingUsesOnlyTheDocumentedCodes() throws IOException {
        JsonNode report = parse(json(check(workbook), false));

        assertThat(report.get("findings")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("ruleId").asText()).matches("[A-Z]+-\\d{3}");
            assertThat(f.get("severity").asText()).isIn("critical", "major", "minor", "warning");
            assertThat(f.get("department").asText()).isIn(DEPARTMENTS);
            assertThat(f.get("subject").get("type").asText())
                    .isIn("mine", "licence", "site", "enterprise", "region", "historical-mine", "zone");
        });
    }

    @Test
    void theMessageIsFilledInChineseAndInEnglishWithNoPlaceholderLeft() throws IOException {
        var result = check(workbook);
        JsonNode zh = lic001(parse(json(result, true)));
        JsonNode en = lic001(parse(json(result, false)));

        String zhMessage = zh.get("message").asText();
        String enMessage = en.get("message").asText();
        assertThat(zhMessage)
                .isNotBlank()
                .doesNotContainPattern("\\{[A-Za-z0-9_.-]+}")
                .contains("M1", "C1", "2024-12-31", "2025-06-30")
                .matches("(?s).*\\p{IsHan}.*");
        assertThat(enMessage)
                .isNotBlank()
                .doesNotContainPattern("\\{[A-Za-z0-9_.-]+}")
                .contains("M1", "C1", "2024-12-31", "2025-06-30");
        // the only Chinese in the English text is the data itself (the mine's name)
        assertThat(enMessage.replace("矿山M1", "")).doesNotContainPattern("\\p{IsHan}");
        assertThat(zhMessage).isNotEqualTo(enMessage);
        assertThat(zh.get("title").asText()).isNotEqualTo(en.get("title").asText());
        assertThat(en.get("departmentName").asText())
                .isNotEqualTo(zh.get("departmentName").asText());
    }

    @Test
    void noFindingOfTheRunLeavesAPlaceholderUnfilledInEitherLanguage() throws IOException {
        // more findings than LIC-001: no licence at all (the LIC-001 variant) and no safety licence (LIC-005)
        TestWorkbook book = TestWorkbook.oneMine("乙公司", LocalDate.of(2024, 12, 31));
        book.sheetNamed("矿山").row("M2", "矿山M2", "E1", "140100", "煤", "地下开采", "生产", "小型");
        var result = check(book.write(dir.resolve("two.xlsx")));

        for (boolean chinese : new boolean[] {true, false}) {
            JsonNode report = parse(json(result, chinese));
            assertThat(report.get("findings").size()).isGreaterThanOrEqualTo(3);
            assertThat(report.get("findings")).allSatisfy(f -> {
                assertThat(f.get("message").asText()).isNotBlank().doesNotContainPattern("\\{[A-Za-z0-9_.-]+}");
                assertThat(f.get("title").asText()).isNotBlank().doesNotMatch("[A-Z]+-\\d{3}");
            });
        }
    }

    @Test
    void theBasisNamesTheCitationLawArticleAndWhetherItIsVerified() throws IOException {
        JsonNode f = lic001(parse(json(check(workbook), true)));

        assertThat(f.get("basis")).isNotEmpty().allSatisfy(b -> {
            assertThat(b.get("citation").asText()).isNotBlank();
            assertThat(b.get("title").asText()).isNotBlank();
            assertThat(b.get("article").asText()).isNotBlank();
            assertThat(b.get("verified").isBoolean()).isTrue();
            assertThat(b.get("verification").asText()).isIn("V-text", "V-page", "V-cited", "M");
            assertThat(b.get("verified").asBoolean())
                    .isEqualTo(!b.get("verification").asText().equals("M"));
            assertThat(b.has("summary") && b.has("source") && b.has("inForceFrom") && b.has("inForceTo"))
                    .isTrue();
        });
        assertThat(f.get("basis")).extracting(b -> b.get("citation").asText()).contains("mrl-mining-right");
    }

    @Test
    void evidenceReadFromTheWorkbookNamesTheRealCellAndItHoldsThatValue() throws IOException {
        JsonNode f = lic001(parse(json(check(workbook), true)));

        JsonNode validUntil = evidence(f, "validUntil");
        assertThat(validUntil.get("value").asText()).isEqualTo("2024-12-31");
        assertThat(validUntil.get("file").asText()).isEqualTo("mine.xlsx");
        assertThat(validUntil.get("sheet").asText()).isEqualTo("证照");
        assertThat(validUntil.get("row").asInt()).isEqualTo(2);
        assertThat(validUntil.get("column").asText()).isEqualTo("G");
        assertThat(validUntil.get("label").asText()).isEqualTo("有效期止");

        // every evidence value with a location is what that cell of the workbook shows
        try (InputStream in = Files.newInputStream(workbook);
                Workbook wb = new XSSFWorkbook(in)) {
            for (JsonNode e : f.get("evidence")) {
                if (e.get("sheet").isNull()) continue;
                var ref = new CellReference(
                        e.get("column").asText() + e.get("row").asInt());
                Cell cell = wb.getSheet(e.get("sheet").asText())
                        .getRow(ref.getRow())
                        .getCell(ref.getCol());
                assertThat(shown(cell))
                        .as(e.get("name").asText())
                        .isEqualTo(e.get("value").asText());
            }
        }
    }

    private static String shown(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return cell.toString();
    }

    @Test
    void aComputedEvidenceValueHasNoLocation() throws IOException {
        JsonNode checkDate = evidence(lic001(parse(json(check(workbook), true))), "checkDate");

        assertThat(checkDate.get("value").asText()).isEqualTo("2025-06-30");
        assertThat(checkDate.get("file").isNull()).isTrue();
        assertThat(checkDate.get("sheet").isNull()).isTrue();
        assertThat(checkDate.get("row").isNull()).isTrue();
        assertThat(checkDate.get("column").isNull()).isTrue();
    }

    @Test
    void aBrokenWorkbookGivesErrorsWithFileSheetRowColumnValueAndMessageAndNoFinding() throws IOException {
        TestWorkbook book = TestWorkbook.compliantMine();
        book.sheetNamed("证照").row("S2", "安全生产许可证", "M1", "E1", null, "2020-01-01", "2030-13-01", "有效");
        var result = check(book.write(dir.resolve("broken.xlsx")), dir.resolve("missing.xlsx"));

        JsonNode report = parse(json(result, false));

        assertThat(report.get("findings")).isEmpty();
        assertThat(report.get("errors")).hasSize(2);
        JsonNode date = report.get("errors").get(0);
        assertThat(date.get("file").asText()).isEqualTo("broken.xlsx");
        assertThat(date.get("sheet").asText()).isEqualTo("证照");
        assertThat(date.get("row").asInt()).isEqualTo(4);
        assertThat(date.get("column").asText()).isEqualTo("G");
        assertThat(date.get("value").asText()).isEqualTo("2030-13-01");
        assertThat(date.get("code").asText()).isEqualTo("ingest.expectedDate");
        assertThat(date.get("message").asText()).contains("date expected", "2030-13-01");
        JsonNode missing = report.get("errors").get(1);
        assertThat(missing.get("file").asText()).isEqualTo("missing.xlsx");
        assertThat(missing.get("code").asText()).isEqualTo("ingest.noSuchFile");
        // not applicable to a whole file: null, as documented (not "" or 0)
        assertThat(missing.get("sheet").isNull()).isTrue();
        assertThat(missing.get("row").isNull()).isTrue();
        assertThat(missing.get("column").isNull()).isTrue();
    }

    @Test
    void theSameInputGivesByteIdenticalJson() throws IOException {
        TestWorkbook book = TestWorkbook.oneMine("乙公司", LocalDate.of(2024, 12, 31));
        book.sheetNamed("矿山")
                .row("M2", "矿山M2", "E1", "140100", "煤", "地下开采", "生产", "小型")
                .row("M3", "矿山M3", "E1", "140100", "煤", "地下开采", "生产", "小型");
        Path file = book.write(dir.resolve("many.xlsx"));

        byte[] first = json(check(file), true);
        byte[] second = json(check(file), true);

        assertThat(parse(first).get("findings").size()).isGreaterThanOrEqualTo(5);
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
    }
}
