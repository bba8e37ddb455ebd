package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.worktime.core.testing.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Employee page's leave form in headless chromium: HR records leave through the service of
 * {@code POST /api/v1/workplaces/{wp}/leave}; the typo "anual" is refused with the reader's "did you mean annual?" in
 * the page's language (English, Korean, Japanese) and nothing is stored; a range of annual leave and an afternoon of sick
 * leave are recorded and listed, and the API lists them too. A manager and an employee see no form, and a manager's
 * post is refused (404).
 */
class LeaveFormBrowserTest extends UiServer {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    static void fill(Browser b, String kind, String from, String to, String hours) {
        b.find("#leave-kind").clear();
        b.find("#leave-kind").sendKeys(kind);
        b.js("document.getElementById('leave-from').value = arguments[0]; document.getElementById('leave-to').value = arguments[1];", from, to);
        b.find("#leave-hours").clear();
        b.find("#leave-hours").sendKeys(hours);
        b.find("#leave-save").click();
    }

    @Test
    void hrRecordsLeaveOnTheEmployeePageWithTheApisMessagesAndOthersSeeNoForm(@TempDir Path dir) throws Exception {
        Tenant t = tenant(port, "lv");
        seedKrTeam(t, "E001", "E002");
        String managerPassword = t.user(Map.of("username", t.id() + "-lead", "role", "MANAGER", "team", "platform"));
        String employeePassword = t.user(Map.of("username", t.id() + "-minji", "role", "EMPLOYEE", "workplace", WP, "employee", "E001"));
        String base = "http://127.0.0.1:" + port;
        String page = "/workplaces/" + WP + "/employees/E001";

        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + page);
            // The form is there once the page is; on failure, say which page the browser is on (a CI run once missed it).
            b.await("the leave form on " + page, () -> !b.driver().findElements(org.openqa.selenium.By.cssSelector("#leave-form legend")).isEmpty()
                    || !b.driver().getCurrentUrl().endsWith(page));
            assertThat(b.driver().getCurrentUrl()).as(b.driver().getPageSource()).endsWith(page);
            assertThat(b.driver().findElements(org.openqa.selenium.By.cssSelector("#leave-form legend"))).as(b.driver().getPageSource()).isNotEmpty();
            assertThat(b.text("#leave-form legend")).isEqualTo("Record leave");
            assertThat(b.text(".no-leave")).isEqualTo("No leave is recorded for this workplace.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#leave-kinds option')).map(o => o.value)"))
                    .isEqualTo(List.of("annual", "sick", "maternity", "compensatory", "unpaid", "other"));

            // The typo, in each language: the reader's message with its hint, the field named, what was typed kept.
            String english = "kind: unknown leave kind anual (expected one of annual, sick, maternity, compensatory, unpaid, other); did you mean annual?";
            for (String[] language : new String[][] {
                {"en", "Not recorded: the leave would not be valid.", english},
                {"ko", "기록하지 못했습니다: 휴가 기록이 올바르지 않습니다.",
                    "kind: 알 수 없는 휴가 종류 anual (annual, sick, maternity, compensatory, unpaid, other 중 하나); 혹시 annual입니까?"},
                {"ja", "記録できませんでした: 休暇の記録が正しくありません。",
                    "kind: 不明な休暇の種類 anual です (annual, sick, maternity, compensatory, unpaid, other のいずれか)。annual の誤りではありませんか?"}}) {
                b.get(base + "/language?lang=" + language[0] + "&back=" + page);
                fill(b, "anual", "2026-03-16", "", "");
                b.await("the refusal", () -> !b.driver().findElements(By.cssSelector("#leave-problems")).isEmpty());
                assertThat(b.text("#leave-problems p")).isEqualTo(language[1]);
                assertThat(b.find("#leave-problems li").getAttribute("data-field")).isEqualTo("kind");
                assertThat(b.text("#leave-problems li")).isEqualTo(language[2]);
                assertThat(b.find("#leave-kind").getAttribute("value")).isEqualTo("anual");
                assertThat(b.find("#leave-from").getAttribute("value")).isEqualTo("2026-03-16");
            }
            assertThat(t.hr().get("/api/v1/workplaces/" + WP + "/leave").json().size()).isZero();
            // The API's words for the same record are the page's.
            Http.Response api = t.hr().post("/api/v1/workplaces/" + WP + "/leave", Map.of("employee", "E001", "kind", "anual", "from", "2026-03-16"));
            assertThat(api.status()).isEqualTo(422);
            assertThat(api.json().get("problems").get(0).get("field").asString() + ": " + api.json().get("problems").get(0).get("message").asString())
                    .isEqualTo(english);

            // Two days of annual leave, and an afternoon of sick leave: listed on the page, and by the API.
            b.get(base + "/language?lang=en&back=" + page);
            fill(b, "annual", "2026-03-16", "2026-03-17", "");
            b.await("saved", () -> !b.driver().findElements(By.cssSelector("#leave-saved")).isEmpty());
            assertThat(b.text("#leave-saved")).isEqualTo("The leave is recorded.");
            fill(b, "Sick", "2026-03-20", "", "4h");
            b.await("saved", () -> b.driver().findElements(By.cssSelector("ul.leave li")).size() == 2);
            assertThat(b.js("return Array.from(document.querySelectorAll('ul.leave li')).map(l => l.dataset.kind + ': ' + l.innerText)"))
                    .isEqualTo(List.of("annual: Annual leave Mar 16, 2026 to Mar 17, 2026", "sick: Sick leave Mar 20, 2026 4:00 of the day"));
            assertThat(b.fitsAPhone()).isTrue();
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the Employee page with the leave form").isEmpty();
        }
        Http.Response listed = t.hr().get("/api/v1/workplaces/" + WP + "/leave");
        assertThat(listed.json().size()).isEqualTo(2);
        // As typed (the reader takes a kind in any case), as the API stores a body; the records of one instant in no set order.
        List<String> records = new java.util.ArrayList<>();
        listed.json().forEach(r -> records.add(r.get("employee").asString() + " " + r.get("status").asString() + " " + r.get("data").get("kind").asString()
                + " " + r.get("data").get("from").asString() + " " + (r.get("data").has("to") ? r.get("data").get("to").asString() : "-") + " "
                + (r.get("data").has("hours") ? r.get("data").get("hours").asString() : "-")));
        assertThat(records).containsExactlyInAnyOrder("E001 ACTIVE annual 2026-03-16 2026-03-17 -", "E001 ACTIVE Sick 2026-03-20 - 4h");

        // A manager of the team: the page without the form, and a post refused as not found; an employee's own page has none.
        Http manager = Http.pages(port, t.id() + "-lead", managerPassword);
        Http.Response managersView = manager.get(page);
        assertThat(managersView.status()).isEqualTo(200);
        assertThat(managersView.body()).contains("Annual leave").doesNotContain("id=\"leave-form\"");
        Matcher csrf = CSRF.matcher(managersView.body());
        assertThat(csrf.find()).isTrue();
        Http.Response refused = manager.postForm(page + "/leave", Http.form("_csrf", csrf.group(1), "kind", "annual", "from", "2026-03-23"));
        assertThat(refused.status()).isEqualTo(404);
        Http.Response me = Http.pages(port, t.id() + "-minji", employeePassword).get("/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("Annual leave").doesNotContain("id=\"leave-form\"");
        assertThat(t.hr().get("/api/v1/workplaces/" + WP + "/leave").json().size()).isEqualTo(2);
    }
}
