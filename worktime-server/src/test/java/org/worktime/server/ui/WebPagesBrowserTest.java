package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.testing.Browser;

/**
 * The pages in Debian's headless chromium against the server on a random loopback port with its H2 file store, the
 * server's clock fixed at Thursday 2026-03-12 12:00 in Seoul: four employees of examples/kr-team seeded through the
 * API, HR signs in through the form and reads This week (hours, cap, left and status of each, exact), a punch
 * recorded through the REST API shows on the page after the htmx refresh, the language switch gives Korean and
 * Japanese (the heading and a finding of the engine, exact), another tenant's HR and the employee's own user are
 * answered 404 where the record is not theirs. The screenshots of docs/screenshots are written here.
 */
class WebPagesBrowserTest extends UiServer {

    static int port;
    static String tenant;
    static String hrPassword;
    static Http hr;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        Tenant t = tenant(port, "ui");
        tenant = t.id();
        hrPassword = t.hrPassword();
        hr = t.hr();
        seedKrTeam(t, "E001", "E002", "E003", "E006");
        Map<String, Object> branch = new LinkedHashMap<>(krWorkplace());
        branch.put("id", "seoul-branch");
        branch.put("name", "Hanbit Soft, second office");
        assertThat(hr.put("/api/v1/workplaces/seoul-branch", branch).status()).isEqualTo(201);
        importWeek(t);
    }

    /** Recorded, planned, cap, left, status class and status words of a row of This week. */
    static List<String> row(Browser b, String id) {
        String r = "#row-" + id;
        return List.of(b.text(r + " .recorded"), b.text(r + " .planned"), b.text(r + " .cap"), b.text(r + " .left"),
                b.find(r).getAttribute("data-status"), b.text(r + " .status"));
    }

    @Test
    void hrReadsThisWeekSeesAPunchAfterTheRefreshAndReadsKoreanAndJapanese(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            b.get(base + "/workplaces/" + WP + "/week");
            assertThat(b.driver().getCurrentUrl()).isEqualTo(base + "/signin");
            assertThat(b.text("h1")).isEqualTo("Sign in");
            b.find("#username").sendKeys(tenant + "-hr");
            b.find("#password").sendKeys(hrPassword);
            b.find("form.card button[type=submit]").click();
            // Back to the page asked for (Spring Security marks the replayed request with ?continue).
            b.await("This week", () -> b.driver().getCurrentUrl().startsWith(base + "/workplaces/" + WP + "/week"));
            assertThat(b.text("h1")).isEqualTo("This week");
            assertThat(b.text("#week .as-of")).isEqualTo("as of Mar 12, 2026, 12:00\u202fPM, Korean Time (Asia/Seoul)");
            // Most urgent first (the watch's order: the most severe, then the least left); its numbers as of Thursday noon.
            assertThat(b.js("return Array.from(document.querySelectorAll('table.week tbody tr')).map(r => r.id)"))
                    .isEqualTo(List.of("row-E001", "row-E006", "row-E003", "row-E002"));
            assertThat(row(b, "E006")).containsExactly("42:00", "0:00", "40:00", "-2:00", "breached", "Breached");
            // WCAG 2.1 AA: normal text at least 4.5:1 (the status badges, links, muted text, headers); a phone's width;
            // the keyboard's first stop is the skip link.
            for (String css : List.of(".status", "a", ".context", "thead th", "td", ".languages a", ".top .who", "button")) {
                assertThat(b.lowestContrast(css)).as("contrast of %s", css).isGreaterThanOrEqualTo(4.5);
            }
            assertThat(b.fitsAPhone()).as("This week at 390 px").isTrue();
            b.find("body").sendKeys(org.openqa.selenium.Keys.TAB);
            assertThat(b.js("return document.activeElement.className")).isEqualTo("skip");
            assertThat(row(b, "E001")).containsExactly("33:00", "22:00", "52:00", "-3:00", "breach-certain", "Breach certain");
            assertThat(row(b, "E003")).containsExactly("36:00", "13:00", "52:00", "3:00", "at-risk", "At risk");
            assertThat(row(b, "E002")).containsExactly("30:00", "10:00", "52:00", "12:00", "clear", "Clear");

            // A punch through the REST API (Thursday 09:00 to 19:00, 10 h): after the htmx refresh, E002 is at risk.
            String punches = "/api/v1/workplaces/" + WP + "/employees/E002/punches";
            assertThat(hr.post(punches, Map.of("kind", "IN", "at", "2026-03-12T09:00+09:00")).status()).isEqualTo(201);
            assertThat(hr.post(punches, Map.of("kind", "OUT", "at", "2026-03-12T19:00+09:00")).status()).isEqualTo(201);
            assertThat(row(b, "E002")).containsExactly("30:00", "10:00", "52:00", "12:00", "clear", "Clear");
            b.find("#refresh").click();
            b.await("the refreshed row of E002", () -> "at-risk".equals(b.find("#row-E002").getAttribute("data-status")));
            assertThat(row(b, "E002")).containsExactly("40:00", "10:00", "52:00", "2:00", "at-risk", "At risk");

            // Korean, remembered in a cookie: the home page and E001's page.
            b.find(".languages a[lang=ko]").click();
            b.await("Korean", () -> b.text("h1").equals("이번 주"));
            assertThat(b.find("html").getAttribute("lang")).isEqualTo("ko");
            assertThat(row(b, "E001")).containsExactly("33:00", "22:00", "52:00", "-3:00", "breach-certain", "위반 확실");
            assertThat(b.fonts("h1")).as("fonts of the Korean heading").containsKey("Noto Sans CJK KR");
            b.screenshot(SCREENSHOTS.resolve("home-ko.png"));
            b.screenshot(SCREENSHOTS.resolve("home-ko-phone.png"), 390);
            b.find("#row-E001 a").click();
            b.await("E001's page", () -> b.driver().getCurrentUrl().endsWith("/workplaces/" + WP + "/employees/E001"));
            assertThat(b.text("h1 .name")).isEqualTo("Kim Minji");
            assertThat(b.text("#findings-title")).isEqualTo("판정 결과");
            assertThat(b.fitsAPhone()).as("the employee page at 390 px").isTrue();
            for (String css : List.of(".status", "a", ".context", ".finding .severity", ".basis", "cite", "thead th", "td", ".reason")) {
                assertThat(b.lowestContrast(css)).as("contrast of %s", css).isGreaterThanOrEqualTo(4.5);
            }
            b.screenshot(SCREENSHOTS.resolve("employee-ko.png"));

            // Japanese: the same page, then the home page.
            b.find(".languages a[lang=ja]").click();
            b.await("Japanese", () -> b.text("#findings-title").equals("判定結果"));
            assertThat(b.find("html").getAttribute("lang")).isEqualTo("ja");
            @SuppressWarnings("unchecked")
            List<String> messages = (List<String>) b.js("return Array.from(document.querySelectorAll('.finding .message')).map(e => e.textContent)");
            // The forecast of Korea's weekly cap on extended work, from the kr pack's Japanese catalog.
            assertThat(messages).containsExactly("2026-03-09からの週の延長労働は15:00時間（週の総労働時間55:00時間から40時間を差し引いた時間、"
                    + "韓国大法院2020ド15393判決の解釈、休日を含む）で、上限12:00時間を超えています。");
            // The chart: Monday's 11 h are 8 ordinary and 3 overtime (the pack's pay line of the day); Saturday's planned
            // 11 h are drawn lighter; the week so far passes the 52 h cap line on Saturday.
            assertThat(b.find("#chart-week line.cap-line").getAttribute("data-seconds")).isEqualTo(Long.toString(52 * 3600));
            assertThat(b.find("#chart-days rect[data-series=ordinary][data-day='2026-03-09']").getAttribute("data-seconds"))
                    .isEqualTo(Long.toString(8 * 3600));
            assertThat(b.find("#chart-days rect[data-series=overtime][data-day='2026-03-09']").getAttribute("data-seconds"))
                    .isEqualTo(Long.toString(3 * 3600));
            assertThat(b.find("#chart-days rect[data-series=overtime][data-day='2026-03-14']").getAttribute("class")).isEqualTo("bar overtime planned");
            assertThat(b.find("#chart-week rect[data-day='2026-03-13']").getAttribute("class")).isEqualTo("bar total planned");
            assertThat(b.find("#chart-week rect[data-day='2026-03-14']").getAttribute("class")).isEqualTo("bar total over planned");
            assertThat(b.find("#chart-week rect[data-day='2026-03-14']").getAttribute("data-seconds")).isEqualTo(Long.toString(55 * 3600));
            assertThat(b.find("#chart-week rect[data-day='2026-03-12']").getAttribute("class")).isEqualTo("bar total");
            assertThat(b.text("table.pay tfoot .total")).isEqualTo("₩344,500");
            assertThat(b.text("ul.agreements li strong")).isEqualTo("延長労働に関する書面合意 (韓国勤労基準法 (근로기준법) 第53条第1項)");
            b.screenshot(SCREENSHOTS.resolve("employee-ja.png"));
            b.find(".crumbs a").click();
            b.await("今週", () -> b.text("h1").equals("今週"));
            assertThat(row(b, "E006")).containsExactly("42:00", "0:00", "40:00", "-2:00", "breached", "違反発生");
            assertThat(b.fonts("h1")).as("fonts of the Japanese heading").containsKey("Noto Sans CJK JP");
            b.screenshot(SCREENSHOTS.resolve("home-ja.png"));
        }
    }

    @Test
    void anotherTenantsUserAndAnEmployeeAreNotShownWhatIsNotTheirs() {
        Http admin = Http.api(port, "admin", ADMIN_PASSWORD);
        String other = "ui-other-" + System.nanoTime() % 1_000_000;
        assertThat(admin.post("/api/v1/tenants", Map.of("id", other, "name", "Other")).status()).isEqualTo(201);
        Http.Response otherHr = admin.post("/api/v1/tenants/" + other + "/users", Map.of("username", other + "-hr", "role", "HR_ADMIN"));
        Http pages = Http.pages(port, other + "-hr", otherHr.json().get("password").asString());
        Http.Response page = pages.get("/workplaces/" + WP + "/employees/E001");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("<h1>Not found</h1>");
        assertThat(pages.get("/workplaces/" + WP + "/week").status()).isEqualTo(404);

        // The workplace picker: the tenant's workplaces; the chosen one's week (no employees there).
        Http hrPages = Http.pages(port, tenant + "-hr", hrPassword);
        Http.Response week = hrPages.get("/workplaces/" + WP + "/week");
        assertThat(week.body()).contains("<option value=\"hanbit-soft-seoul\" selected=\"selected\">hanbit-soft-seoul</option>",
                "<option value=\"seoul-branch\">seoul-branch</option>");
        assertThat(hrPages.get("/?workplace=seoul-branch").headers().firstValue("Location").orElse("")).endsWith("/workplaces/seoul-branch/week");
        assertThat(hrPages.get("/workplaces/seoul-branch/week").body()).contains("No employee of this workplace is yours to see.");
        assertThat(hrPages.get("/?workplace=someone-elses").headers().firstValue("Location").orElse("")).endsWith("/workplaces/" + WP + "/week");

        // A manager sees their team only; an auditor everyone; the system administrator no tenant's records.
        Http.Response lead = hr.post("/api/v1/users", Map.of("username", tenant + "-lead", "role", "MANAGER", "team", "platform"));
        Http manager = Http.pages(port, tenant + "-lead", lead.json().get("password").asString());
        String managerWeek = manager.get("/workplaces/" + WP + "/week").body();
        assertThat(managerWeek).contains("id=\"row-E001\"", "id=\"row-E002\"").doesNotContain("row-E003", "row-E006");
        assertThat(manager.get("/workplaces/" + WP + "/employees/E003").status()).isEqualTo(404);
        assertThat(manager.get("/workplaces/" + WP + "/employees/E002").status()).isEqualTo(200);
        Http.Response audit = hr.post("/api/v1/users", Map.of("username", tenant + "-audit", "role", "AUDITOR"));
        Http auditor = Http.pages(port, tenant + "-audit", audit.json().get("password").asString());
        assertThat(auditor.get("/workplaces/" + WP + "/week/table").body()).contains("row-E001", "row-E002", "row-E003", "row-E006");
        Http system = Http.pages(port, "admin", ADMIN_PASSWORD);
        assertThat(system.get("/").body()).contains("The system administrator manages tenants and their users through the API");
        assertThat(system.get("/workplaces/" + WP + "/week").status()).isEqualTo(404);

        // The employee's own user: only "Me".
        Http.Response created = hr.post("/api/v1/users", Map.of("username", tenant + "-minji", "role", "EMPLOYEE", "workplace", WP,
                "employee", "E001"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Http minji = Http.pages(port, tenant + "-minji", created.json().get("password").asString());
        assertThat(minji.get("/").headers().firstValue("Location").orElse("")).endsWith("/me");
        Http.Response me = minji.get("/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("<span class=\"name\">Kim Minji</span>");
        assertThat(minji.get("/workplaces/" + WP + "/week").status()).isEqualTo(404);
        assertThat(minji.get("/workplaces/" + WP + "/employees/E002").status()).isEqualTo(404);
        assertThat(minji.get("/workplaces/" + WP + "/employees/E001").status()).isEqualTo(200);

        // The language: Accept-Language by default, the switch's cookie over it, English for a language Worktime lacks.
        Http visitor = new Http(port);
        assertThat(visitor.get("/signin", "Accept-Language", "ja-JP,ja;q=0.9,en;q=0.5").body()).contains("<h1>ログイン</h1>");
        assertThat(visitor.get("/signin", "Accept-Language", "fr-FR, ko;q=0.8").body()).contains("<h1>로그인</h1>");
        assertThat(visitor.get("/signin", "Accept-Language", "fr-FR").body()).contains("<h1>Sign in</h1>");
        Http.Response switched = visitor.get("/language?lang=ko&back=/signin");
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.headers().firstValue("Location").orElse("")).endsWith("/signin");
        assertThat(visitor.get("/signin", "Accept-Language", "ja").body()).contains("<h1>로그인</h1>");
        assertThat(visitor.get("/language?lang=ja&back=//evil.example/").headers().firstValue("Location").orElse(""))
                .as("never back to another host").endsWith("127.0.0.1:" + port + "/");

        // An htmx refresh without a session is sent to the sign-in form as a whole page.
        Http.Response expired = new Http(port).get("/workplaces/" + WP + "/week/table", "HX-Request", "true");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.headers().firstValue("HX-Redirect")).hasValue("/signin");

        // A sign-in without the form's CSRF token is refused; a wrong password goes back to the form with the reason.
        Http anonymous = new Http(port);
        Http.Response wrong = anonymous.signIn(tenant + "-hr", "not-the-password");
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/signin?error&username=" + tenant + "-hr");
        assertThat(anonymous.get("/signin?error&username=" + tenant + "-hr").body()).contains("Wrong user name or password.");
        Http.Response noToken = new Http(port).postForm("/signin", Http.form("username", tenant + "-hr", "password", hrPassword));
        assertThat(noToken.status()).isEqualTo(403);
    }
}
