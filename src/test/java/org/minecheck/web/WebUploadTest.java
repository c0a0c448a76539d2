package org.minecheck.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minecheck.web.WebIsolationContract.finished;
import static org.minecheck.web.WebIsolationContract.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minecheck.store.Store;

/**
 * Uploads are untrusted and kept for a while only: a hostile workbook gives a run with input problems (never a server
 * error), the uploader's file name is shown but never used as a path, the deadline preview runs the same workbook
 * forward, and stored uploads lose their bytes after the retention period (2 days here) while names, digests and
 * findings stay.
 */
class WebUploadTest {
    static Path dir;
    static WebServer server;
    static WebClient api;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("minecheck-web-upload");
        server = WebServer.start(dir, Map.of("minecheck.web.retention", "2d", "minecheck.web.retention-sweep", "1d"));
        api = WebClient.api(server, "demo-token-qiye1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aZipBombIsAnInputProblemAndTheFileNameIsNeverAPath() throws Exception {
        byte[] bomb = Files.readAllBytes(Path.of("test-data/hostile/crafted/zip-bomb.xlsx"));
        var created =
                api.upload("/api/runs", "2025-12-31", List.of("../../../../tmp/evil/zip-bomb.xlsx"), List.of(bomb));
        assertThat(created.statusCode()).isEqualTo(202);
        JsonNode run = finished(api, json(created).get("id").asText());
        assertThat(run.get("status").asText()).isEqualTo("DONE");
        assertThat(run.get("findings")).isEmpty();
        assertThat(run.get("problems").asText()).isNotBlank();
        assertThat(run.get("inputs").get(0).get("name").asText()).isEqualTo("zip-bomb.xlsx");
        assertThat(Path.of("/tmp/evil")).doesNotExist();
    }

    @Test
    void theDeadlinePreviewChecksTheSameWorkbookForward() throws Exception {
        byte[] demo = Files.readAllBytes(WebIsolationContract.DEMO);
        String id = json(api.upload("/api/runs", "2025-12-31", List.of("demo-region.xlsx"), List.of(demo)))
                .get("id")
                .asText();
        finished(api, id);
        WebClient page = WebClient.signedIn(server, "qiye1", "qiye1-demo");
        page.get("/runs/" + id);
        var preview = page.postForm("/runs/" + id + "/preview", "date=2026-06-30");
        assertThat(preview.statusCode()).isEqualTo(302);
        String previewId =
                preview.headers().firstValue("Location").orElseThrow().replaceAll(".*/runs/", "");
        assertThat(previewId).isNotEqualTo(id);
        JsonNode run = finished(api, previewId);
        assertThat(run.get("kind").asText()).isEqualTo("PREVIEW");
        assertThat(run.get("asOf").asText()).isEqualTo("2026-06-30");
        // the licence that expires on 2026-01-20 is expired by then: a finding the 2025-12-31 check did not raise
        JsonNode first = finished(api, id);
        assertThat(keys(run)).isNotEqualTo(keys(first));
        String body = page.get("/runs/" + previewId).body();
        assertThat(body).contains("id=\"new-count\"");
    }

    private static List<String> keys(JsonNode run) {
        return run.get("findings").findValuesAsText("key");
    }

    @Test
    void storedUploadsLoseTheirBytesAfterTheRetentionPeriod() throws Exception {
        byte[] demo = Files.readAllBytes(WebIsolationContract.DEMO);
        WebClient other = WebClient.api(server, "demo-token-qiye2");
        String id = json(other.upload("/api/runs", "2025-12-31", List.of("demo-region.xlsx"), List.of(demo)))
                .get("id")
                .asText();
        finished(other, id);
        Store store = server.bean(Store.class);
        Retention retention = server.bean(Retention.class);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

        retention.purge(now.plusDays(1)); // within the period: kept
        assertThat(other.getBytes("/api/runs/" + id + "/annotated/0").statusCode())
                .isEqualTo(200);
        assertThat(bytesKept(store, id)).isTrue();

        assertThat(retention.purge(now.plusDays(3))).isPositive(); // past it: the bytes go
        assertThat(bytesKept(store, id)).isFalse();
        assertThat(other.getBytes("/api/runs/" + id + "/annotated/0").statusCode())
                .isEqualTo(410);
        // the run, its findings and the input's name and digest stay
        JsonNode run = json(other.get("/api/runs/" + id));
        assertThat(run.get("findings")).hasSize(66);
        assertThat(run.get("inputs").get(0).get("sha256").asText()).hasSize(64);
        WebClient page = WebClient.signedIn(server, "qiye2", "qiye2-demo");
        assertThat(page.get("/runs/" + id).body())
                .contains("id=\"finding-count\">66<")
                .doesNotContain("annotated-0");
    }

    private static boolean bytesKept(Store store, String publicId) {
        return store.jdbc()
                        .sql("SELECT COUNT(*) FROM web_upload u JOIN web_run r ON r.id = u.run_id"
                                + " WHERE r.public_id = ? AND u.content IS NOT NULL")
                        .param(publicId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
