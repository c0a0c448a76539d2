package org.minecheck.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * The local PostgreSQL (127.0.0.1:5432, user postgres, trust authentication; {@code .ci/run} starts it) with a
 * database {@code minecheck_test}, created when missing, and a fresh schema per test. A PostgreSQL that cannot be
 * reached fails the test: store tests are never skipped.
 */
public final class PostgresTestDatabase {
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    public static final String DATABASE = "minecheck_test";
    public static final String USER = "postgres";

    private PostgresTestDatabase() {}

    /** A new, empty schema in minecheck_test; the properties that point the application at it. */
    public static Map<String, String> freshSchema(String schema) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "")) {
            boolean exists;
            try (var st = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                st.setString(1, DATABASE);
                exists = st.executeQuery().next();
            }
            if (!exists) {
                try (var st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + DATABASE);
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) throw e; // created meanwhile by another test JVM
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(
                    "PostgreSQL at 127.0.0.1:5432 (user postgres) cannot be reached: "
                            + e.getMessage()
                            + ". The store tests need it: start it (.ci/run does: pg_ctlcluster <version> main "
                            + "start) and run them again.",
                    e);
        }
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
        return Map.of(
                "spring.datasource.url",
                SERVER + DATABASE + "?currentSchema=" + schema,
                "spring.datasource.username",
                USER,
                "spring.datasource.password",
                "");
    }

    public static void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private static void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, USER, "");
                var st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL database " + DATABASE + ": " + e.getMessage(), e);
        }
    }
}
