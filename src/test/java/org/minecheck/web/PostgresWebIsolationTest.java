package org.minecheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.store.PostgresTestDatabase;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@link WebIsolationContract} on PostgreSQL, with the application connected as a role that owns nothing
 * ({@value #APP_ROLE}): the schema is migrated by its owner first, and row-level security then hides every row of
 * another tenant even from a query that forgot its filter. No demo accounts are created on PostgreSQL.
 */
class PostgresWebIsolationTest extends WebIsolationContract {
    static final String APP_ROLE = "minecheck_web_app_test";

    @TempDir
    Path dir;

    final String schema = "web_iso_" + Long.toHexString(System.nanoTime());
    WebServer server;

    @Override
    WebServer server() {
        Map<String, String> owner = new HashMap<>(PostgresTestDatabase.freshSchema(schema));
        // first start as the owner: migrates the schema; no demo accounts on PostgreSQL
        try (WebServer migrating = WebServer.start(dir.resolve("owner"), owner)) {
            assertThat(migrating.printed).doesNotContain("demo accounts");
            assertThat(migrating.bean(AccountRepository.class).count()).isZero();
        }
        execute(
                "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + APP_ROLE + "') THEN"
                        + " CREATE ROLE " + APP_ROLE + " LOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$",
                "GRANT USAGE ON SCHEMA " + schema + " TO " + APP_ROLE,
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + APP_ROLE,
                "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + APP_ROLE);
        Map<String, String> app = new HashMap<>(owner);
        app.put("spring.datasource.username", APP_ROLE);
        server = WebServer.start(dir.resolve("app"), app);
        AccountRepository accounts = server.bean(AccountRepository.class);
        PasswordEncoder encoder = server.bean(PasswordEncoder.class);
        for (DemoAccounts.Demo d : DemoAccounts.ACCOUNTS) {
            accounts.create(
                    new WebUser(d.username(), encoder.encode(d.password()), d.displayName(), d.tenant()),
                    Tokens.sha256(d.token()));
        }
        return server;
    }

    /** The second wall itself: as the application's role, without the tenant set, no run is visible at all. */
    @Test
    void rowLevelSecurityHidesRunsFromAQueryWithoutItsTenant() throws Exception {
        aTenantReachesOnlyItsOwnRunsAndRegulatorsOnlyTheSubmissionsOfTheirRegion();
        String url = PostgresTestDatabase.SERVER + PostgresTestDatabase.DATABASE + "?currentSchema=" + schema;
        try (Connection c = DriverManager.getConnection(url, APP_ROLE, "")) {
            c.setAutoCommit(false);
            assertThat(count(c, "SELECT COUNT(*) FROM web_run")).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM web_finding")).isZero();
            assertThat(count(c, "SELECT COUNT(*) FROM web_upload")).isZero();
            c.createStatement().execute("SELECT set_config('app.tenant_id', '91140603MADEMO0002', true)");
            assertThat(count(c, "SELECT COUNT(*) FROM web_run")).isZero(); // the second enterprise has none
            c.rollback();
            c.createStatement().execute("SELECT set_config('app.tenant_id', '91140603MADEMO0001', true)");
            assertThat(count(c, "SELECT COUNT(*) FROM web_run")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM web_finding")).isEqualTo(66);
            c.rollback();
            // a regulator of another county sees no submission; the county's own regulator sees the submitted run
            c.createStatement().execute("SELECT set_config('app.region_prefix', '140602', true)");
            assertThat(count(c, "SELECT COUNT(*) FROM web_run")).isZero();
            c.rollback();
            c.createStatement().execute("SELECT set_config('app.region_prefix', '140603', true)");
            assertThat(count(c, "SELECT COUNT(*) FROM web_run")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM web_upload")).isZero();
            c.rollback();
        }
    }

    /** The start-up check: without its policies the web door does not start. */
    @Test
    void theDoorRefusesToStartWithoutThePolicies() {
        Map<String, String> owner = new HashMap<>(PostgresTestDatabase.freshSchema(schema));
        try (WebServer migrating = WebServer.start(dir.resolve("owner"), owner)) {
            // migrated
        }
        execute("SET search_path TO " + schema + "; DROP POLICY web_upload_tenant ON web_upload");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WebServer.start(dir.resolve("again"), owner))
                .hasStackTraceContaining("row-level security is missing on table web_upload");
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(
                        PostgresTestDatabase.SERVER + PostgresTestDatabase.DATABASE, PostgresTestDatabase.USER, "");
                var st = c.createStatement()) {
            for (String s : statements) st.execute(s);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
        PostgresTestDatabase.dropSchema(schema);
    }
}
