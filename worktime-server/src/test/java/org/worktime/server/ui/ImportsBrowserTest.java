package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.worktime.core.testing.Browser;

/**
 * The Imports page in headless chromium: a Korean HR export (the kr-hr profile: 사번, 근무일자, 출근, 퇴근, 휴게) with one
 * bad row. Refusing bad rows, the preview names line 4, its field and the reader's reason and offers no import; nothing
 * is stored. Leaving bad rows out, the preview shows the three shifts as read (times in Seoul, the 60-minute break) and
 * Confirm enters exactly those; the history lists the import with its profile and the row left out; the same file
 * again is recognised, not entered twice.
 */
class ImportsBrowserTest extends UiServer {

    static int port;
    static String tenant;
    static String hrPassword;
    static Http hr;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        Tenant t = tenant(port, "imp");
        tenant = t.id();
        hrPassword = t.hrPassword();
        hr = t.hr();
        seedKrTeam(t, "E001", "E002");
    }

    static final String EXPORT = """
            사번,성명,부서,근무일자,출근,퇴근,휴게,비고
            E001,김민지,플랫폼팀,2026-03-02,9:00,18:00,60,
            E002,이준호,플랫폼팀,2026-03-02,9:30,18:30,60,
            E001,김민지,플랫폼팀,2026-03-03,9:00,25:00,60,
            E002,이준호,플랫폼팀,2026-03-03,9:30,19:30,60,
            """;

    static void upload(Browser b, Path file, String profile, String mode) {
        b.find("#imp-file").sendKeys(file.toAbsolutePath().toString());
        b.js("document.querySelector('#imp-profile').value = arguments[0];", profile);
        b.find("input[name=mode][value=" + mode + "]").click();
        b.find("#preview").click();
    }

    @Test
    void aBadRowIsNamedAndTheRestImportsOnlyWhenAskedAndConfirmed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("근태기록.csv");
        Files.writeString(file, EXPORT, StandardCharsets.UTF_8);
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, tenant + "-hr", hrPassword);
            b.get(base + "/workplaces/" + WP + "/week");
            b.find("nav.pages .nav-imports").click();
            b.await("imports", () -> b.driver().getCurrentUrl().endsWith("/workplaces/" + WP + "/imports"));
            assertThat(b.text("h1")).isEqualTo("Imports");
            assertThat(b.text("#history-title + p")).isEqualTo("No imports yet.");

            // Refuse bad rows: the row is named, nothing can be confirmed, nothing is stored.
            upload(b, file, "kr-hr", "strict");
            b.await("the preview", () -> !b.driver().findElements(By.id("preview-section")).isEmpty());
            assertThat(b.text("#counts")).isEqualTo("4 rows read: 3 shifts accepted, 1 row refused. Nothing is stored until you confirm.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#rejected tbody tr')).map(r =>"
                    + " Array.from(r.cells).slice(0, 3).map(c => c.textContent).join(' '))")).isEqualTo(List.of("4 퇴근 E001"));
            assertThat(b.text("#rejected .reason-text"))
                    .isEqualTo("'25:00' does not match the pattern H:mm (Invalid value for HourOfDay (valid values 0 - 23): 25)");
            assertThat(b.driver().findElements(By.id("confirm"))).isEmpty();
            assertThat(b.text("#not-importable")).isEqualTo("Fix the refused rows and upload the file again, or choose to leave them out.");
            assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-02&to=2026-03-08").json().size()).isEqualTo(0);
            b.screenshot(SCREENSHOTS.resolve("imports-rejected-en.png"));
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the import preview").isEmpty();

            // Leave them out: the three shifts as read, then Confirm.
            upload(b, file, "kr-hr", "quarantine");
            b.await("the preview", () -> !b.driver().findElements(By.id("confirm")).isEmpty());
            assertThat(b.js("return Array.from(document.querySelectorAll('table.imp-rows tbody tr')).map(r =>"
                    + " Array.from(r.cells).map(c => c.textContent).join(' | '))")).isEqualTo(List.of(
                    "E001 | Mar 2, 2026, 9:00\u202fAM | Mar 2, 2026, 6:00\u202fPM | 1:00 | recorded",
                    "E002 | Mar 2, 2026, 9:30\u202fAM | Mar 2, 2026, 6:30\u202fPM | 1:00 | recorded",
                    "E002 | Mar 3, 2026, 9:30\u202fAM | Mar 3, 2026, 7:30\u202fPM | 1:00 | recorded"));
            assertThat(b.text("#confirm")).isEqualTo("Import 3 shifts");
            assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-02&to=2026-03-08").json().size()).isEqualTo(0);
            b.find("#confirm").click();
            b.await("imported", () -> b.driver().getCurrentUrl().contains("done="));
            assertThat(b.text("#done")).isEqualTo("The file is imported.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#history tbody tr')).map(r =>"
                    + " Array.from(r.cells).slice(1).map(c => c.textContent).join(' | '))"))
                    .isEqualTo(List.of("근태기록.csv | kr-hr | 3 | 1 | " + tenant + "-hr"));
            assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-02&to=2026-03-08").json().size()).isEqualTo(3);

            // The same file again: recognised, not entered twice.
            upload(b, file, "kr-hr", "quarantine");
            b.await("the preview", () -> !b.driver().findElements(By.id("confirm")).isEmpty());
            b.find("#confirm").click();
            b.await("replayed", () -> b.driver().getCurrentUrl().contains("replayed"));
            assertThat(b.text("#done")).isEqualTo("This file was imported before with the same profile: nothing was entered twice.");
            assertThat(hr.get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-02&to=2026-03-08").json().size()).isEqualTo(3);
            assertThat(b.fitsAPhone()).as("imports at 390 px").isTrue();

            b.find(".languages a[lang=ko]").click();
            b.await("Korean", () -> b.text("h1").equals("가져오기"));
            assertThat(b.text("#history-title")).isEqualTo("가져오기 이력");
        }
    }
}
