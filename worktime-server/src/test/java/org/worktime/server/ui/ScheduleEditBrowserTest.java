package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import org.worktime.core.testing.Browser;

/**
 * A saved planned shift changed in place on the Schedule, in headless chromium (the clock at Thursday 2026-03-12 12:00
 * in Seoul). E002 has 30 h recorded Monday to Wednesday, 10 h planned Friday and 8 h planned Saturday (48 h). HR opens
 * Saturday's shift for a change: the form holds its times and break; a later end (23:00, 53 h in the week) shows the
 * 52-hour finding before anything is saved, the stored shift unchanged; a change without a reason is refused with the
 * API's words; with one, it is saved through the API's correction: a second version of the same record, with its
 * reason, the first kept, and the audit trail's CORRECT row.
 */
class ScheduleEditBrowserTest extends UiServer {

    static int port;
    static Tenant t;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        t = tenant(port, "sedit");
        seedKrTeam(t, "E001", "E002");
        StringBuilder csv = new StringBuilder("employee,start,end,breaks,origin\n");
        for (String day : List.of("09", "10", "11")) {
            csv.append(shift("E002", day, "09:00", "20:00", "ACTUAL"));   // 10 h x 3
        }
        csv.append(shift("E002", "13", "09:00", "20:00", "PLANNED"));     // 10 h on Friday
        csv.append(shift("E002", "14", "09:00", "18:00", "PLANNED"));     // 8 h on Saturday
        importShifts(t, csv.toString());
    }

    static JsonNode saturday() {
        return t.hr().get("/api/v1/workplaces/" + WP + "/shifts?from=2026-03-14&to=2026-03-14&employee=E002").json();
    }

    @Test
    void aSavedPlannedShiftIsChangedInPlaceWithTheWarningFirstAndAReason(@TempDir Path dir) throws Exception {
        String base = "http://127.0.0.1:" + port;
        String record = saturday().get(0).get("recordId").asString();
        try (Browser b = Browser.open(dir.resolve("profile"), "en-US")) {
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            b.get(base + "/workplaces/" + WP + "/schedule?week=2026-03-09");
            assertThat(b.texts("#sched-E002 td[data-day='2026-03-14'] .sched-time")).containsExactly("09:00–18:00");
            assertThat(b.attribute("#sched-E002 td[data-day='2026-03-14'] .sched-edit", "aria-label"))
                    .isEqualTo("Change the planned shift of E002, 09:00–18:00");
            // Recorded shifts are not offered for a change here.
            assertThat(b.texts("#sched-E002 td[data-day='2026-03-09'] .sched-edit")).isEmpty();
            b.find("#sched-E002 td[data-day='2026-03-14'] .sched-edit").click();
            b.await("the change form", () -> b.driver().getCurrentUrl().contains("edit=" + record));
            assertThat(b.text("#add-title")).isEqualTo("Change the planned shift");
            assertThat(List.of("#f-employee", "#f-date", "#f-start", "#f-end", "#f-break-start", "#f-break-end").stream()
                    .map(css -> b.find(css).getAttribute("value")).toList())
                    .containsExactly("E002", "2026-03-14", "09:00", "18:00", "12:00", "13:00");

            // htmx ready on the form before typing (the script is deferred; a change before it is bound would go unseen).
            b.await("htmx", () -> Boolean.TRUE.equals(b.js("return document.readyState === 'complete' && !!window.htmx")));
            Thread.sleep(200);
            // An hour later, 19:00: 49 h, within every limit (the saved version is replaced, not counted beside it).
            ScheduleBrowserTest.setValue(b, "#f-end", "19:00");
            ScheduleBrowserTest.settled(b, "#whatif .sched-clear");
            assertThat(b.text("#whatif .sched-clear"))
                    .isEqualTo("No warning: with this shift, the week Mar 9, 2026 to Mar 15, 2026 stays within every limit checked.");
            // 23:00: 13 h on Saturday, 53 h in the week. The warning, before any Save.
            ScheduleBrowserTest.setValue(b, "#f-end", "23:00");
            ScheduleBrowserTest.settled(b, "#whatif .sched-warning");
            assertThat(b.text("#whatif .sched-warning-head"))
                    .isEqualTo("Before you save: this shift would cause 1 finding in the week Mar 9, 2026 to Mar 15, 2026.");
            assertThat(b.js("return Array.from(document.querySelectorAll('#whatif .finding')).map(e => e.dataset.rule)"))
                    .isEqualTo(List.of("KR-LSA-53-1"));
            assertThat(b.text("#whatif .finding .message")).contains("53:00");
            assertThat(saturday().get(0).get("data").get("end").asString()).isEqualTo("2026-03-14T18:00:00+09:00");
            assertThat(Axe.violations(b)).as("axe-core WCAG 2.1 A/AA violations of the change form with its warning").isEmpty();

            // Without a reason: the API's refusal, nothing saved.
            b.find("#save").click();
            b.await("refused", () -> !b.driver().findElements(org.openqa.selenium.By.cssSelector("#whatif .sched-problem")).isEmpty());
            assertThat(b.texts("#whatif .sched-problem li")).containsExactly("reason: say why the record changes (kept in its history and the audit trail)");
            assertThat(saturday().get(0).get("version").asInt()).isEqualTo(1);

            b.find("#f-reason").sendKeys("client visit on Saturday evening");
            b.find("#save").click();
            b.await("changed", () -> b.driver().getCurrentUrl().contains("changed=" + record));
            assertThat(b.text("#changed")).isEqualTo("The planned shift is changed (a new version, with the one before kept).");
            assertThat(b.text("#add-title")).isEqualTo("Add a planned shift");
            assertThat(b.texts("#sched-E002 td[data-day='2026-03-14'] .sched-time")).containsExactly("09:00–23:00");
        }
        JsonNode history = t.hr().get("/api/v1/workplaces/" + WP + "/shifts/" + record).json();
        List<String> versions = new ArrayList<>();
        history.get("versions").forEach(v -> versions.add(v.get("version").asInt() + " " + v.get("status").asString() + " "
                + v.get("data").get("origin").asString() + " " + v.get("data").get("end").asString() + " "
                + (v.get("reason").isNull() ? "-" : v.get("reason").asString())));
        assertThat(versions).containsExactly("1 ACTIVE PLANNED 2026-03-14T18:00:00+09:00 import shifts.csv",
                "2 ACTIVE PLANNED 2026-03-14T23:00:00+09:00 client visit on Saturday evening");
        List<String> trail = new ArrayList<>();
        t.hr().get("/api/v1/audit?entity=shift&entityId=" + record).json().forEach(e -> trail.add(e.get("action").asString()));
        assertThat(trail).containsExactly("CORRECT", "CREATE");
    }
}
