package org.worktime.server.ui;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running server: the API with a session (the CSRF token of the XSRF-TOKEN cookie sent back), or the
 * pages, signed in through the form with the CSRF field the sign-in page carries. Redirects are not followed, so that
 * a test sees them.
 */
final class Http {

    record Response(int status, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return JsonMapper.shared().readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in to the API ({@code POST /api/v1/session}). */
    static Http api(int port, String username, String password) {
        Http h = new Http(port);
        Response r = h.send(h.builder("/api/v1/session").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password))), true);
        if (r.status() != 200) {
            throw new AssertionError("API sign-in of " + username + " failed: " + r);
        }
        return h;
    }

    /** Signs in through the pages' form ({@code POST /signin} with the form's CSRF field). */
    static Http pages(int port, String username, String password) {
        Http h = new Http(port);
        Response r = h.signIn(username, password);
        if (r.status() != 302 || !r.headers().firstValue("Location").orElse("").endsWith("/")) {
            throw new AssertionError("sign-in of " + username + " failed: " + r.status() + " " + r.headers().map());
        }
        return h;
    }

    Response signIn(String username, String password) {
        Response page = get("/signin");
        Matcher m = CSRF_FIELD.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("the sign-in page has no CSRF field: " + page.body());
        }
        return send(builder("/signin").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password, "_csrf", m.group(1)))), false);
    }

    Response get(String path) {
        return send(builder(path).GET(), false);
    }

    /** A form posted without any CSRF token. */
    Response postForm(String path, String form) {
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)),
                false);
    }

    Response get(String path, String header, String value) {
        return send(builder(path).header(header, value).GET(), false);
    }

    Response post(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JsonMapper.shared().writeValueAsString(body))), true);
    }

    Response put(String path, Object body) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(body))), true);
    }

    Response upload(String path, String fileName, byte[] content) {
        String boundary = "worktime" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)), true);
    }

    private HttpRequest.Builder builder(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private Response send(HttpRequest.Builder b, boolean apiCsrf) {
        if (apiCsrf) {
            String csrf = cookie("XSRF-TOKEN");
            if (csrf == null) {
                send(builder("/api/v1/session/csrf").GET(), false);
                csrf = cookie("XSRF-TOKEN");
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

    String cookie(String name) {
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            if (c.getName().equals(name)) {
                return c.getValue();
            }
        }
        return null;
    }

    static String form(String... namesAndValues) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!s.isEmpty()) {
                s.append('&');
            }
            s.append(namesAndValues[i]).append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }
}
