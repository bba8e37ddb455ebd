package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.worktime.core.testing.Browser;
import org.worktime.server.WorktimeServer;

/**
 * The server the browser tests run against: one Spring context for all of them (the same classes, properties and
 * property source here, so Spring's test context cache starts it once per run), on a random loopback port with an H2
 * file store, the clock fixed at {@link #NOW}, the alert dispatcher idle (an hour apart, no digest). Each test class
 * seeds a tenant of its own ({@link #tenant(String)}), so they stay independent of each other and of their order.
 */
@SpringBootTest(classes = {WorktimeServer.class, UiServer.FixedClock.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"worktime.alerts.dispatch-every=PT1H", "worktime.alerts.digest-cron=-",
            "worktime.alerts.webhook.allowed-hosts=*.hanbit.test,127.0.0.1"})
abstract class UiServer {

    static final String ADMIN_PASSWORD = "ui-test-admin-password-1";
    static final Path DATA = Path.of("target", "h2-ui-test-data", UUID.randomUUID().toString());
    static final Path KR_TEAM = Path.of("..", "examples", "kr-team");
    static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    /** Thursday of the week of 2026-03-09 (Mon) to 2026-03-15 (Sun), at noon in Seoul. */
    static final Instant NOW = Instant.parse("2026-03-12T03:00:00Z");
    static final String WP = "hanbit-soft-seoul";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("worktime.data", () -> DATA.toAbsolutePath().toString());
        registry.add("worktime.admin.initial-password", () -> ADMIN_PASSWORD);
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    /** The server's port, from its environment (for a class's {@code @BeforeAll}). */
    static int port(org.springframework.core.env.Environment env) {
        return Integer.parseInt(env.getProperty("local.server.port"));
    }

    /** A tenant of its own and its HR administrator: {@code prefix-NNNNNN}, its user {@code <tenant>-hr}. */
    record Tenant(int port, String id, String hrPassword, Http hr) {

        /** A user of the tenant made by its HR ({@code POST /api/v1/users}); its password. */
        String user(Map<String, Object> user) {
            Http.Response created = hr.post("/api/v1/users", user);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return created.json().get("password").asString();
        }
    }

    static Tenant tenant(int port, String prefix) {
        Http admin = Http.api(port, "admin", ADMIN_PASSWORD);
        String id = prefix + "-" + System.nanoTime() % 1_000_000;
        assertThat(admin.post("/api/v1/tenants", Map.of("id", id, "name", "Hanbit")).status()).isEqualTo(201);
        Http.Response user = admin.post("/api/v1/tenants/" + id + "/users", Map.of("username", id + "-hr", "role", "HR_ADMIN"));
        assertThat(user.status()).as(user.toString()).isEqualTo(201);
        String password = user.json().get("password").asString();
        return new Tenant(port, id, password, Http.api(port, id + "-hr", password));
    }

    /** A user made by the system administrator for the tenant ({@code POST /api/v1/tenants/{t}/users}); its password. */
    static String adminUser(Tenant t, String name, String role) {
        return Http.api(t.port(), "admin", ADMIN_PASSWORD).post("/api/v1/tenants/" + t.id() + "/users",
                Map.of("username", t.id() + "-" + name, "role", role)).json().get("password").asString();
    }

    /** examples/kr-team's workplace, as {@link #WP}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> krWorkplace() throws java.io.IOException {
        return new ObjectMapper(new YAMLFactory()).readValue(KR_TEAM.resolve("workplace.yaml").toFile(), LinkedHashMap.class);
    }

    /** Seeds the kr-team workplace and the employees given (from {@link #KR_EMPLOYEES}, by id). */
    static void seedKrTeam(Tenant t, String... employees) throws java.io.IOException {
        assertThat(t.hr().put("/api/v1/workplaces/" + WP, krWorkplace()).status()).isEqualTo(201);
        for (String id : employees) {
            Map<String, Object> e = KR_EMPLOYEES.get(id);
            Http.Response put = t.hr().put("/api/v1/workplaces/" + WP + "/employees/" + id, e);
            assertThat(put.status()).as(put.toString()).isEqualTo(201);
        }
    }

    /** Four employees of examples/kr-team: two monthly in platform, one monthly in mobile, one hourly in support. */
    static final Map<String, Map<String, Object>> KR_EMPLOYEES = Map.of(
            "E001", employee("E001", "Kim Minji", "platform", "monthly", "3200000"),
            "E002", employee("E002", "Lee Junho", "platform", "monthly", "3500000"),
            "E003", employee("E003", "Park Seoyeon", "mobile", "monthly", "3000000"),
            "E006", employee("E006", "Kang Taeyang", "support", "hourly", "10500"));

    /**
     * The week of 2026-03-09 as the pages' tests know it: 3 days recorded (E001 11 h, E002 10 h, E003 12 h, E006 14 h a
     * day) and planned Friday (E001 11 h, also Saturday; E002 10 h; E003 13 h), imported through the API.
     */
    static void importWeek(Tenant t) {
        StringBuilder csv = new StringBuilder("employee,start,end,breaks,origin\n");
        for (String day : List.of("09", "10", "11")) {
            csv.append(shift("E001", day, "09:00", "21:00", "ACTUAL"));   // 11 h x 3 recorded
            csv.append(shift("E002", day, "09:00", "20:00", "ACTUAL"));   // 10 h x 3
            csv.append(shift("E003", day, "09:00", "22:00", "ACTUAL"));   // 12 h x 3
            csv.append(shift("E006", day, "08:00", "23:00", "ACTUAL"));   // 14 h x 3
        }
        csv.append(shift("E001", "13", "09:00", "21:00", "PLANNED"));     // 11 h on Friday
        csv.append(shift("E001", "14", "09:00", "21:00", "PLANNED"));     // 11 h on Saturday, a day off
        csv.append(shift("E002", "13", "09:00", "20:00", "PLANNED"));     // 10 h
        csv.append(shift("E003", "13", "09:00", "23:00", "PLANNED"));     // 13 h
        importShifts(t, csv.toString());
    }

    static void importShifts(Tenant t, String csv) {
        Http.Response imported = t.hr().upload("/api/v1/workplaces/" + WP + "/imports", "shifts.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    }

    static String shift(String employee, String day, String from, String to, String origin) {
        return employee + ",2026-03-" + day + "T" + from + ",2026-03-" + day + "T" + to + ",12:00-13:00," + origin + "\n";
    }

    static Map<String, Object> employee(String id, String name, String team, String wageType, String amount) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("name", name);
        e.put("birthDate", "1990-01-01");
        e.put("hireDate", "2019-03-04");
        e.put("contract", Map.of("workdays", "MON-FRI", "dailyHours", "8h"));
        Map<String, Object> wage = new LinkedHashMap<>();
        wage.put("type", wageType);
        wage.put("amount", amount);
        wage.put("currency", "KRW");
        if (wageType.equals("monthly")) {
            wage.put("monthlyHours", "209");
        }
        e.put("wage", wage);
        e.put("attributes", Map.of("team", team));
        return e;
    }

    /** Signs in through the form and waits to be away from it. */
    static void signIn(Browser b, String base, String user, String password) throws InterruptedException {
        b.get(base + "/signin");
        b.find("#username").sendKeys(user);
        b.find("#password").sendKeys(password);
        b.find("form.card button[type=submit]").click();
        b.await("signed in", () -> !b.driver().getCurrentUrl().contains("/signin"));
    }
}
