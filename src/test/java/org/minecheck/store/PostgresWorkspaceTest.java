package org.minecheck.store;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The workspace on the local PostgreSQL: a fresh schema of minecheck_test per test. Never skipped. */
class PostgresWorkspaceTest extends WorkspaceContract {
    private static final String SCHEMA =
            "workspace_test_" + ProcessHandle.current().pid();
    private Map<String, String> properties;

    @BeforeEach
    void freshSchema() {
        properties = PostgresTestDatabase.freshSchema(SCHEMA);
    }

    @AfterEach
    void dropSchema() {
        PostgresTestDatabase.dropSchema(SCHEMA);
    }

    @Override
    Map<String, String> database() {
        return properties;
    }
}
