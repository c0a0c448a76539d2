package org.minecheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tenancy, on H2 and on PostgreSQL: an enterprise's run is reached by that enterprise only (every page and API
 * endpoint with another tenant's run id answers 404, never the data), a regulator sees only submitted runs of its own
 * region, anonymous calls get 401 (API) or the sign-in page, a form without its CSRF token is refused, and the same
 * bytes uploaded twice by one tenant give the same run.
 */
abstract class WebIsolationContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path DEMO = Path.of("test-data/demo-region.xlsx");

    /** The server with the demo accounts of {@link DemoAccounts} (created by the test where the server does not). */
    abstract WebServer server();

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    /** Polls the run until it has finished; returns its JSON. */
    static JsonNode finished(WebClient api, String id) throws Exception {
        long end = System.currentTimeMillis() + 300_000;
        while (true) {
            JsonNode run = json(api.get("/api/runs/" + id));
            String status = run.get("status").asText();
            if (status.equals("DONE") || status.equals("FAILED")) return run;
            if (System.currentTimeMillis() > end) throw new AssertionError("run " + id + " still " + status);
            Thread.sleep(300);
        }
    }

    @Test
    void aTenantReachesOnlyItsOwnRunsAndRegulatorsOnlyTheSubmissionsOfTheirRegion() throws Exception {
        WebServer s = server();
        byte[] demo = Files.readAllBytes(DEMO);
        WebClient api1 = WebClient.api(s, "demo-token-qiye1");
        WebClient api2 = WebClient.api(s, "demo-token-qiye2");

        HttpResponse<String> created =
                api1.upload("/api/runs", "2025-12-31", List.of("demo-region.xlsx"), List.of(demo));
        assertThat(created.statusCode()).isEqualTo(202);
        String id = json(created).get("id").asText();
        JsonNode run = finished(api1, id);
        assertThat(run.get("status").asText()).isEqualTo("DONE");
        assertThat(run.get("findings")).hasSize(66);
        assertThat(run.get("inputs").get(0).get("sha256").asText()).hasSize(64);

        // a retry of the same bytes (same date) is the same run, not a duplicate
        HttpResponse<String> again = api1.upload("/api/runs", "2025-12-31", List.of("demo-region.xlsx"), List.of(demo));
        assertThat(json(again).get("id").asText()).isEqualTo(id);
        assertThat(json(api1.get("/api/runs"))).hasSize(1);

        // the second enterprise: 404 on every API endpoint of the first one's run, and nothing in its list
        for (String path : List.of("", "/report.json", "/report.xlsx", "/annotated/0")) {
            assertThat(api2.get("/api/runs/" + id + path).statusCode())
                    .as("API %s of another tenant", path)
                    .isEqualTo(404);
        }
        assertThat(json(api2.get("/api/runs"))).isEmpty();
        // the owner reaches them
        assertThat(api1.getBytes("/api/runs/" + id + "/report.xlsx").statusCode())
                .isEqualTo(200);
        assertThat(api1.getBytes("/api/runs/" + id + "/annotated/0").statusCode())
                .isEqualTo(200);
        assertThat(api1.getBytes("/api/runs/" + id + "/annotated/1").statusCode())
                .isEqualTo(404);

        // anonymous and wrong tokens: 401
        assertThat(new WebClient(s).get("/api/runs/" + id).statusCode()).isEqualTo(401);
        assertThat(WebClient.api(s, "not-a-token").get("/api/runs").statusCode())
                .isEqualTo(401);
        assertThat(new WebClient(s).get("/runs/" + id).statusCode()).isEqualTo(302);

        // pages: the second enterprise signed in gets 404 on every page and action of the first one's run
        WebClient page2 = WebClient.signedIn(s, "qiye2", "qiye2-demo");
        page2.get("/");
        for (String path : List.of("", "/status", "/report.xlsx", "/report.json", "/annotated/0")) {
            assertThat(page2.get("/runs/" + id + path).statusCode())
                    .as("page %s of another tenant", path)
                    .isEqualTo(404);
        }
        assertThat(page2.postForm("/runs/" + id + "/submit", "").statusCode()).isEqualTo(404);
        assertThat(page2.postForm("/runs/" + id + "/preview", "date=2027-01-01").statusCode())
                .isEqualTo(404);
        assertThat(page2.get("/").body()).doesNotContain(id);

        // the regulator of the county sees nothing before the enterprise submits
        WebClient regulator = WebClient.signedIn(s, "jianguan", "jianguan-demo");
        WebClient otherRegulator = WebClient.signedIn(s, "jianguan2", "jianguan2-demo");
        assertThat(regulator.get("/regulator/runs/" + id).statusCode()).isEqualTo(404);
        assertThat(regulator.get("/regulator").body()).doesNotContain(id);
        assertThat(regulator.get("/runs/" + id).statusCode()).isEqualTo(403);

        // the owner submits (a form without its CSRF token is refused first)
        WebClient page1 = WebClient.signedIn(s, "qiye1", "qiye1-demo");
        assertThat(page1.get("/runs/" + id).statusCode()).isEqualTo(200);
        assertThat(page1.postFormWithoutCsrf("/runs/" + id + "/submit", "").statusCode())
                .isEqualTo(403);
        assertThat(page1.postForm("/runs/" + id + "/submit", "").statusCode()).isEqualTo(302);
        assertThat(page1.get("/runs/" + id).body()).contains("id=\"receipt\"");

        // now the county's regulator sees it; another county's regulator still gets 404
        assertThat(regulator.get("/regulator").body()).contains(id);
        HttpResponse<String> seen = regulator.get("/regulator/runs/" + id);
        assertThat(seen.statusCode()).isEqualTo(200);
        assertThat(seen.body()).contains("LIC-001");
        assertThat(otherRegulator.get("/regulator/runs/" + id).statusCode()).isEqualTo(404);
        assertThat(otherRegulator.get("/regulator").body()).doesNotContain(id);
        // the API's description is public: OpenAPI 3 with the run endpoints
        HttpResponse<String> docs = new WebClient(s).get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(json(docs).get("openapi").asText()).startsWith("3.");
        assertThat(json(docs).get("paths").has("/api/runs/{id}")).isTrue();
        // a regulator's token is not an enterprise's API key
        assertThat(WebClient.api(s, "demo-token-jianguan").get("/api/runs").statusCode())
                .isEqualTo(403);
    }
}
