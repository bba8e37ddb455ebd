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
 * The Imports page with a profile file of the user's own (docs/IMPORT.md, "A profile file"), uploaded beside the
 * export, in headless chromium: an ERP export with English column names, slashed dates, a night shift and break
 * minutes is previewed through it (the rows exact, times in Seoul), confirmed, and listed in the history under the
 * profile file's name; the API then holds exactly those shifts. A profile file that does not read names its file, line
 * and field, and nothing is previewed; a built-in profile and a profile file together are refused.
 */
class ImportProfileFileBrowserTest extends UiServer {

    static int port;
    static Tenant t;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        t = tenant(port, "impf");
        seedKrTeam(t, "E001", "E002");
    }

    static final String PROFILE = """
            name: hanbit-erp
            description: Hanbit's ERP attendance export
            zone: Asia/Seoul
            columns:
              employee: emp_no
              date: work_date
              start: clock_in
              end: clock_out
              breaks: break_min
            ignore: [emp_name]
            patterns:
              date: yyyy/MM/dd
              time: HH:mm
            overnight: next-day
            breaks:
              form: minutes
              after: 4h
            """;

    static final String EXPORT = """
            emp_no,emp_name,work_date,clock_in,clock_out,break_min
            E001,Kim Minji,2026/03/02,08:30,17:30,60
            E002,Lee Junho,2026/03/02,22:00,07:00,60
            E001,Kim Minji,2026/03/03,09:00,18:00,30
            """;

    /** A date pattern without the day: an error of the profile itself, at its line. */
    static final String BAD_PROFILE = PROFILE.replace("date: yyyy/MM/dd", "date: yyyy/MM");

    static void upload(Browser b, Path file, Path profileFile, String builtIn) {
        b.find("#imp-file").sendKeys(file.toAbsolutePath().toString());
        b.js("document.querySelector('#imp-profile').value = arguments[0];", builtIn);
        b.find("#imp-profile-file").sendKeys(profileFile.toAbsolutePath().toString());
        b.find("#preview").click();
    }

    @Test
    void anUploadedProfileFileReadsTheExportAsTheApiWould(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("erp.csv");
        Files.writeString(file, EXPORT, StandardCharsets.UTF_8);
        Path profile = dir.resolve("hanbit-erp.yaml");
        Files.writeString(profile, PROFILE, StandardCharsets.UTF_8);
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, BAD_PROFILE, StandardCharsets.UTF_8);
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + "/workplaces/" + WP + "/imports");

            // A profile file that does not read: its file, line and field; nothing previewed.
            upload(b, file, bad, "");
            b.await("the profile's problems", () -> !b.driver().findElements(By.id("profile-problems")).isEmpty());
            assertThat(b.text("#profile-problems .message")).isEqualTo("The profile file broken.yaml cannot be read:");
            assertThat(b.texts("#profile-problems li")).containsExactly("broken.yaml:12: field 'patterns.date': 'yyyy/MM' cannot be a date (year, month and day, e.g. yyyy/MM/dd): it does not give"
                    + " every part of one, or holds more (a zone name: the profile's zone says where local times are)");
            assertThat(b.driver().findElements(By.id("preview-section"))).isEmpty();

            // A built-in profile and a profile file together: refused.
            b.get(base + "/workplaces/" + WP + "/imports");
            upload(b, file, profile, "kr-hr");
            b.await("refused", () -> !b.driver().findElements(By.id("profile-problems")).isEmpty());
            assertThat(b.text("#profile-problems .message")).isEqualTo("Choose a built-in profile or upload a profile file, not both.");

            // The profile file: the rows as read through it, then Confirm.
            b.get(base + "/workplaces/" + WP + "/imports");
            upload(b, file, profile, "");
            b.await("the preview", () -> !b.driver().findElements(By.id("confirm")).isEmpty());
            assertThat(b.text("#counts")).isEqualTo("3 rows read: 3 shifts accepted, 0 rows refused. Nothing is stored until you confirm.");
            assertThat(b.js("return Array.from(document.querySelectorAll('table.imp-rows tbody tr')).map(r =>"
                    + " Array.from(r.cells).map(c => c.textContent).join(' | '))")).isEqualTo(List.of(
                    "E001 | Mar 2, 2026, 8:30\u202fAM | Mar 2, 2026, 5:30\u202fPM | 1:00 | recorded",
                    "E002 | Mar 2, 2026, 10:00\u202fPM | Mar 3, 2026, 7:00\u202fAM | 1:00 | recorded",
                    "E001 | Mar 3, 2026, 9:00\u202fAM | Mar 3, 2026, 6:00\u202fPM | 0:30 | recorded"));
            assertThat(t.hr().get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-02&to=2026-03-08").json().size()).isEqualTo(0);
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the preview through a profile file").isEmpty();
            b.find("#confirm").click();
            b.await("imported", () -> b.driver().getCurrentUrl().contains("done="));
            assertThat(b.text("#done")).isEqualTo("The file is imported.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#history tbody tr')).map(r =>"
                    + " Array.from(r.cells).slice(1).map(c => c.textContent).join(' | '))"))
                    .isEqualTo(List.of("erp.csv | hanbit-erp.yaml | 3 | 0 | " + t.id() + "-hr"));
            List<String> stored = new java.util.ArrayList<>();
            t.hr().get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-02&to=2026-03-08").json()
                    .forEach(s -> stored.add(s.get("data").get("employee").asString() + " " + s.get("data").get("start").asString() + " "
                            + s.get("data").get("end").asString() + " " + s.get("data").get("breaks").get(0).asString()));
            // The profile's breaks: the minutes placed 4 hours after the clock-in.
            assertThat(stored).containsExactlyInAnyOrder(
                    "E001 2026-03-02T08:30:00+09:00 2026-03-02T17:30:00+09:00 2026-03-02T12:30:00+09:00/2026-03-02T13:30:00+09:00",
                    "E002 2026-03-02T22:00:00+09:00 2026-03-03T07:00:00+09:00 2026-03-03T02:00:00+09:00/2026-03-03T03:00:00+09:00",
                    "E001 2026-03-03T09:00:00+09:00 2026-03-03T18:00:00+09:00 2026-03-03T13:00:00+09:00/2026-03-03T13:30:00+09:00");
        }
    }

    @Test
    void aProfileFileThatDoesNotReadIsNamedInJapanese(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("erp.csv");
        Files.writeString(file, EXPORT, StandardCharsets.UTF_8);
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, BAD_PROFILE, StandardCharsets.UTF_8);
        String base = "http://127.0.0.1:" + port;
        try (Browser b = Browser.open(dir.resolve("profile"), "ja")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + "/workplaces/" + WP + "/imports");
            upload(b, file, bad, "");
            b.await("the profile's problems", () -> !b.driver().findElements(By.id("profile-problems")).isEmpty());
            assertThat(b.text("#profile-problems .message")).isEqualTo("プロファイルファイル broken.yaml を読み込めません：");
            assertThat(b.texts("#profile-problems li")).containsExactly("broken.yaml:12: 項目 'patterns.date': 'yyyy/MM' は日付 (年、月、日。例: yyyy/MM/dd)になりません: 必要な部分が欠けているか、"
                    + "余分なものがあります (タイムゾーン名: 現地時刻のタイムゾーンはプロファイルの zone が決めます)");
        }
    }
}
