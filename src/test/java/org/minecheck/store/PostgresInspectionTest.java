package org.minecheck.store;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The joint inspection on the local PostgreSQL: a fresh schema of its own. Never skipped. */
class PostgresInspectionTest extends InspectionContract {
    private static final String SCHEMA =
            "inspection_test_" + ProcessHandle.current().pid();
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
