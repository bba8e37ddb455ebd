package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.worktime.core.testing.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.worktime.server.alert.AlertTrigger;

/**
 * The page of the alerts sent, and the webhook allow-list, with GreenMail as the SMTP server and a JDK HttpServer on
 * loopback as the webhook receiver (the only host allowed, {@code 127.0.0.1}): an import raises three alerts; HR is told
 * by e-mail (sent), the platform team's manager by webhook (the first POST answered 500: retrying, then sent after the
 * back-off), the mobile team's manager by a webhook whose host was taken off the list after it was saved (failed at
 * once, with the reason, nothing posted). HR reads every delivery, exact, newest first, a page at a time; a manager
 * their own; an auditor 404. Saving a webhook to a host not on the list, or not http(s), is refused, in each language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"worktime.alerts.dispatch-every=PT1H",
    "worktime.alerts.digest-cron=-", "worktime.alerts.backoff=PT30S", "worktime.alerts.attempts=3",
    "worktime.alerts.webhook.allowed-hosts=127.0.0.1"})
class AlertsSentBrowserTest {

    static final String ADMIN_PASSWORD = "alerts-sent-test-admin-password-1";
    static final Path DATA = Path.of("target", "h2-alerts-sent-test-data", UUID.randomUUID().toString());
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final AlertsTest.Receiver HOOK;
    static final AlertsTest.MovableClock CLOCK = new AlertsTest.MovableClock();

    static {
        MAIL.start();
        HOOK = new AlertsTest.Receiver();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("worktime.data", () -> DATA.toAbsolutePath().toString());
        registry.add("worktime.admin.initial-password", () -> ADMIN_PASSWORD);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
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
    AlertDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    String user(Http hr, String tenant, String name, String role, String team) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", tenant + "-" + name);
        body.put("role", role);
        if (team != null) {
            body.put("team", team);
        }
        Http.Response created = hr.post("/api/v1/users", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("password").asString();
    }

    /** The rows of the table, each cell's text joined by " | ". */
    @SuppressWarnings("unchecked")
    static List<String> rows(Browser b) {
        return (List<String>) b.js("return Array.from(document.querySelectorAll('#alerts-sent tbody tr')).map(r =>"
                + " Array.from(r.children).map(c => c.innerText.replace(/\\s+/g, ' ').trim()).join(' | '))");
    }

    @Test
    void everyDeliveryWithItsStateAndTheAllowListAtSavingAndAtSending(@TempDir Path dir) throws Exception {
        Http admin = Http.api(port, "admin", ADMIN_PASSWORD);
        String tenant = "as-" + System.nanoTime() % 1_000_000;
        assertThat(admin.post("/api/v1/tenants", Map.of("id", tenant, "name", "Hanbit")).status()).isEqualTo(201);
        Http.Response hrUser = admin.post("/api/v1/tenants/" + tenant + "/users", Map.of("username", tenant + "-hr", "role", "HR_ADMIN"));
        String hrPassword = hrUser.json().get("password").asString();
        Http hr = Http.api(port, tenant + "-hr", hrPassword);
        String platformPassword = user(hr, tenant, "platform-lead", "MANAGER", "platform");
        String mobilePassword = user(hr, tenant, "mobile-lead", "MANAGER", "mobile");
        String auditorPassword = user(hr, tenant, "auditor", "AUDITOR", null);
        Http platform = Http.api(port, tenant + "-platform-lead", platformPassword);
        Http mobile = Http.api(port, tenant + "-mobile-lead", mobilePassword);
        assertThat(hr.put("/api/v1/me/alert-preferences", Map.of("email", "hr@hanbit.test", "language", "en")).status()).isEqualTo(200);
        assertThat(platform.put("/api/v1/me/alert-preferences", Map.of("webhookUrl", HOOK.url())).status()).isEqualTo(200);

        // At saving: a host not on the list, another scheme, no host; each refused, naming the field, in the request's language.
        Http.Response elsewhere = mobile.put("/api/v1/me/alert-preferences", Map.of("webhookUrl", "https://hooks.elsewhere.test/worktime"));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.json().get("problems").get(0).get("field").asString()).isEqualTo("webhookUrl");
        assertThat(elsewhere.json().get("problems").get(0).get("message").asString())
                .isEqualTo("the host hooks.elsewhere.test is not on this server's allow-list of webhook hosts (worktime.alerts.webhook.allowed-hosts)");
        for (String url : List.of("ftp://127.0.0.1/hook", "javascript:alert(1)", "file:///etc/passwd")) {
            Http.Response refused = mobile.put("/api/v1/me/alert-preferences", Map.of("webhookUrl", url));
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.json().get("problems").get(0).get("message").asString()).isEqualTo("'" + url + "' is not an http or https address");
        }
        assertThat(mobile.put("/api/v1/me/alert-preferences?lang=ja", Map.of("webhookUrl", "http://10.0.0.7/hook")).json().get("problems").get(0)
                .get("message").asString()).isEqualTo("ホスト 10.0.0.7 はこのサーバーの Webhook 許可ホスト一覧（worktime.alerts.webhook.allowed-hosts）にありません");
        assertThat(mobile.get("/api/v1/me/alert-preferences").json().get("webhookUrl").isNull()).isTrue();
        // Allowed when saved; then the operator takes the host off the list (here: the address as a list change leaves it).
        assertThat(mobile.put("/api/v1/me/alert-preferences", Map.of("webhookUrl", HOOK.url())).status()).isEqualTo(200);
        long mobileId = jdbc.sql("select id from app_user where username = ?").param(tenant + "-mobile-lead").query(Long.class).single();
        jdbc.sql("update alert_preference set webhook_url = ? where user_id = ?").params("https://hooks.elsewhere.test/worktime", mobileId).update();

        UiServer.Tenant t = new UiServer.Tenant(port, tenant, hrPassword, hr);
        UiServer.seedKrTeam(t, "E001", "E003");
        StringBuilder csv = new StringBuilder("employee,start,end,breaks,origin\n");
        for (String day : List.of("02", "03", "04", "05", "06")) {
            csv.append(UiServer.shift("E001", day, "08:00", "21:00", "ACTUAL"));   // 12 h x 5 the week before: 60 h
        }
        for (String day : List.of("09", "10", "11")) {
            csv.append(UiServer.shift("E001", day, "09:00", "21:00", "ACTUAL"));   // 11 h x 3
            csv.append(UiServer.shift("E003", day, "09:00", "22:00", "ACTUAL"));   // 12 h x 3
        }
        csv.append(UiServer.shift("E001", "13", "09:00", "21:00", "PLANNED"));     // + 22 h planned: 55 h
        csv.append(UiServer.shift("E001", "14", "09:00", "21:00", "PLANNED"));
        csv.append(UiServer.shift("E003", "13", "09:00", "23:00", "PLANNED"));     // + 13 h: 49 h, 3 h left
        HOOK.script.add(500);
        Http.Response imported = hr.upload("/api/v1/workplaces/" + UiServer.WP + "/imports", "shifts.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        trigger.awaitIdle();
        // Two POSTs to the allowed receiver (the first answered 500); none to the host taken off the list.
        assertThat(HOOK.got).hasSize(2);

        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            UiServer.signIn(b, base, tenant + "-hr", hrPassword);
            b.get(base + "/alerts");
            b.find("#alerts-sent-link").click();
            b.await("the alerts sent", () -> b.driver().getCurrentUrl().endsWith("/alerts/sent"));
            assertThat(b.text("h1")).isEqualTo("Alerts sent");
            // Newest alert first (the violation of the week before, then the likely and the certain breach), HR's e-mail then the
            // manager's webhook; the certain breach's webhook retrying after its 500, the mobile manager's failed at once.
            String at = "Mar 12, 2026, 12:00 PM";
            String finding = at + " | Kim Minji E001 | Violation found KR-LSA-53-1 cap 12:00 | Mar 2, 2026 to Mar 8, 2026 | Labor Standards Act Art. 53(1) | ";
            String likely = at + " | Park Seoyeon E003 | Breach likely watch.week cap 52:00 | Mar 9, 2026 to Mar 15, 2026 | Labor Standards Act Art. 53(1) | ";
            String certain = at + " | Kim Minji E001 | Breach certain watch.week cap 52:00 | Mar 9, 2026 to Mar 15, 2026 | Labor Standards Act Art. 53(1) | ";
            String sent = "Sent " + at;
            assertThat(rows(b)).containsExactly(
                    finding + tenant + "-hr | E-mail | " + sent,
                    finding + tenant + "-platform-lead | Webhook | " + sent,
                    likely + tenant + "-hr | E-mail | " + sent,
                    likely + tenant + "-mobile-lead | Webhook | Failed after 1 attempt: the host hooks.elsewhere.test is not on this server's"
                            + " allow-list of webhook hosts (worktime.alerts.webhook.allowed-hosts)",
                    certain + tenant + "-hr | E-mail | " + sent,
                    certain + tenant + "-platform-lead | Webhook | Retrying attempt 1 failed: the webhook answered 500 next try " + at);
            assertThat(b.js("return Array.from(document.querySelectorAll('#alerts-sent tbody tr')).map(r => r.dataset.state)"))
                    .isEqualTo(List.of("sent", "sent", "sent", "failed", "sent", "retrying"));
            assertThat(b.text(".as-of")).isEqualTo("as of Mar 12, 2026, 12:00\u202fPM, Korean Time (Asia/Seoul)");

            // The retry after the back-off: the webhook's delivery is sent.
            CLOCK.now = AlertsTest.NOW.plusSeconds(30);
            trigger.run(dispatcher::dispatchDue);
            trigger.awaitIdle();
            assertThat(HOOK.got).hasSize(3);
            b.get(base + "/alerts/sent");
            List<String> after = rows(b);
            assertThat(after.get(5)).isEqualTo(certain + tenant + "-platform-lead | Webhook | " + sent);
            assertThat(after.subList(0, 5)).isEqualTo(List.of(finding + tenant + "-hr | E-mail | " + sent, finding + tenant + "-platform-lead | Webhook | "
                    + sent, likely + tenant + "-hr | E-mail | " + sent, likely + tenant + "-mobile-lead | Webhook | Failed after 1 attempt: the host"
                    + " hooks.elsewhere.test is not on this server's allow-list of webhook hosts (worktime.alerts.webhook.allowed-hosts)",
                    certain + tenant + "-hr | E-mail | " + sent));
            assertThat(jdbc.sql("select state || ' ' || attempts from alert_delivery where alert_id in (select id from alert where tenant_id = ?)"
                    + " order by id").param(tenant).query(String.class).list())
                    .containsExactly("SENT 1", "SENT 2", "SENT 1", "FAILED 1", "SENT 1", "SENT 1");

            // A page at a time.
            b.get(base + "/alerts/sent?size=4");
            assertThat(rows(b)).hasSize(4);
            assertThat(b.text("#page-of")).isEqualTo("Page 1 of 2");
            b.find("#older").click();
            b.await("page 2", () -> b.driver().getCurrentUrl().endsWith("page=2&size=4"));
            assertThat(rows(b)).hasSize(2);
            assertThat(b.fitsAPhone()).isTrue();
            assertThat(b.lowestContrast(".delivery-state, td, th, .code, .id")).isGreaterThanOrEqualTo(4.5);
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the alerts sent").isEmpty();

            // The allow-list on the page, in Korean: the field named and the reason.
            b.get(base + "/language?lang=ko&back=/alerts");
            b.find("#webhookUrl").clear();
            b.find("#webhookUrl").sendKeys("https://hooks.elsewhere.test/worktime");
            b.find("form.alerts-form button[type=submit]").click();
            b.await("the refusal", () -> !b.driver().findElements(org.openqa.selenium.By.cssSelector("#alerts-invalid")).isEmpty());
            assertThat(b.text("#alerts-invalid")).isEqualTo("저장하지 못했습니다: 호스트 hooks.elsewhere.test은(는) 이 서버의 웹훅 허용 호스트 목록"
                    + "(worktime.alerts.webhook.allowed-hosts)에 없습니다.");
        }

        // A manager reads the deliveries to them only (no "To" column); an auditor gets 404.
        try (Browser b = Browser.open(dir.resolve("profile2"), "en-US")) {
            UiServer.signIn(b, base, tenant + "-platform-lead", platformPassword);
            b.get(base + "/alerts/sent");
            assertThat(rows(b)).containsExactly(
                    "Mar 12, 2026, 12:00 PM | Kim Minji E001 | Violation found KR-LSA-53-1 cap 12:00 | Mar 2, 2026 to Mar 8, 2026 | Labor Standards"
                            + " Act Art. 53(1) | Webhook | Sent Mar 12, 2026, 12:00 PM",
                    "Mar 12, 2026, 12:00 PM | Kim Minji E001 | Breach certain watch.week cap 52:00 | Mar 9, 2026 to Mar 15, 2026 | Labor Standards"
                            + " Act Art. 53(1) | Webhook | Sent Mar 12, 2026, 12:00 PM");
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#alerts-sent thead th"))).hasSize(7);
        }
        assertThat(Http.pages(port, tenant + "-auditor", auditorPassword).get("/alerts/sent").status()).isEqualTo(404);
        Http.Response minji = hr.post("/api/v1/users", Map.of("username", tenant + "-minji", "role", "EMPLOYEE", "workplace", UiServer.WP,
                "employee", "E001"));
        assertThat(Http.pages(port, tenant + "-minji", minji.json().get("password").asString()).get("/alerts/sent").status()).isEqualTo(404);
        assertThat(Http.pages(port, "admin", ADMIN_PASSWORD).get("/alerts/sent").status()).isEqualTo(404);
    }
}
