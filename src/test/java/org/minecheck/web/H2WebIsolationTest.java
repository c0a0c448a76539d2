package org.minecheck.web;

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
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) server.close();
    }
}
