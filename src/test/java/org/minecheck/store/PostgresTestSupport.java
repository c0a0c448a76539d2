package org.minecheck.store;

import java.util.Map;

/** {@link PostgresTestDatabase} for tests in other packages (a fresh schema per test on the local PostgreSQL). */
public final class PostgresTestSupport {
    private PostgresTestSupport() {}

    public static Map<String, String> freshSchema(String schema) {
        return PostgresTestDatabase.freshSchema(schema);
    }

    public static void dropSchema(String schema) {
        PostgresTestDatabase.dropSchema(schema);
    }
}
