package org.minecheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.testing.TestWorkbook;

/**
 * The workspace's commands as a regulator types them, against a real database: {@link H2WorkspaceTest} runs them on
 * the embedded H2 file, {@link PostgresWorkspaceTest} on the local PostgreSQL.
 */
abstract class WorkspaceContract {
    @TempDir
    Path dir;

    /** The properties that point the application at this test's empty database. */
    abstract Map<String, String> database();

    ShellRun.Result run(String... args) {
        return ShellRun.run(database(), args);
    }

    private String workbook(String name, LocalDate miningLicenceUntil) throws IOException {
        return TestWorkbook.oneMine("甲公司", miningLicenceUntil)
                .write(dir.resolve(name))
                .toAbsolutePath()
                .toString();
    }

    @Test
    void importStoresAVersionOnceAndSaysSoWhenTheSameBytesComeAgain() throws IOException {
        String file = workbook("season.xlsx", LocalDate.of(2024, 12, 31));

        var first = run("import", file, "--lang", "en");
        var again = run("import", file, "--lang", "en");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("Imported as dataset version 1: 1 file(s)")
                .contains("season.xlsx");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Already imported as version 1");
    }

    @Test
    void aWorkbookWithInputProblemsIsNotStoredAndItsProblemsAreShownAsCheckShowsThem() throws IOException {
        TestWorkbook book = TestWorkbook.compliantMine();
        book.sheetNamed("证照").row("S2", "安全生产许可证", "M1", "E1", null, "2020-01-01", "2030-13-01", "有效");
        String broken = book.write(dir.resolve("broken.xlsx")).toAbsolutePath().toString();

        var imported = run("import", broken, "--lang", "en");
        var check = run("check", "--dataset", "1", "--as-of", "2025-06-30", "--lang", "en");

        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err())
                .contains("The input has 1 problem(s); nothing was checked")
                .contains("file broken.xlsx, sheet \"证照\", row 4, column G");
        assertThat(imported.out()).doesNotContain("Imported");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("No dataset version 1");
    }

    @Test
    void aStoredCheckKeepsItsRunAndTheSameRequestFindsThatRunAgain() throws IOException {
        run("import", workbook("season.xlsx", LocalDate.of(2024, 12, 31)));

        var first = run("check", "--dataset", "1", "--as-of", "2025-06-30", "--lang", "en");
        var same = run("check", "--dataset", "1", "--as-of", "2025-06-30", "--lang", "en");
        var later = run("check", "--dataset", "1", "--as-of", "2025-07-31", "--lang", "en");
        var runs = run("runs", "--lang", "en");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("LIC-001").contains("Stored as run 1 (dataset version 1, as of 2025-06-30");
        assertThat(same.exitCode()).isEqualTo(1);
        assertThat(same.out()).contains("LIC-001").contains("Already checked: run 1");
        assertThat(later.out()).contains("Stored as run 2");
        assertThat(runs.out().lines().filter(l -> l.matches("^[12] .*"))).hasSize(2);
        assertThat(runs.out()).contains("2025-06-30", "2025-07-31", "bundled");
    }

    @Test
    void findingsAreListedByFilterInATableAlignedForChineseText() throws IOException {
        run("import", workbook("season.xlsx", LocalDate.of(2024, 12, 31)));
        run("check", "--dataset", "1", "--as-of", "2025-06-30");

        var all = run("findings", "--run", "1");
        var critical = run("findings", "--severity", "critical", "--lang", "en");
        var otherRule = run("findings", "--run", "1", "--rule", "LIC-002", "--lang", "en");
        var otherEnterprise = run("findings", "--enterprise", "E9", "--lang", "en");

        assertThat(all.exitCode()).isZero();
        assertThat(all.out()).contains("LIC-001", "甲公司", "严重");
        assertThat(critical.out()).contains("LIC-001").contains("1 of 1 findings shown");
        assertThat(otherRule.out()).doesNotContain("LIC-001").contains("0 of 1 findings shown");
        assertThat(otherEnterprise.out()).contains("0 of 1 findings shown");
        // the enterprise column starts at the same display column in the header and in a row with Chinese text (the
        // severity) before it
        List<String> lines = all.out().lines().toList();
        String header = lines.get(0);
        String row =
                lines.stream().filter(l -> l.startsWith("LIC-001")).findFirst().orElseThrow();
        assertThat(displayColumn(row, "甲公司")).isEqualTo(displayColumn(header, "企业"));
        assertThat(displayColumn(row, "待处理")).isEqualTo(displayColumn(header, "状态"));
    }

    @Test
    void diffNamesNewResolvedAndPersistingFindingsAndTheCellWhoseValueChanged() throws IOException {
        run("import", workbook("v1.xlsx", LocalDate.of(2024, 12, 31)));
        run("check", "--dataset", "1", "--as-of", "2025-06-30");
        // the licence's expiry edited in 证照!G2: still expired on the check date
        run("import", workbook("v2.xlsx", LocalDate.of(2025, 1, 31)));
        run("check", "--dataset", "2", "--as-of", "2025-06-30");
        // renewed until 2025-08-31: no longer expired, about to expire
        run("import", workbook("v3.xlsx", LocalDate.of(2025, 8, 31)));
        run("check", "--dataset", "3", "--as-of", "2025-06-30");

        var persisting = run("diff", "1", "2", "--lang", "en");
        var renewed = run("diff", "2", "3", "--lang", "en");
        var backwards = run("diff", "3", "1", "--lang", "en");

        assertThat(persisting.exitCode()).as(persisting.err()).isZero();
        assertThat(persisting.out())
                .contains("Run 1 → run 2", "dataset version 1 → 2", "Persisting (1)", "LIC-001/mine/M1")
                .contains("证照!G2")
                .contains("2024-12-31 → 2025-01-31");
        assertThat(renewed.out()).contains("New (1)", "LIC-002/licence/C1", "Resolved (1)", "LIC-001/mine/M1");
        assertThat(renewed.exitCode())
                .as("a new warning is below --fail-on critical")
                .isZero();
        assertThat(backwards.out()).contains("New (1)", "LIC-001/mine/M1");
        assertThat(backwards.exitCode()).as("a new critical finding").isEqualTo(1);
    }

    @Test
    void anUnknownRunIsOneLineAndExitCode2() throws IOException {
        var diff = run("diff", "7", "8", "--lang", "en");
        var findings = run("findings", "--run", "x", "--lang", "en");

        assertThat(diff.exitCode()).isEqualTo(2);
        assertThat(diff.err().strip()).isEqualTo("No run 7; \"runs\" lists the stored runs");
        assertThat(findings.exitCode()).isEqualTo(2);
        assertThat(findings.err()).contains("No run x");
    }

    @Test
    void aWaiverApprovedByAnotherUserWaivesTheFindingUntilItExpiresAndThenItIsOpenAgainNamingTheWaiver()
            throws IOException {
        run("import", workbook("season.xlsx", LocalDate.of(2024, 12, 31)));
        run("check", "--dataset", "1", "--as-of", "2025-06-30");
        String until =
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1).toString();
        String afterExpiry = LocalDate.parse(until).plusDays(1).toString();

        var noReason = run("waive", "LIC-001/mine/M1", "--until", until, "--user", "alice", "--lang", "en");
        var unknown = run("waive", "LIC-009/mine/M7", "--reason", "x", "--until", until, "--lang", "en");
        var asked = run(
                "waive",
                "LIC-001/mine/M1",
                "--reason",
                "licence renewal filed 2025-01-05",
                "--until",
                until,
                "--user",
                "alice",
                "--lang",
                "en");
        var self = run("waiver", "approve", "W1", "--user", "alice", "--lang", "en");
        var pending = run("check", "--dataset", "1", "--as-of", "2025-06-30", "--lang", "en");
        var approved = run("waiver", "approve", "W1", "--user", "bob", "--lang", "en");
        var waived = run("check", "--dataset", "1", "--as-of", "2025-06-30", "--lang", "en");
        var again = run("check", "--dataset", "1", "--as-of", "2025-06-30", "--lang", "en");
        var expired = run("check", "--dataset", "1", "--as-of", afterExpiry, "--lang", "en");
        var soon = run("waivers", "--expiring-within", "400d", "--lang", "en");
        var notSoon = run("waivers", "--expiring-within", "30d", "--lang", "en");
        var onlyWaived = run("findings", "--run", "2", "--status", "waived", "--lang", "en");

        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err().strip()).isEqualTo("A waiver needs its justification: --reason TEXT");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("No finding LIC-009/mine/M7 in any stored run");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(asked.out()).contains("Waiver W1 asked for: LIC-001/mine/M1 until " + until);
        assertThat(self.exitCode()).isEqualTo(2);
        assertThat(self.err().strip()).isEqualTo("Waiver W1 was asked for by alice: another user must approve it");
        assertThat(pending.out())
                .as("an unapproved waiver waives nothing")
                .contains("Already checked: run 1")
                .doesNotContain("WAIVED");
        assertThat(approved.exitCode()).isZero();
        assertThat(approved.out()).contains("Waiver W1 approved by bob");
        assertThat(waived.exitCode()).as("the only critical finding is waived").isZero();
        assertThat(waived.out())
                .contains("LIC-001/mine/M1", "WAIVED W1", "Stored as run 2")
                .contains("Waived in this run: 1; waivers in force on its date: W1");
        assertThat(again.out()).as("the same request under the same waivers").contains("Already checked: run 2");
        assertThat(expired.exitCode()).isEqualTo(1);
        assertThat(expired.out()).contains("LIC-001/mine/M1", "open: waiver W1 expired", "Stored as run 3");
        assertThat(soon.out()).contains("W1", "LIC-001/mine/M1", "in force", "alice", "bob", "1 of 1 waivers shown");
        assertThat(notSoon.out()).contains("0 of 1 waivers shown");
        assertThat(onlyWaived.out()).contains("WAIVED W1").contains("1 of 1 findings shown");
    }

    @Test
    void complianceRatesLeaveOutNotApplicablePairsAndCountUndecidedApart() throws IOException {
        run("import", workbook("season.xlsx", LocalDate.of(2024, 12, 31)));
        run("check", "--dataset", "1", "--as-of", "2025-06-30");

        var rates = run("compliance", "--lang", "en");

        assertThat(rates.exitCode()).as(rates.err()).isZero();
        assertThat(rates.out())
                .contains("Compliance of run 1 (dataset version 1, as of 2025-06-30)")
                .contains("All rules", "Area", "Department", "Region", "licence")
                .contains("Rate = pass ÷ (pass + fail + waived)");
        // the licence area: LIC-001 fails on M1, so its rate is below 100 %
        String licence = rates.out()
                .lines()
                .filter(l -> l.startsWith("licence "))
                .findFirst()
                .orElseThrow();
        assertThat(licence).doesNotContain("100.0%").containsPattern("\\d+\\.\\d%");
    }

    @Test
    void replayVerifyReproducesAStoredRunAndExplainSaysWhatIsWrongAndWhatClearsIt() throws IOException {
        run("import", workbook("season.xlsx", LocalDate.of(2024, 12, 31)));
        run("check", "--dataset", "1", "--as-of", "2025-06-30");

        var replay = run("replay", "1", "--verify", "--lang", "en");
        var explain = run("explain", "LIC-001/mine/M1", "--lang", "en");
        var unknown = run("replay", "9", "--lang", "en");

        assertThat(replay.exitCode()).as(replay.out() + replay.err()).isZero();
        assertThat(replay.out())
                .contains("Replayed run 1")
                .contains("Identical: run 1's 1 finding(s)")
                .doesNotContain("differs:");
        assertThat(explain.exitCode()).as(explain.err()).isZero();
        assertThat(explain.out())
                .contains("LIC-001/mine/M1 — Producing mine without a valid mining licence")
                .contains("What is wrong", "not in force on 2025-06-30")
                .contains("Values", "2024-12-31", "证照!G")
                .contains("Basis")
                .contains("What clears it", "A mining licence in force on 2025-06-30");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("No run 9; \"runs\" lists the stored runs");
    }

    @Test
    void diffNamesAChangedParameterOfThePackAndADeadlineTheAsOfDatePassed() throws IOException {
        run("import", workbook("season.xlsx", LocalDate.of(2025, 7, 15)));
        // a provincial pack that warns 400 days before expiry instead of 90
        java.nio.file.Path pack = dir.resolve("rules-province");
        java.nio.file.Files.createDirectories(pack.resolve("params"));
        java.nio.file.Files.writeString(
                pack.resolve("params/settings.csv"),
                "key,value,unit,note,verified\nlicence.expiry-warning-days,400,days,province,\n");
        run("check", "--dataset", "1", "--as-of", "2024-06-30");
        run("check", "--dataset", "1", "--as-of", "2024-06-30", "--rules", pack.toString());
        run("check", "--dataset", "1", "--as-of", "2025-07-31");

        var parameter = run("diff", "1", "2", "--lang", "en");
        var deadline = run("diff", "2", "3", "--lang", "en", "--fail-on", "warning");

        assertThat(parameter.out())
                .as(parameter.err())
                .contains("New (1)", "LIC-002/licence/C1")
                .contains("cause: parameter licence.expiry-warning-days: 90 days → 400 days");
        assertThat(deadline.out())
                .contains("New (1)", "LIC-001/mine/M1")
                .contains("cause: the as-of date passed validUntil 2025-07-15");
        assertThat(deadline.exitCode())
                .as("a new critical finding at or above --fail-on")
                .isEqualTo(1);
    }

    @Test
    void findingsAreExportedAsCsvJsonAndExcelWrittenWhole() throws IOException {
        run("import", workbook("season.xlsx", LocalDate.of(2024, 12, 31)));
        run("check", "--dataset", "1", "--as-of", "2025-06-30");
        java.nio.file.Path csv = dir.resolve("f.csv");
        java.nio.file.Path json = dir.resolve("f.json");
        java.nio.file.Path xlsx = dir.resolve("f.xlsx");

        var c = run("findings", "--format", "csv", "--out", csv.toString(), "--lang", "en");
        var j = run("findings", "--format", "json", "--out", json.toString(), "--lang", "en");
        var x = run("findings", "--format", "xlsx", "--out", xlsx.toString());
        var again = run("findings", "--format", "csv", "--out", csv.toString(), "--lang", "en");
        var noOut = run("findings", "--format", "csv", "--lang", "en");

        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("Wrote 1 finding(s) of run 1");
        String text = java.nio.file.Files.readString(csv);
        assertThat(text).startsWith("\uFEFFFinding,Rule,").contains("LIC-001/mine/M1,LIC-001,Critical");
        assertThat(j.exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(json))
                .contains("\"key\" : \"LIC-001/mine/M1\"", "\"status\" : \"open\"", "\"cell\" : ");
        assertThat(x.exitCode()).isZero();
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(xlsx.toFile())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("LIC-001/mine/M1");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("待处理");
        }
        assertThat(again.exitCode())
                .as("an existing file is not replaced without --force")
                .isEqualTo(2);
        assertThat(noOut.exitCode()).isEqualTo(2);
        assertThat(noOut.err().strip()).isEqualTo("--format csv writes a file: name it with --out FILE");
    }

    @Test
    void aScriptRunsOneCommandALineAndStopsAtTheFirstFailureWithExitCode2() throws IOException {
        String file = workbook("season.xlsx", LocalDate.of(2024, 12, 31));
        java.nio.file.Path good = dir.resolve("season.txt");
        java.nio.file.Files.writeString(
                good,
                "# a season\nimport \"" + file + "\" --lang en\ncheck --dataset 1 --as-of 2025-06-30 --lang en\n\n"
                        + "runs --lang en\n");
        java.nio.file.Path bad = dir.resolve("bad.txt");
        java.nio.file.Files.writeString(bad, "runs --lang en\ndiff 1 7 --lang en\nfindings --lang en\n");

        var ok = run("@" + good);
        var stopped = run("@" + bad);

        assertThat(ok.exitCode()).as("the check reported a critical finding").isEqualTo(1);
        assertThat(ok.out())
                .contains("minecheck> import", "Imported as dataset version 1")
                .contains("minecheck> check --dataset 1", "Stored as run 1")
                .contains("minecheck> runs");
        assertThat(stopped.exitCode()).isEqualTo(2);
        assertThat(stopped.err()).contains("No run 7").contains("bad.txt:2: stopped at \"diff 1 7 --lang en\"");
        assertThat(stopped.out()).doesNotContain("minecheck> findings");
    }

    /** Where {@code text} starts in {@code line}, counting a Chinese character as two columns. */
    static int displayColumn(String line, String text) {
        int at = line.indexOf(text);
        assertThat(at).as("'%s' in '%s'", text, line).isNotNegative();
        return Arrays.stream(line.substring(0, at).split(""))
                .mapToInt(s -> s.isEmpty()
                        ? 0
                        : Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN ? 2 : 1)
                .sum();
    }
}
