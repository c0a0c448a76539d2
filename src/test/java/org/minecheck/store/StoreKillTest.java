package org.minecheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.synthetic.SyntheticProvince;

/**
 * kill -9 at random points of real {@code import} and {@code check --dataset} processes (the application in a child
 * JVM, on the embedded H2 file), in a loop: after every kill the database holds each dataset version with all of its
 * workbooks and each run with all of its findings and result states, or nothing of them; the next command works. The
 * workbooks are generated provinces big enough that the writes take a noticeable share of a command's time.
 */
class StoreKillTest {
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    private Process start(Path data, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-Dminecheck.data-dir=" + data,
                "-cp",
                System.getProperty("java.class.path"),
                "org.minecheck.MinecheckApplication"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private long runToCompletion(Path data, String... args) throws Exception {
        long t = System.nanoTime();
        Process p = start(data, args);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args)).isIn(0, 1);
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** Every stored version and run is whole; returns [versions, runs]. */
    static int[] assertWhole(Connection c) throws SQLException {
        int versions = 0;
        try (var st = c.createStatement();
                var rs = st.executeQuery("""
                        SELECT v.id, v.file_count, (SELECT COUNT(*) FROM dataset_file f WHERE f.dataset_id = v.id)
                        FROM dataset_version v""")) {
            while (rs.next()) {
                versions++;
                assertThat(rs.getInt(3)).as("files of version " + rs.getLong(1)).isEqualTo(rs.getInt(2));
            }
        }
        int runs = 0;
        try (var st = c.createStatement();
                var rs = st.executeQuery("""
                        SELECT r.id, r.critical_count + r.major_count + r.minor_count + r.warning_count
                                     + r.waived_count,
                               (SELECT COUNT(*) FROM finding f WHERE f.run_id = r.id),
                               (SELECT COUNT(*) FROM result_state s WHERE s.run_id = r.id)
                        FROM run r""")) {
            while (rs.next()) {
                runs++;
                assertThat(rs.getInt(3)).as("findings of run " + rs.getLong(1)).isEqualTo(rs.getInt(2));
                assertThat(rs.getInt(4))
                        .as("result states of run " + rs.getLong(1))
                        .isPositive();
            }
        }
        return new int[] {versions, runs};
    }

    private static Connection h2(Path data) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + data.resolve("minecheck") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "", "");
    }

    @Test
    @Timeout(value = 1500, unit = TimeUnit.SECONDS)
    void aKilledImportOrCheckLeavesTheWholeVersionOrRunOrNothing() throws Exception {
        Path data = dir.resolve("data");
        List<Path> books = new ArrayList<>();
        for (int i = 0; i <= KILLS; i++) {
            Path p = dir.resolve("province-" + i + ".xlsx");
            SyntheticProvince.write(150, i, TestRules.book().minerals(), p);
            books.add(p);
        }
        long importMillis = runToCompletion(data, "import", books.get(0).toString());
        long checkMillis = runToCompletion(data, "check", "--dataset", "1", "--as-of", "2025-12-31");
        Random random = new Random(10);
        int importsStored = 0;
        int checksStored = 0;
        for (int i = 1; i <= KILLS; i++) {
            int[] before;
            try (Connection c = h2(data)) {
                before = assertWhole(c);
            }
            boolean isImport = i % 2 == 1;
            String[] args = isImport
                    ? new String[] {"import", books.get(i).toString()}
                    : new String[] {"check", "--dataset", "1", "--as-of", "2025-12-" + (10 + i)};
            long span = isImport ? importMillis : checkMillis;
            Process p = start(data, args);
            // a point spread over the command's life and a little past it
            Thread.sleep((long) (span * 1.1 * (0.3 + 0.7 * random.nextDouble())));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            try (Connection c = h2(data)) {
                int[] after = assertWhole(c);
                if (isImport && after[0] > before[0]) importsStored++;
                if (!isImport && after[1] > before[1]) checksStored++;
                assertThat(after[0] - before[0]).isBetween(0, 1);
                assertThat(after[1] - before[1]).isBetween(0, 1);
            }
        }
        // the database works on: the last workbook imported and checked to the end
        runToCompletion(data, "import", books.get(KILLS).toString());
        runToCompletion(data, "check", "--dataset", "1", "--as-of", "2025-12-30");
        try (Connection c = h2(data)) {
            int[] end = assertWhole(c);
            System.out.printf(
                    "store kill test: import %d ms, check %d ms; %d kills, %d of them after the import was stored,"
                            + " %d after the run was stored; at the end %d versions, %d runs, all whole%n",
                    importMillis, checkMillis, KILLS, importsStored, checksStored, end[0], end[1]);
        }
    }
}
