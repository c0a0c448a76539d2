package org.minecheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.web.WebIsolationContract.finished;
import static org.minecheck.web.WebIsolationContract.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minecheck.engine.CheckResult;
import org.minecheck.finding.Finding;
import org.minecheck.i18n.Texts;
import org.minecheck.ingest.WorkbookInput;
import org.minecheck.report.FindingText;
import org.minecheck.testing.TestRules;
import org.minecheck.tools.synthetic.SyntheticProvince;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * 50 enterprises upload 50 different workbooks at the same moment over loopback: every upload is answered, every run
 * finishes, and each run holds exactly the findings of its own workbook (keys and messages, as a direct check of that
 * workbook gives them) and its own input digest — none lost, none mixed. The time and the peak heap are printed for
 * docs/performance.md; they are not asserted.
 */
class WebLoadTest {
    static final int TENANTS = 50;
    static final LocalDate DATE = LocalDate.of(2025, 12, 31);

    @TempDir
    Path dir;

    @Test
    void fiftyTenantsUploadAtOnceAndEachGetsItsOwnFindings() throws Exception {
        // 50 workbooks (3 enterprises each, a seed each) and what a direct check of each finds
        List<byte[]> books = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            Path file = dir.resolve("province-" + i + ".xlsx");
            SyntheticProvince.write(3, 1000 + i, TestRules.book().minerals(), file);
            byte[] bytes = Files.readAllBytes(file);
            books.add(bytes);
            CheckResult r = TestRules.runner()
                    .checkInputs(List.of(WorkbookInput.of(file.getFileName().toString(), bytes)), DATE);
            FindingText zh = new FindingText(TestRules.book(), Texts.CHINESE, DATE);
            List<String> lines = new ArrayList<>();
            for (Finding f : r.findings()) lines.add(f.key() + " " + zh.message(f));
            expected.add(lines);
        }
        assertThat(expected.stream().distinct().count())
                .as("the workbooks differ")
                .isGreaterThan(TENANTS / 2);

        try (WebServer server =
                WebServer.start(dir.resolve("server"), Map.of("minecheck.web.demo-accounts", "false"))) {
            AccountRepository accounts = server.bean(AccountRepository.class);
            PasswordEncoder encoder = server.bean(PasswordEncoder.class);
            String hash = encoder.encode("load-test"); // one hash for all: bcrypt is slow on purpose
            for (int i = 0; i < TENANTS; i++) {
                Tenant t = new Tenant(String.format("911406030000%06d", i), Tenant.Role.ENTERPRISE, "140603");
                accounts.create(new WebUser("load" + i, hash, "load " + i, t), Tokens.sha256("load-token-" + i));
            }
            AtomicLong peak = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
                        if (pool.getType() == MemoryType.HEAP)
                            used += pool.getUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.start();
            long start = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(TENANTS);
            List<Future<JsonNode>> answers = new ArrayList<>();
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < TENANTS; i++) {
                int n = i;
                answers.add(clients.submit((Callable<JsonNode>) () -> {
                    WebClient api = WebClient.api(server, "load-token-" + n);
                    go.await();
                    var created = api.upload(
                            "/api/runs", DATE.toString(), List.of("province-" + n + ".xlsx"), List.of(books.get(n)));
                    assertThat(created.statusCode()).isEqualTo(202);
                    return finished(api, json(created).get("id").asText());
                }));
            }
            go.countDown();
            List<JsonNode> runs = new ArrayList<>();
            for (Future<JsonNode> f : answers) runs.add(f.get());
            double seconds = (System.nanoTime() - start) / 1e9;
            sampling.set(false);
            sampler.join();
            clients.shutdown();

            for (int i = 0; i < TENANTS; i++) {
                JsonNode run = runs.get(i);
                assertThat(run.get("status").asText()).as("run of tenant %d", i).isEqualTo("DONE");
                assertThat(run.get("inputs").get(0).get("sha256").asText())
                        .isEqualTo(WorkbookInput.of("x", books.get(i)).sha256());
                List<String> got = new ArrayList<>();
                for (JsonNode f : run.get("findings"))
                    got.add(f.get("key").asText() + " " + f.get("message").asText());
                assertThat(got).as("findings of tenant %d", i).isEqualTo(expected.get(i));
                // and the tenant sees exactly one run: its own
                assertThat(json(WebClient.api(server, "load-token-" + i).get("/api/runs")))
                        .hasSize(1);
            }
            System.out.printf(
                    "LOAD: %d uploads from %d tenants at once: all done in %.1f s; peak heap %d MB (test JVM, server"
                            + " and clients together, -Xmx2g)%n",
                    TENANTS, TENANTS, seconds, peak.get() >> 20);
        }
    }
}
