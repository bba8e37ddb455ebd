package org.worktime.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running server over real HTTP: a browser-like session (cookies, the CSRF token sent back from the
 * XSRF-TOKEN cookie) or an API token.
 */
final class Api {

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String token;
    private boolean sendCsrf = true;

    Api(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client that signs in with a session. */
    static Api session(int port, String username, String password) {
        Api api = new Api(port);
        Response r = api.login(username, password);
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r);
        }
        return api;
    }

    /** A client that sends an API token. */
    static Api token(int port, String token) {
        Api api = new Api(port);
        api.token = token;
        return api;
    }

    Api withoutCsrf() {
        sendCsrf = false;
        return this;
    }

    Response login(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(builder("/api/v1/session").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), true);
    }

    Response get(String path) {
        return send(builder(path).GET(), false);
    }

    /** A GET with headers, e.g. Accept-Language. */
    Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).GET();
        headers.forEach(b::header);
        return send(b, false);
    }

    /** A PUT with headers, e.g. Accept-Language. */
    Response put(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder b = builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(body)));
        headers.forEach(b::header);
        return send(b, true);
    }

    Response post(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json(body))), true);
    }

    Response put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(body))), true);
    }

    Response delete(String path) {
        return send(builder(path).DELETE(), true);
    }

    Response upload(String path, String fileName, byte[] content, Map<String, String> headers) {
        return upload(path, Map.of("file", Map.entry(fileName, content)), headers);
    }

    /** A multipart upload of several file parts: part name to (file name, content). */
    Response upload(String path, Map<String, Map.Entry<String, byte[]>> parts, Map<String, String> headers) {
        String boundary = "worktime" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, Map.Entry<String, byte[]>> part : parts.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\""
                        + part.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(part.getValue().getValue());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        HttpRequest.Builder b = builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        headers.forEach(b::header);
        return send(b, true);
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest.Builder b, boolean unsafe) {
        if (unsafe && token == null && sendCsrf) {
            String csrf = csrfCookie();
            if (csrf == null) {
                get("/api/v1/session/csrf");
                csrf = csrfCookie();
            }
            if (csrf != null) {
                b.header("X-XSRF-TOKEN", csrf);
            }
        }
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String csrfCookie() {
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            if (c.getName().equals("XSRF-TOKEN")) {
                return c.getValue();
            }
        }
        return null;
    }

    static String json(Object body) {
        return body instanceof String s ? s : JsonMapper.shared().writeValueAsString(body);
    }
}
