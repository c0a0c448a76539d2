package org.minecheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.testing.TestWorkbook;

/**
 * Two shells (two JVMs running the same script) importing the same two workbooks and checking both versions against
 * one PostgreSQL at the same moment: one version per workbook and one run per request, each whole; neither process
 * fails or sees the other's half-written work.
 */
class PostgresConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void twoProcessesImportingAndCheckingAtOnceNeitherCorruptNorMix() throws Exception {
        String schema = "concurrency_test_" + ProcessHandle.current().pid();
        Map<String, String> db = PostgresTestDatabase.freshSchema(schema);
        try {
            Path a = TestWorkbook.oneMine("甲公司", LocalDate.of(2024, 12, 31)).write(dir.resolve("a.xlsx"));
            Path b = TestWorkbook.oneMine("乙公司", LocalDate.of(2025, 8, 31)).write(dir.resolve("b.xlsx"));
            Path script = dir.resolve("season.txt");
            Files.writeString(
                    script,
                    "import " + a + "\nimport " + b + "\ncheck --dataset 1 --as-of 2025-06-30\n"
                            + "check --dataset 2 --as-of 2025-06-30\nruns\n");
            List<Process> shells = new ArrayList<>();
            for (int i = 0; i < 2; i++) shells.add(start(db, script, dir.resolve("out-" + i + ".txt")));
            for (int i = 0; i < 2; i++) {
                Process p = shells.get(i);
                assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue())
                        .as(Files.readString(dir.resolve("out-" + i + ".txt")))
                        .isIn(0, 1);
            }
            try (Connection c =
                    DriverManager.getConnection(db.get("spring.datasource.url"), PostgresTestDatabase.USER, "")) {
                int[] counts = StoreKillTest.assertWhole(c);
                assertThat(counts).containsExactly(2, 2);
                try (var st = c.createStatement();
                        var rs = st.executeQuery("SELECT COUNT(DISTINCT digest) FROM rule_pack")) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
        } finally {
            PostgresTestDatabase.dropSchema(schema);
        }
    }

    private static Process start(Map<String, String> db, Path script, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1"));
        db.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), "org.minecheck.MinecheckApplication", "@" + script));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
    }
}
