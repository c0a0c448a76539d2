package org.minecheck.web;

import java.util.List;
import org.minecheck.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the web door refuses to start unless row-level security (V3_1) is on and forced for each tenant-owned
 * table and each has its policy: the second wall behind the repository's tenant filter. It warns when the application
 * connects as a role the policies do not bind (a superuser, a role with BYPASSRLS), which should be a separate,
 * non-owner role in production (docs/web.md).
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
class RowSecurityCheck {
    private static final Logger LOG = LoggerFactory.getLogger(RowSecurityCheck.class);
    static final List<String> TABLES = List.of("web_run", "web_upload", "web_finding");

    RowSecurityCheck(Store store) {
        if (!"postgresql".equals(store.vendor())) return;
        for (String table : TABLES) {
            boolean secured = store.jdbc()
                    .sql("SELECT c.relrowsecurity AND c.relforcerowsecurity FROM pg_class c"
                            + " WHERE c.oid = to_regclass(?)")
                    .param(table)
                    .query(Boolean.class)
                    .optional()
                    .orElse(false);
            long policies = store.jdbc()
                    .sql("SELECT COUNT(*) FROM pg_policy p WHERE p.polrelid = to_regclass(?)")
                    .param(table)
                    .query(Long.class)
                    .single();
            if (!secured || policies == 0) {
                throw new IllegalStateException("row-level security is missing on table " + table
                        + " (expected from migration V3_1): the web door does not start without it");
            }
        }
        boolean bypasses = store.jdbc()
                .sql("SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class)
                .single();
        if (bypasses) {
            LOG.warn("the web door connects to PostgreSQL as a superuser or a role with BYPASSRLS: row-level security"
                    + " does not bind it; connect as a non-owner application role (docs/web.md)");
        }
    }
}
