package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.worktime.core.testing.Browser;

/**
 * The alert preferences page in headless chromium, and axe-core (WCAG 2.1 A and AA) over sign-in, This week, Employee,
 * Me and the preferences page, in English and Korean: zero violations. HR chooses what and where, saves, and reads back
 * what was saved; a bad e-mail address is refused in the page's language; the page fits a phone.
 */
class AlertsPageBrowserTest extends UiServer {

    @LocalServerPort
    int port;

    static void noViolations(Browser b, String page) {
        assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of %s", page).isEmpty();
    }

    @Test
    void hrChoosesAlertsAndEveryPageHasNoAxeViolations(@TempDir Path dir) throws Exception {
        Tenant t = tenant(port, "ap");
        String tenant = t.id();
        String hrPassword = t.hrPassword();
        Http hr = t.hr();
        seedKrTeam(t, "E001");
        StringBuilder csv = new StringBuilder("employee,start,end,breaks,origin\n");
        for (String day : List.of("09", "10", "11")) {
            csv.append(shift("E001", day, "09:00", "21:00", "ACTUAL"));
        }
        csv.append(shift("E001", "13", "09:00", "21:00", "PLANNED"));
        csv.append(shift("E001", "14", "09:00", "21:00", "PLANNED"));
        importShifts(t, csv.toString());
        Http.Response minji = hr.post("/api/v1/users", Map.of("username", tenant + "-minji", "role", "EMPLOYEE", "workplace", WP,
                "employee", "E001"));
        String base = "http://127.0.0.1:" + port;

        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            // The helper finds what it should: a page without a language and an image without a text alternative.
            b.get("data:text/html,<!DOCTYPE html><html><head><title>t</title></head><body><main><img src='x.png'></main></body></html>");
            assertThat(Axe.violations(b)).extracting(Axe.Violation::id).containsExactlyInAnyOrder("html-has-lang", "image-alt");
            b.get(base + "/signin");
            assertThat(b.text("h1")).isEqualTo("Sign in");
            noViolations(b, "sign-in");
            signIn(b, base, tenant + "-hr", hrPassword);
            b.get(base + "/workplaces/" + WP + "/week");
            assertThat(b.text("h1")).isEqualTo("This week");
            noViolations(b, "This week");
            b.get(base + "/workplaces/" + WP + "/employees/E001");
            assertThat(b.text("h1 .name")).isEqualTo("Kim Minji");
            noViolations(b, "Employee");

            // The preferences: from the header's link; the defaults, then HR's choices saved and read back.
            b.find("a.nav-alerts").click();
            b.await("the alerts page", () -> b.driver().getCurrentUrl().equals(base + "/alerts"));
            assertThat(b.text("h1")).isEqualTo("Alerts");
            assertThat(List.of(b.find("#breachCertain").isSelected(), b.find("#breachLikely").isSelected(), b.find("#finding").isSelected(),
                    b.find("#byEmail").isSelected(), b.find("#digest").isSelected(), b.find("#byWebhook").isSelected()))
                    .containsExactly(true, true, true, true, true, true);
            noViolations(b, "Alerts");
            b.find("#email").sendKeys("not-an-address");
            b.js("document.getElementById('email').type = 'text'");  // past the browser's own check, to the server's
            b.find(".alerts-form button[type=submit]").click();
            b.await("the refusal", () -> !b.driver().findElements(org.openqa.selenium.By.id("alerts-invalid")).isEmpty());
            assertThat(b.text("#alerts-invalid")).isEqualTo("Not saved: this is not an e-mail address.");
            b.find("#email").clear();
            b.find("#email").sendKeys("hr@hanbit.test");
            b.find("#breachLikely").click();
            b.find("#webhookUrl").sendKeys("https://chat.hanbit.test/hooks/worktime");
            b.find("#language option[value=ko]").click();
            b.find(".alerts-form button[type=submit]").click();
            b.await("saved", () -> b.driver().getCurrentUrl().equals(base + "/alerts?saved"));
            assertThat(b.text("#alerts-saved")).isEqualTo("Saved.");
            assertThat(b.find("#email").getAttribute("value")).isEqualTo("hr@hanbit.test");
            assertThat(b.find("#breachLikely").isSelected()).isFalse();
            assertThat(b.find("#webhookSecret").getAttribute("value")).hasSize(64);
            assertThat(hr.get("/api/v1/me/alert-preferences").json().get("breachLikely").asBoolean()).isFalse();
            assertThat(hr.get("/api/v1/me/alert-preferences").json().get("language").asString()).isEqualTo("ko");
            assertThat(b.fitsAPhone()).as("the alerts page at 390 px").isTrue();
            noViolations(b, "Alerts, saved");
            b.screenshot(SCREENSHOTS.resolve("alerts-en.png"));

            // In Korean: the page's words, and still no violations.
            b.find(".languages a[lang=ko]").click();
            b.await("Korean", () -> b.text("h1").equals("알림"));
            assertThat(b.text("label[for=byEmail]")).isEqualTo("이메일");
            noViolations(b, "알림");
            b.screenshot(SCREENSHOTS.resolve("alerts-ko-phone.png"), 390);
            b.find("form.signout button").click();
            b.await("signed out", () -> b.driver().getCurrentUrl().contains("/signin"));

            // The employee's own page.
            signIn(b, base, tenant + "-minji", minji.json().get("password").asString());
            b.get(base + "/me");
            noViolations(b, "Me");
        }
    }
}
