package org.minecheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minecheck.testing.TestWorkbook;

/** The workspace on the embedded H2 file database in a data folder of the test's own. */
class H2WorkspaceTest extends WorkspaceContract {

    @Override
    Map<String, String> database() {
        return Map.of("minecheck.data-dir", dir.resolve("data").toString());
    }

    @Test
    void theDatabaseFileIsCreatedInTheDataFolderByTheFirstStoreCommand() throws IOException {
        Path file = TestWorkbook.compliantMine().write(dir.resolve("a.xlsx"));

        run("import", file.toString());

        assertThat(dir.resolve("data/minecheck.mv.db")).exists();
    }

    @Test
    void oneShotCommandsNeitherOpenNorNeedADatabase() throws IOException {
        Path file = TestWorkbook.oneMine("甲公司", LocalDate.of(2024, 12, 31)).write(dir.resolve("a.xlsx"));
        // a PostgreSQL nobody listens to: a command that touched the database would fail
        Map<String, String> nowhere = Map.of(
                "minecheck.data-dir",
                dir.resolve("data").toString(),
                "spring.datasource.url",
                "jdbc:postgresql://127.0.0.1:1/none",
                "spring.datasource.username",
                "x");

        var check = ShellRun.run(nowhere, "check", file.toString(), "--as-of", "2025-06-30");
        var rules =
                ShellRun.run(Map.of("minecheck.data-dir", dir.resolve("data").toString()), "rules");
        var runs = ShellRun.run(nowhere, "runs", "--lang", "en");

        assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("LIC-001");
        assertThat(rules.exitCode()).isZero();
        assertThat(Files.exists(dir.resolve("data")))
                .as("no database created by check or rules")
                .isFalse();
        assertThat(runs.exitCode()).isEqualTo(2);
        assertThat(runs.err().strip())
                .startsWith("The database cannot be used:")
                .doesNotContain("\n");
    }
}
