package org.minecheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** {@link WebIsolationContract} on the embedded H2 database, with the demo accounts it creates on first start. */
class H2WebIsolationTest extends WebIsolationContract {
    @TempDir
    Path dir;

    private WebServer server;

    @Override
    WebServer server() {
        server = WebServer.start(dir, Map.of());
        // serve prints the demo accounts on the first start on H2, then where it listens
        assertThat(server.printed)
                .contains("qiye1 / qiye1-demo / demo-token-qiye1")
                .contains("http://localhost:" + server.port + "/");
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }
}
