package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.worktime.server.alert.AlertDispatcher;
import org.worktime.server.alert.AlertService;
import org.worktime.server.alert.AlertTrigger;
import org.worktime.server.alert.DailyDigest;

/**
 * Alerts end to end, with GreenMail as the SMTP server and a JDK HttpServer on loopback as the webhook receiver, the
 * server's clock held at Thursday 2026-03-12 12:00 in Seoul and moved by the test: an import makes a breach certain
 * for E001 (platform team) and likely for E003 (mobile team), and records a violation of E001's previous week; HR (in
 * English), the platform manager (in Korean, also by webhook) and the mobile manager (in Japanese, no findings) are
 * told, each exactly what is theirs, once; the webhook's first answer is a 500 and the retry after the back-off
 * succeeds, both signed; the daily digest lists each one's alerts, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"worktime.alerts.dispatch-every=PT1H",
    "worktime.alerts.digest-cron=-", "worktime.alerts.digest-zone=Asia/Seoul", "worktime.alerts.from=alerts@worktime.test",
    "worktime.alerts.backoff=PT30S", "worktime.alerts.attempts=3", "worktime.alerts.webhook.allowed-hosts=127.0.0.1"})
class AlertsTest {

    static final String ADMIN_PASSWORD = "alerts-test-admin-password-1";
    static final Path DATA = Path.of("target", "h2-alerts-test-data", UUID.randomUUID().toString());
    static final Instant NOW = Instant.parse("2026-03-12T03:00:00Z");
    static final String WP = "hanbit-soft-seoul";

    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Receiver HOOK;

    static {
        MAIL.start();
        HOOK = new Receiver();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("worktime.data", () -> DATA.toAbsolutePath().toString());
        registry.add("worktime.admin.initial-password", () -> ADMIN_PASSWORD);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    /** A clock the test moves (the retry's back-off). */
    static final class MovableClock extends Clock {
        volatile Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            Clock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId z) {
                    return self.withZone(z);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static final MovableClock CLOCK = new MovableClock();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    /** The webhook receiver: answers each POST with the next status of its script (then 200), keeping what it got. */
    static final class Receiver {
        record Got(String body, String signature, String delivery) {
        }

        final HttpServer server;
        final List<Got> got = new CopyOnWriteArrayList<>();
        final ConcurrentLinkedDeque<Integer> script = new ConcurrentLinkedDeque<>();

        Receiver() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                got.add(new Got(body, exchange.getRequestHeaders().getFirst("Worktime-Signature"),
                        exchange.getRequestHeaders().getFirst("Worktime-Delivery")));
                Integer status = script.poll();
                exchange.sendResponseHeaders(status == null ? 200 : status, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
        HOOK.server.stop(0);
    }

    @LocalServerPort
    int port;
    @Autowired
    AlertTrigger trigger;
    @Autowired
    AlertService service;
    @Autowired
    AlertDispatcher dispatcher;
    @Autowired
    DailyDigest digest;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.worktime.server.records.Bundles bundles;

    /** A received e-mail; the body without the line ends SMTP adds or drops at its end. */
    record Mail(String to, String subject, String body) {
        Mail {
            body = body.replace("\r\n", "\n").stripTrailing();
        }
    }

    static List<Mail> mails() throws Exception {
        List<Mail> out = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            out.add(new Mail(Arrays.stream(m.getAllRecipients()).map(Object::toString).reduce("", String::concat), m.getSubject(),
                    ((String) m.getContent()).replace("\r\n", "\n")));
        }
        return out;
    }

    Http user(Http admin, String tenant, String name, String role, String team) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", tenant + "-" + name);
        body.put("role", role);
        if (team != null) {
            body.put("team", team);
        }
        Http.Response created = admin.post("/api/v1/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return Http.api(port, tenant + "-" + name, created.json().get("password").asString());
    }

    @Test
    void theResponsibleAreToldOnceByMailAndSignedWebhookRetriedAfterA500AndInTheDailyDigest() throws Exception {
        Http admin = Http.api(port, "admin", ADMIN_PASSWORD);
        String tenant = "al-" + System.nanoTime() % 1_000_000;
        assertThat(admin.post("/api/v1/tenants", Map.of("id", tenant, "name", "Hanbit")).status()).isEqualTo(201);
        Http.Response hrUser = admin.post("/api/v1/tenants/" + tenant + "/users", Map.of("username", tenant + "-hr", "role", "HR_ADMIN"));
        Http hr = Http.api(port, tenant + "-hr", hrUser.json().get("password").asString());
        Http platform = user(hr, tenant, "platform-lead", "MANAGER", "platform");
        Http mobile = user(hr, tenant, "mobile-lead", "MANAGER", "mobile");
        assertThat(hr.put("/api/v1/me/alert-preferences", Map.of("email", "hr@hanbit.test", "language", "en")).status()).isEqualTo(200);
        Http.Response p = platform.put("/api/v1/me/alert-preferences", Map.of("email", "platform@hanbit.test", "language", "ko",
                "webhookUrl", HOOK.url()));
        assertThat(p.status()).as(p.toString()).isEqualTo(200);
        String secret = p.json().get("webhookSecret").asString();
        assertThat(secret).hasSize(64);
        assertThat(mobile.put("/api/v1/me/alert-preferences", Map.of("email", "mobile@hanbit.test", "language", "ja", "finding", false))
                .status()).isEqualTo(200);
        Http.Response invalid = mobile.put("/api/v1/me/alert-preferences", Map.of("email", "not-an-address"));
        assertThat(invalid.status()).isEqualTo(422);

        @SuppressWarnings("unchecked")
        Map<String, Object> workplace = new ObjectMapper(new YAMLFactory()).readValue(WebPagesBrowserTest.KR_TEAM.resolve("workplace.yaml").toFile(),
                LinkedHashMap.class);
        assertThat(hr.put("/api/v1/workplaces/" + WP, workplace).status()).isEqualTo(201);
        for (Map<String, Object> e : List.of(WebPagesBrowserTest.employee("E001", "Kim Minji", "platform", "monthly", "3200000"),
                WebPagesBrowserTest.employee("E003", "Park Seoyeon", "mobile", "monthly", "3000000"))) {
            assertThat(hr.put("/api/v1/workplaces/" + WP + "/employees/" + e.get("id"), e).status()).isEqualTo(201);
        }
        StringBuilder csv = new StringBuilder("employee,start,end,breaks,origin\n");
        for (String day : List.of("02", "03", "04", "05", "06")) {
            csv.append(WebPagesBrowserTest.shift("E001", day, "08:00", "21:00", "ACTUAL"));   // 12 h x 5 the week before: 60 h
        }
        for (String day : List.of("09", "10", "11")) {
            csv.append(WebPagesBrowserTest.shift("E001", day, "09:00", "21:00", "ACTUAL"));   // 11 h x 3
            csv.append(WebPagesBrowserTest.shift("E003", day, "09:00", "22:00", "ACTUAL"));   // 12 h x 3
        }
        csv.append(WebPagesBrowserTest.shift("E001", "13", "09:00", "21:00", "PLANNED"));     // + 22 h planned: 55 h
        csv.append(WebPagesBrowserTest.shift("E001", "14", "09:00", "21:00", "PLANNED"));
        csv.append(WebPagesBrowserTest.shift("E003", "13", "09:00", "23:00", "PLANNED"));     // + 13 h: 49 h, 3 h left
        HOOK.script.add(500);
        Http.Response imported = hr.upload("/api/v1/workplaces/" + WP + "/imports", "shifts.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        trigger.awaitIdle();

        // Each responsible person, their alerts only, in their language; in the order raised (the watch's, then the findings).
        List<Mail> mails = mails();
        assertThat(mails).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                "hr@hanbit.test Worktime: breach certain: Kim Minji, 2026-03-09 to 2026-03-15",
                "hr@hanbit.test Worktime: breach likely: Park Seoyeon, 2026-03-09 to 2026-03-15",
                "hr@hanbit.test Worktime: violation found: Kim Minji, 2026-03-02 to 2026-03-08",
                "platform@hanbit.test Worktime: 위반 확실: Kim Minji, 2026-03-09~2026-03-15",
                "platform@hanbit.test Worktime: 위반 발견: Kim Minji, 2026-03-02~2026-03-08",
                "mobile@hanbit.test Worktime: 違反のおそれ: Park Seoyeon、2026-03-09～2026-03-15");
        assertThat(find(mails, "hr@hanbit.test", "Worktime: breach certain: Kim Minji, 2026-03-09 to 2026-03-15")).isEqualTo(new Mail("hr@hanbit.test", "Worktime: breach certain: Kim Minji, 2026-03-09 to 2026-03-15", """
                Recorded and planned work already exceed a cap: if the plan is worked, the law is broken.
                Employee: Kim Minji (E001), workplace hanbit-soft-seoul
                Cap: 52:00
                Dates: 2026-03-09 to 2026-03-15
                Law: Labor Standards Act Art. 53(1)
                Why: 52:00 h a week (40:00 h + 12:00 h of extended work under the Art. 53 agreement), no daily cap.
                """));
        assertThat(find(mails, "hr@hanbit.test", "Worktime: breach likely: Park Seoyeon, 2026-03-09 to 2026-03-15")).isEqualTo(new Mail("hr@hanbit.test", "Worktime: breach likely: Park Seoyeon, 2026-03-09 to 2026-03-15", """
                A breach is likely: less than the margin is left, or the projection exceeds a cap.
                Employee: Park Seoyeon (E003), workplace hanbit-soft-seoul
                Cap: 52:00
                Dates: 2026-03-09 to 2026-03-15
                Law: Labor Standards Act Art. 53(1)
                Why: 52:00 h a week (40:00 h + 12:00 h of extended work under the Art. 53 agreement), no daily cap.
                """));
        assertThat(find(mails, "hr@hanbit.test", "Worktime: violation found: Kim Minji, 2026-03-02 to 2026-03-08")).isEqualTo(new Mail("hr@hanbit.test", "Worktime: violation found: Kim Minji, 2026-03-02 to 2026-03-08", """
                A violation was found on recorded time.
                Employee: Kim Minji (E001), workplace hanbit-soft-seoul
                Cap: 12:00
                Dates: 2026-03-02 to 2026-03-08
                Law: Labor Standards Act Art. 53(1)
                Why: Extended work beyond 12 hours a week: 20:00 h of extended work in the week from 2026-03-02 (weekly total 60:00 h \
                minus 40, the Supreme Court's reading (2020Do15393), holidays included), beyond the cap of 12:00 h.
                """));
        assertThat(find(mails, "platform@hanbit.test", "Worktime: 위반 확실: Kim Minji, 2026-03-09~2026-03-15")).isEqualTo(new Mail("platform@hanbit.test", "Worktime: 위반 확실: Kim Minji, 2026-03-09~2026-03-15", """
                기록된 근로와 예정된 근로가 이미 한도를 넘습니다. 계획대로 근무하면 법 위반입니다.
                근로자: Kim Minji (E001), 사업장 hanbit-soft-seoul
                한도: 52:00
                기간: 2026-03-09~2026-03-15
                근거: 근로기준법 제53조제1항
                내용: 주 52:00시간 (40:00시간 + 제53조 합의 연장근로 12:00시간), 1일 한도 없음.
                """));
        assertThat(find(mails, "mobile@hanbit.test", "Worktime: 違反のおそれ: Park Seoyeon、2026-03-09～2026-03-15")).isEqualTo(new Mail("mobile@hanbit.test", "Worktime: 違反のおそれ: Park Seoyeon、2026-03-09～2026-03-15", """
                違反のおそれがあります。残りが基準を下回っているか、見込みが上限を超えています。
                従業員: Park Seoyeon (E003)、事業場 hanbit-soft-seoul
                上限: 52:00
                期間: 2026-03-09～2026-03-15
                根拠: 韓国勤労基準法第53条第1項
                内容: 週52:00時間（40:00時間 + 第53条の合意による延長労働12:00時間）、1日の上限はありません。
                """));

        // The platform manager's webhook: the first POST of the certain breach was answered 500, the finding's went through.
        String certain = """
                {"schema":"worktime-alert/1","delivery":3,"alert":1,"kind":"BREACH_CERTAIN","tenant":"%s","workplace":"hanbit-soft-seoul",\
                "employee":{"id":"E001","name":"Kim Minji"},"rule":"watch.week","from":"2026-03-09","to":"2026-03-15","capSeconds":187200,\
                "cap":"52:00","citation":{"law":"Labor Standards Act","article":"Art. 53(1)","version":"Act No. 5309 (1997-03-13)",\
                "source":"https://www.law.go.kr/법령/근로기준법","text":"근로기준법 제53조제1항"},"language":"ko",\
                "subject":"Worktime: 위반 확실: Kim Minji, 2026-03-09~2026-03-15","text":"기록된 근로와 예정된 근로가 이미 한도를 넘습니다. \
                계획대로 근무하면 법 위반입니다.\\n근로자: Kim Minji (E001), 사업장 hanbit-soft-seoul\\n한도: 52:00\\n기간: \
                2026-03-09~2026-03-15\\n근거: 근로기준법 제53조제1항\\n내용: 주 52:00시간 (40:00시간 + 제53조 합의 연장근로 12:00시간), \
                1일 한도 없음."}""".formatted(tenant);
        assertThat(HOOK.got).extracting(Receiver.Got::delivery).containsExactly("3", "8");
        assertThat(HOOK.got.get(0).body()).isEqualTo(certain);
        assertThat(HOOK.got.get(1).body()).startsWith("{\"schema\":\"worktime-alert/1\",\"delivery\":8,\"alert\":3,\"kind\":\"FINDING\"");
        for (Receiver.Got g : HOOK.got) {
            assertSigned(g, secret, NOW);
        }
        assertThat(state(3)).isEqualTo("PENDING 1 2026-03-12T03:00:30Z the webhook answered 500");

        // The retry, after the back-off of 30 s: the same body, signed anew, and the delivery is done.
        CLOCK.now = NOW.plusSeconds(29);
        trigger.run(dispatcher::dispatchDue);
        trigger.awaitIdle();
        assertThat(HOOK.got).hasSize(2);
        CLOCK.now = NOW.plusSeconds(30);
        trigger.run(dispatcher::dispatchDue);
        trigger.awaitIdle();
        assertThat(HOOK.got).hasSize(3);
        assertThat(HOOK.got.get(2).body()).isEqualTo(certain);
        assertSigned(HOOK.got.get(2), secret, NOW.plusSeconds(30));
        assertThat(state(3)).startsWith("SENT 2 ");

        // Once per finding: another planned shift of E001 in the same week, and a check of everything again, raise nothing.
        Http.Response more = hr.post("/api/v1/workplaces/" + WP + "/shifts", Map.of("employee", "E001", "start", "2026-03-15T10:00",
                "end", "2026-03-15T14:00", "origin", "PLANNED"));
        assertThat(more.status()).as(more.toString()).isEqualTo(201);
        trigger.awaitIdle();
        assertThat(service.check(tenant, WP, List.of("E001", "E003"), Instant.parse("2026-03-02T00:00:00Z"))).isEmpty();
        trigger.run(dispatcher::dispatchDue);
        trigger.awaitIdle();
        assertThat(mails()).hasSize(6);
        assertThat(HOOK.got).hasSize(3);
        assertThat(jdbc.sql("select count(*) from alert where tenant_id = ?").param(tenant).query(Long.class).single()).isEqualTo(3L);

        // The daily digest: one message per person listing their alerts of the day; a second run sends none.
        int[] sent = new int[2];
        trigger.run(() -> sent[0] = digest.sendToday());
        trigger.run(() -> sent[1] = digest.sendToday());
        trigger.awaitIdle();
        assertThat(sent).containsExactly(3, 0);
        List<Mail> digests = mails();
        assertThat(digests).hasSize(9);
        assertThat(find(digests, "hr@hanbit.test", "Worktime: 3 alerts on 2026-03-12")).isEqualTo(new Mail("hr@hanbit.test", "Worktime: 3 alerts on 2026-03-12", """
                The alerts of 2026-03-12 about the employees you are responsible for:
                - Breach certain: Kim Minji (E001), 2026-03-09 to 2026-03-15, cap 52:00, Labor Standards Act Art. 53(1)
                - Breach likely: Park Seoyeon (E003), 2026-03-09 to 2026-03-15, cap 52:00, Labor Standards Act Art. 53(1)
                - Violation: Kim Minji (E001), 2026-03-02 to 2026-03-08, cap 12:00, Labor Standards Act Art. 53(1)
                """));
        assertThat(find(digests, "platform@hanbit.test", "Worktime: 2026-03-12 알림 2건")).isEqualTo(new Mail("platform@hanbit.test", "Worktime: 2026-03-12 알림 2건", """
                2026-03-12에 담당 근로자에 대해 발생한 알림:
                - 위반 확실: Kim Minji (E001), 2026-03-09~2026-03-15, 한도 52:00, 근로기준법 제53조제1항
                - 위반: Kim Minji (E001), 2026-03-02~2026-03-08, 한도 12:00, 근로기준법 제53조제1항
                """));
        assertThat(find(digests, "mobile@hanbit.test", "Worktime: 2026-03-12のアラート 1件")).isEqualTo(new Mail("mobile@hanbit.test", "Worktime: 2026-03-12のアラート 1件", """
                2026-03-12に担当従業員について発生したアラート:
                - 違反のおそれ: Park Seoyeon (E003)、2026-03-09～2026-03-15、上限 52:00、韓国勤労基準法第53条第1項
                """));
    }

    static Mail find(List<Mail> mails, String to, String subject) {
        return mails.stream().filter(m -> m.to().equals(to) && m.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + to + " with the subject " + subject + " in " + mails));
    }

    String state(long delivery) {
        return jdbc.sql("select state, attempts, next_at, last_error from alert_delivery where id = ?").param(delivery)
                .query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getObject(3, java.time.OffsetDateTime.class).toInstant() + " "
                        + (rs.getString(4) == null ? null : org.worktime.server.simulation.JobFailure.read(rs.getString(4), bundles)
                                .detail(org.worktime.core.i18n.Language.EN))).single();
    }

    /** What a receiver checks (docs/SERVER.md): t is the sending time, v1 the HMAC-SHA256 of "t.body" keyed by the secret. */
    static void assertSigned(Receiver.Got g, String secret, Instant at) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal((at.getEpochSecond() + "." + g.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(g.signature()).isEqualTo("t=" + at.getEpochSecond() + ",v1=" + expected);
    }
}
