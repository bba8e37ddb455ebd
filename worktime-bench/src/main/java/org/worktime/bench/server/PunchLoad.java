package org.worktime.bench.server;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load on a running Worktime server on the loopback interface: clock punches (each answered with the
 * engine's re-evaluation of the employee's week) at a fixed rate for a fixed time, open model (requests leave on
 * schedule whatever the answers do; latency counts from the scheduled instant, so a stalled server is not hidden).
 * Each employee has at most one punch in flight, so punches stay in order; a slot with no idle employee is counted
 * as "skipped". JDK only.
 *
 * <pre>
 * java -cp worktime-bench/target/classes org.worktime.bench.server.PunchLoad \
 *     --base http://127.0.0.1:18090 --admin-password PW --rate 500 --seconds 60 --employees 1000
 * </pre>
 */
public final class PunchLoad {

    /** A slot's latency before its answer; -1 marks a slot skipped (no idle employee). */
    private static final long UNANSWERED = Long.MIN_VALUE;
    private static final Pattern FIELD = Pattern.compile("\"(password|token)\"\\s*:\\s*\"([^\"]+)\"");

    private PunchLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String base = o.getOrDefault("base", "http://127.0.0.1:18090");
        if (!URI.create(base).getHost().equals("127.0.0.1") && !URI.create(base).getHost().equals("localhost")) {
            throw new IllegalArgumentException("the load goes to the loopback interface only: " + base);
        }
        int rate = Integer.parseInt(o.getOrDefault("rate", "100"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "30"));
        int employees = Integer.parseInt(o.getOrDefault("employees", "1000"));
        if (rate < 1 || rate > 2000 || seconds < 1 || seconds > 900) {
            throw new IllegalArgumentException("bounded: rate 1-2000 per second, 1-900 seconds");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = setUp(base, o.get("admin-password"), employees);
        System.out.printf("set up %d employees; %d punches/s for %d s%n", employees, rate, seconds);

        ConcurrentLinkedQueue<Integer> idle = new ConcurrentLinkedQueue<>();
        int[] punches = new int[employees];
        for (int i = 0; i < employees; i++) {
            idle.add(i);
        }
        int total = rate * seconds;
        long[] latencies = new long[total];
        // Until answered: a request still in flight when the run ends is not counted as answered (nor as 0 ms).
        Arrays.fill(latencies, UNANSWERED);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicLong firstError = new AtomicLong(-1);
        List<String> errorSamples = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch finished = new CountDownLatch(total);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Integer e = idle.poll();
            if (e == null) {
                skipped.incrementAndGet();
                latencies[i] = -1;
                finished.countDown();
                continue;
            }
            int n = punches[e]++;
            LocalDate day = LocalDate.parse("2026-01-05").plusDays(n / 2);
            String body = "{\"kind\":\"" + (n % 2 == 0 ? "IN" : "OUT") + "\",\"at\":\"" + day + (n % 2 == 0 ? "T09:00" : "T18:00") + "+09:00\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/workplaces/load/employees/" + id(e) + "/punches"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int slot = i;
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, t) -> {
                latencies[slot] = System.nanoTime() - due;
                if (t != null || r.statusCode() != 201) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(-1, slot);
                    if (errorSamples.size() < 5) {
                        errorSamples.add(t != null ? t.toString() : r.statusCode() + " " + r.body());
                    }
                }
                done.incrementAndGet();
                idle.add(e);
                finished.countDown();
            });
        }
        finished.await(60, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        long[] answered = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        System.out.printf("requests %d answered %d errors %d skipped %d in %.1f s (%.0f/s)%n", total, answered.length, errors.get(),
                skipped.get(), elapsed / 1e9, answered.length / (elapsed / 1e9));
        if (answered.length > 0) {
            System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(answered, 0.50), ms(answered, 0.90), ms(answered, 0.99),
                    answered[answered.length - 1] / 1e6);
        }
        perMinute(latencies, rate);
        if (answered.length > 0) {
            // The row of docs/BENCHMARKS.md's table, ready to paste.
            System.out.printf(java.util.Locale.ROOT, "| %s | %d | %d s | %,d | %d | %,d | %.1f ms | %.1f ms | %.1f ms | %,.1f ms |%n",
                    o.getOrDefault("label", "H2 file"), rate, seconds, answered.length, errors.get(), skipped.get(), ms(answered, 0.50),
                    ms(answered, 0.90), ms(answered, 0.99), answered[answered.length - 1] / 1e6);
        }
        errorSamples.forEach(s -> System.out.println("error: " + s.substring(0, Math.min(300, s.length()))));
    }

    /**
     * One line per minute of the schedule (by the minute a request was due, not when it was answered): how many were
     * answered and skipped, the answered rate, and the latencies of that minute's requests, so that a run that degrades
     * over time shows it (the whole run's percentiles hide a trend).
     */
    static void perMinute(long[] latencies, int rate) {
        int perMinute = rate * 60;
        System.out.println("minute  answered  skipped  rate/s     p50 ms     p99 ms     max ms");
        for (int from = 0, minute = 1; from < latencies.length; from += perMinute, minute++) {
            int to = Math.min(latencies.length, from + perMinute);
            long[] m = Arrays.stream(latencies, from, to).filter(l -> l >= 0).sorted().toArray();
            int skippedHere = (int) Arrays.stream(latencies, from, to).filter(l -> l == -1).count();
            double seconds = (to - from) / (double) rate;
            if (m.length == 0) {
                System.out.printf("%6d  %8d  %7d  %6.0f%n", minute, 0, skippedHere, 0.0);
                continue;
            }
            System.out.printf("%6d  %8d  %7d  %6.0f  %9.1f  %9.1f  %9.1f%n", minute, m.length, skippedHere, m.length / seconds, ms(m, 0.50),
                    ms(m, 0.99), m[m.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String id(int e) {
        return String.format("L%05d", e);
    }

    /** A tenant, its HR administrator's API token, one Korean workplace and the employees. */
    private static String setUp(String base, String adminPassword, int employees) throws Exception {
        Session admin = new Session(base);
        admin.login("admin", adminPassword);
        String tenant = "load-" + System.currentTimeMillis();
        admin.send("POST", "/api/v1/tenants", "{\"id\":\"" + tenant + "\"}", 201);
        String hrPassword = field(admin.send("POST", "/api/v1/tenants/" + tenant + "/users",
                "{\"username\":\"" + tenant + "-hr\",\"role\":\"HR_ADMIN\"}", 201), "password");
        Session hr = new Session(base);
        hr.login(tenant + "-hr", hrPassword);
        String token = field(hr.send("POST", "/api/v1/tokens", "{\"name\":\"load\"}", 201), "token");
        hr.send("PUT", "/api/v1/workplaces/load", "{\"id\":\"load\",\"jurisdiction\":\"KR\",\"zone\":\"Asia/Seoul\",\"headcount\":[{\"from\":\"2024-01-01\","
                + "\"count\":" + employees + "}],\"agreements\":[{\"kind\":\"KR-LSA-53-1\",\"from\":\"2025-01-01\"}]}", 201);
        for (int e = 0; e < employees; e++) {
            hr.send("PUT", "/api/v1/workplaces/load/employees/" + id(e), "{\"id\":\"" + id(e) + "\",\"wage\":{\"type\":\"monthly\",\"amount\":3500000,"
                    + "\"currency\":\"KRW\",\"monthlyHours\":209}}", 201);
        }
        return token;
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }

    /** A session with its CSRF cookie. */
    private static final class Session {
        private final String base;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http;

        Session(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        void login(String user, String password) throws Exception {
            send("GET", "/api/v1/session/csrf", null, 200);
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1/session")).header("X-XSRF-TOKEN", csrf())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                            + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                    .build();
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login of " + user + ": " + response.statusCode() + " " + response.body());
            }
            send("GET", "/api/v1/session/csrf", null, 200);
        }

        String send(String method, String path, String json, int expected) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
            if (json == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            String csrf = csrf();
            if (csrf != null) {
                b.header("X-XSRF-TOKEN", csrf);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }

        private String csrf() {
            for (HttpCookie c : cookies.getCookieStore().getCookies()) {
                if (c.getName().equals("XSRF-TOKEN")) {
                    return c.getValue();
                }
            }
            return null;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, found " + args[i]);
            }
            map.put(args[i].substring(2), args[i + 1]);
        }
        if (!map.containsKey("admin-password")) {
            throw new IllegalArgumentException("--admin-password is required (the server's admin, e.g. WORKTIME_ADMIN_PASSWORD)");
        }
        return map;
    }
}
