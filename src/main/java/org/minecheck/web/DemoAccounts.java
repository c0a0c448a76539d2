package org.minecheck.web;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minecheck.store.Store;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On first start on the embedded H2 database (never on PostgreSQL), creates the demo accounts the README lists and
 * prints them: two enterprises of the demo county 平鲁区 (140603) and its regulator, plus a regulator of another county
 * who must see none of them. Switched off with {@code minecheck.web.demo-accounts=false}. (Web beans listen for the
 * start instead of being ApplicationRunners: Spring Shell's runner steps back when any other runner exists.)
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Component
@Order(0)
class DemoAccounts implements ApplicationListener<ApplicationStartedEvent> {
    record Demo(String username, String password, String token, String displayName, Tenant tenant) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo(
                    "qiye1",
                    "qiye1-demo",
                    "demo-token-qiye1",
                    "演示企业一（平鲁区）",
                    new Tenant("91140603MADEMO0001", Tenant.Role.ENTERPRISE, "140603")),
            new Demo(
                    "qiye2",
                    "qiye2-demo",
                    "demo-token-qiye2",
                    "演示企业二（平鲁区）",
                    new Tenant("91140603MADEMO0002", Tenant.Role.ENTERPRISE, "140603")),
            new Demo(
                    "jianguan",
                    "jianguan-demo",
                    "demo-token-jianguan",
                    "平鲁区自然资源局（演示）",
                    new Tenant("region:140603", Tenant.Role.REGULATOR, "140603")),
            new Demo(
                    "jianguan2",
                    "jianguan2-demo",
                    "demo-token-jianguan2",
                    "朔城区自然资源局（演示）",
                    new Tenant("region:140602", Tenant.Role.REGULATOR, "140602")));

    private final Store store;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final boolean enabled;

    DemoAccounts(
            Store store,
            AccountRepository accounts,
            PasswordEncoder encoder,
            @Value("${minecheck.web.demo-accounts:true}") boolean enabled) {
        this.store = store;
        this.accounts = accounts;
        this.encoder = encoder;
        this.enabled = enabled;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (!enabled || !"h2".equals(store.vendor()) || accounts.count() > 0) return;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("demo accounts (embedded database only; user / password / API token):");
        for (Demo d : ACCOUNTS) {
            accounts.create(
                    new WebUser(d.username(), encoder.encode(d.password()), d.displayName(), d.tenant()),
                    Tokens.sha256(d.token()));
            out.println("  " + d.username() + " / " + d.password() + " / " + d.token() + "  (" + d.displayName() + ", "
                    + d.tenant().role().name().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }
}
