package org.minecheck.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.minecheck.MinecheckApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web door as {@code minecheck serve} starts it, on a free port, with its own data folder (an embedded H2 there
 * unless {@code properties} name a database), and what it printed on start.
 */
final class WebServer implements AutoCloseable {
    final ConfigurableApplicationContext context;
    final int port;
    final String printed;

    private WebServer(ConfigurableApplicationContext context, String printed) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        this.printed = printed;
    }

    static WebServer start(Path dataDir, Map<String, String> properties) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", "0");
        p.put("minecheck.data-dir", dataDir.toString());
        // the log stays after the test, beside the screenshots
        p.put(
                "logging.file.name",
                Path.of("target/web-logs/" + dataDir.getFileName() + ".log")
                        .toAbsolutePath()
                        .toString());
        p.putAll(properties);
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        ConfigurableApplicationContext context;
        try {
            context = MinecheckApplication.webApplication(p).run("serve");
        } finally {
            System.setOut(out);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        out.print(printed);
        return new WebServer(context, printed);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
