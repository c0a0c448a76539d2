package org.minecheck.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.minecheck.store.Store;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Repository;

/**
 * Accounts: the one table read before anyone is signed in (sign-in by name, API calls by token digest), so its queries
 * take no tenant; it holds no tenant's data, only who belongs to which tenant.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Repository
public class AccountRepository {
    private final Store store;

    public AccountRepository(Store store) {
        this.store = store;
    }

    @BeforeTenant
    public Optional<WebUser> byUsername(String username) {
        return store.jdbc()
                .sql("SELECT username, password_hash, display_name, tenant_id, role, region_code FROM web_account"
                        + " WHERE username = ?")
                .param(username)
                .query((rs, i) -> user(rs))
                .optional();
    }

    /** The account whose API token has this SHA-256 (tokens are stored as digests only). */
    @BeforeTenant
    public Optional<WebUser> byTokenDigest(String sha256) {
        return store.jdbc()
                .sql("SELECT username, password_hash, display_name, tenant_id, role, region_code FROM web_account"
                        + " WHERE api_token_sha256 = ?")
                .param(sha256)
                .query((rs, i) -> user(rs))
                .optional();
    }

    @BeforeTenant
    public long count() {
        return store.jdbc()
                .sql("SELECT COUNT(*) FROM web_account")
                .query(Long.class)
                .single();
    }

    @BeforeTenant
    public void create(WebUser user, String tokenSha256) {
        store.jdbc()
                .sql("INSERT INTO web_account (username, password_hash, role, tenant_id, region_code, display_name,"
                        + " api_token_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        user.username(),
                        user.passwordHash(),
                        user.tenant().role().name(),
                        user.tenant().id(),
                        user.tenant().regionCode(),
                        user.displayName(),
                        tokenSha256,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static WebUser user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WebUser(
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                new Tenant(
                        rs.getString("tenant_id"),
                        Tenant.Role.valueOf(rs.getString("role")),
                        rs.getString("region_code")));
    }
}
