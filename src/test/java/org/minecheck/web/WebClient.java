package org.minecheck.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for the web door: a browser's session (cookies, the CSRF token of the last page) for the pages,
 * or a bearer token for the API. Redirects are not followed, so a test sees each answer.
 */
final class WebClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    final WebServer server;
    final HttpClient http;
    String token;
    String csrf;

    WebClient(WebServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static WebClient api(WebServer server, String token) {
        WebClient c = new WebClient(server);
        c.token = token;
        return c;
    }

    /** Signs in with the form; returns the HTTP status of the form's answer (302 to / when it worked). */
    static WebClient signedIn(WebServer server, String user, String password) throws Exception {
        WebClient c = new WebClient(server);
        c.get("/login");
        HttpResponse<String> r = c.postForm("/login", "username=" + user + "&password=" + password);
        if (r.statusCode() != 302
                || r.headers().firstValue("Location").orElse("").contains("error"))
            throw new AssertionError("sign-in of " + user + " failed: " + r.statusCode() + " " + r.headers());
        return c;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) csrf = m.group(1);
        return r;
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form post with the CSRF token of the last page read (none when {@code withCsrf} is false). */
    HttpResponse<String> postForm(String path, String body) throws IOException, InterruptedException {
        String all = csrf == null ? body : body + (body.isEmpty() ? "" : "&") + "_csrf=" + csrf;
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(all))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postFormWithoutCsrf(String path, String body) throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of workbooks (field {@code files}) and an as-of date; the CSRF token is added for pages. */
    HttpResponse<String> upload(String path, String asOf, List<String> names, List<byte[]> files)
            throws IOException, InterruptedException {
        String boundary = "----minecheck" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        if (asOf != null) parts.add(field(boundary, "asOf", asOf));
        if (token == null && csrf != null) parts.add(field(boundary, "_csrf", csrf));
        for (int i = 0; i < files.size(); i++) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + names.get(i) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            parts.add(head.getBytes(StandardCharsets.UTF_8));
            parts.add(files.get(i));
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request(path)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] field(String boundary, String name, String value) {
        return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(120));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }
}
