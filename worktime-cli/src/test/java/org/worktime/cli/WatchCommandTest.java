package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.rule.Packs;
import org.worktime.core.watch.Watch;

class WatchCommandTest {

    private static final String AS_OF = "2026-03-12T09:00";

    @BeforeEach
    void koreanPackWithHeadroom() {
        assumeTrue(Packs.find("KR").isPresent(), "the KR pack is not on the class path");
        assumeTrue(Watch.supports(Packs.find("KR").orElseThrow()), "the KR pack computes no headroom");
    }

    private static JsonNode json(Cli.Result result) throws Exception {
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode employee(JsonNode report, String id) {
        for (JsonNode e : report.get("employees")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no employee " + id + " in " + report);
    }

    @Test
    void aCertainBreachGivesExitCodeOneAndTheJsonFields() throws Exception {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        JsonNode report = json(result);
        assertThat(report.get("schema").asText()).isEqualTo("worktime-watch/2");
        assertThat(report.get("asOf").asText()).isEqualTo("2026-03-12T09:00:00+09:00");
        assertThat(report.at("/week/start").asText()).isEqualTo("2026-03-09");
        assertThat(report.at("/week/endExclusive").asText()).isEqualTo("2026-03-16");
        assertThat(report.get("riskMinutes").asInt()).isEqualTo(240);

        List<String> order = new ArrayList<>();
        report.get("employees").forEach(e -> order.add(e.get("id").asText() + ":" + e.get("status").asText()));
        assertThat(order).containsExactly("E1:BREACH_CERTAIN", "E2:AT_RISK", "E3:OK");

        // E1: 30 h recorded, 10 h + 13 h planned, against 40 + 12 h: 1 h over.
        JsonNode e1 = employee(report, "E1");
        assertThat(e1.get("name").asText()).isEqualTo("Park Jiho");
        assertThat(e1.get("recordedMinutes").asInt()).isEqualTo(30 * 60);
        assertThat(e1.get("plannedMinutes").asInt()).isEqualTo(23 * 60);
        assertThat(e1.get("ceilingMinutes").asInt()).isEqualTo(52 * 60);
        assertThat(e1.get("leftMinutes").asInt()).isEqualTo(-60);
        assertThat(e1.get("dailyCeilingMinutes").isNull()).isTrue();
        assertThat(e1.get("todayMinutes").asInt()).isEqualTo(10 * 60);
        assertThat(e1.get("todayShiftStart").asText()).isEqualTo("2026-03-12T09:00:00");
        // Other work of the week: 30 h + Friday's 13 h = 43 h; today's shift may hold 9 h, plus 1 h of break.
        assertThat(e1.get("todayAllowedMinutes").asInt()).isEqualTo(9 * 60);
        assertThat(e1.get("latestLegalEnd").asText()).isEqualTo("2026-03-12T19:00:00");
        assertThat(e1.get("article").asText()).isEqualTo("Art. 53(1)");
        assertThat(e1.at("/forecast/0/ruleId").asText()).isEqualTo("KR-LSA-53-1");
        assertThat(e1.at("/forecast/0/basis").asText()).isEqualTo("FORECAST");
        assertThat(e1.at("/forecast/0/measured/value").asInt()).isEqualTo(13 * 60);
        assertThat(e1.get("forecast")).hasSize(1);

        JsonNode e2 = employee(report, "E2");
        assertThat(e2.get("leftMinutes").asInt()).isEqualTo(3 * 60);
        assertThat(e2.get("forecast")).isEmpty();
        JsonNode e3 = employee(report, "E3");
        assertThat(e3.get("leftMinutes").asInt()).isEqualTo(20 * 60);

        assertThat(report.at("/totals/employees").asInt()).isEqualTo(3);
        assertThat(report.at("/totals/breachCertain").asInt()).isEqualTo(1);
        assertThat(report.at("/totals/atRisk").asInt()).isEqualTo(1);
        assertThat(report.at("/totals/ok").asInt()).isEqualTo(1);
        assertThat(report.at("/totals/notApplicable").asInt()).isZero();
        assertThat(report.at("/totals/indeterminate").asInt()).isZero();
    }

    @Test
    void nobodyBreachingGivesExitCodeZero() throws Exception {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-clean.yaml"), "--as-of", AS_OF, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode e1 = employee(json(result), "E1");
        assertThat(e1.get("status").asText()).isEqualTo("OK");
        assertThat(e1.get("ceilingMinutes").asInt()).isEqualTo(40 * 60);
        assertThat(e1.get("dailyCeilingMinutes").asInt()).isEqualTo(8 * 60);
        assertThat(e1.get("leftMinutes").asInt()).isEqualTo(8 * 60);
        assertThat(e1.get("latestLegalEnd").asText()).isEqualTo("2026-03-12T18:00:00");
        assertThat(e1.get("article").asText()).isEqualTo("Art. 50(1)");
    }

    @Test
    void aLowerRiskThresholdTurnsAtRiskIntoOk() throws Exception {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--format", "json", "--risk-hours", "2.5");

        JsonNode report = json(result);
        assertThat(report.get("riskMinutes").asInt()).isEqualTo(150);
        assertThat(employee(report, "E2").get("status").asText()).isEqualTo("OK");
    }

    @Test
    void plansThatStartedBeforeTheAsOfInstantNoLongerCount() throws Exception {
        // As of Saturday every shift of the week has started; Thursday's and Friday's shifts were only planned and
        // no record replaced them, so E1 has 30 h recorded, nothing planned, and no shift today.
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", "2026-03-14", "--format", "json");

        assertThat(result.exitCode()).isZero();
        JsonNode e1 = employee(json(result), "E1");
        assertThat(e1.get("recordedMinutes").asInt()).isEqualTo(30 * 60);
        assertThat(e1.get("plannedMinutes").asInt()).isZero();
        assertThat(e1.get("latestLegalEnd").isNull()).isTrue();
    }

    @Test
    void theTextTableIsSortedBySeverity() {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Worktime watch", "Week          2026-03-09 to 2026-03-15",
                "ID  Name       Status          Recorded  Planned  Ceiling   Left  Latest end today",
                "E1  Park Jiho  BREACH_CERTAIN     30:00    23:00    52:00  -1:00  19:00",
                "E2  Kim Minji  AT_RISK            30:00    19:00    52:00   3:00  23:00",
                "forecast: VIOLATION  KR-LSA-53-1  2026-03-09 to 2026-03-15");
        assertThat(result.out().indexOf("E1  Park Jiho")).isLessThan(result.out().indexOf("E2  Kim Minji"));
        assertThat(result.out().indexOf("E2  Kim Minji")).isLessThan(result.out().indexOf("E3  Lee Jun"));
    }

    @Test
    void koreanLabels() {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--lang", "ko");

        assertThat(result.out()).contains("근로시간 한도 경보", "위반 확실", "주 52:00시간");
    }

    @Test
    void csvHasOneRowPerEmployee() {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--format", "csv");

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("employeeId,employeeName,status,weekStart,weekEndExclusive,recordedMinutes,plannedMinutes,");
        assertThat(lines.get(1)).startsWith("E1,Park Jiho,BREACH_CERTAIN,2026-03-09,2026-03-16,1800,1380,3120,-60,,600,"
                + "2026-03-12T09:00:00,540,2026-03-12T19:00:00,KR-LSA-53-1,");
    }

    @Test
    void writesToTheOutputFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("watch.json");
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--format", "json", "--output", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"schema\": \"worktime-watch/2\"");
    }

    // --- A flexible arrangement (Art. 51): the unit period; see watch-flexible.yaml ---------------------------------

    private static final String MONDAY_OF_WEEK_2 = "2026-03-16T09:00";

    @Test
    void underAFlexibleArrangementTheUnitIsProjectedAndJudged() throws Exception {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-flexible.yaml"), "--as-of", MONDAY_OF_WEEK_2, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode report = json(result);
        assertThat(report.at("/week/start").asText()).isEqualTo("2026-03-16");
        List<String> order = new ArrayList<>();
        report.get("employees").forEach(e -> order.add(e.get("id").asText() + ":" + e.get("status").asText()));
        // E2 before E3: both OK, E2 with less left in the week (7 h against 24 h).
        assertThat(order).containsExactly("E1:BREACH_CERTAIN", "E2:OK", "E3:OK");

        // E1, no Art. 53 agreement: 45 h recorded in week 1 + 45 h planned in week 2 = 90 h against the 80 scheduled.
        JsonNode e1 = employee(report, "E1");
        assertThat(e1.at("/unit/start").asText()).isEqualTo("2026-03-09");
        assertThat(e1.at("/unit/endExclusive").asText()).isEqualTo("2026-03-23");
        assertThat(e1.get("unitScheduledMinutes").asInt()).isEqualTo(80 * 60);
        assertThat(e1.get("unitRecordedMinutes").asInt()).isEqualTo(45 * 60);
        assertThat(e1.get("unitPlannedMinutes").asInt()).isEqualTo(45 * 60);
        assertThat(e1.get("unitProjectedMinutes").asInt()).isEqualTo(90 * 60);
        assertThat(e1.get("unitCeilingMinutes").asInt()).isEqualTo(80 * 60);
        assertThat(e1.get("unitStatus").asText()).isEqualTo("BREACH_CERTAIN");
        // The week: the larger of 40 h and the 35 scheduled, 40 h; 45 h planned.
        assertThat(e1.get("ceilingMinutes").asInt()).isEqualTo(40 * 60);
        assertThat(e1.get("leftMinutes").asInt()).isEqualTo(-5 * 60);

        // E2, the same plan with the agreement: 80 + 12 + 12 = 104 h; 14 h left.
        JsonNode e2 = employee(report, "E2");
        assertThat(e2.get("unitProjectedMinutes").asInt()).isEqualTo(90 * 60);
        assertThat(e2.get("unitCeilingMinutes").asInt()).isEqualTo(104 * 60);
        assertThat(e2.get("unitStatus").asText()).isEqualTo("OK");
        assertThat(e2.get("ceilingMinutes").asInt()).isEqualTo(52 * 60);

        // E3: 28 h planned Monday to Thursday; Friday's 7 scheduled hours assumed: 45 + 28 + 7 = 80 h.
        JsonNode e3 = employee(report, "E3");
        assertThat(e3.get("unitPlannedMinutes").asInt()).isEqualTo(28 * 60);
        assertThat(e3.get("unitProjectedMinutes").asInt()).isEqualTo(80 * 60);
        assertThat(e3.get("unitStatus").asText()).isEqualTo("OK");
        assertThat(e3.get("reason").asText()).contains("+ 7:00 h of the schedule, assumed worked where nothing is planned (on 2026-03-20)"
                + " = projected 80:00 h.");
    }

    @Test
    void theTextShowsTheUnitUnderEachCoveredEmployee() {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-flexible.yaml"), "--as-of", MONDAY_OF_WEEK_2);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains(
                "E1  Park Jiho  BREACH_CERTAIN      0:00    45:00    40:00  -5:00  09:00\n"
                        + "    unit 2026-03-09 to 2026-03-22: recorded 45:00, planned 45:00, projected 90:00 of 80:00\n",
                "    unit 2026-03-09 to 2026-03-22: recorded 45:00, planned 45:00, projected 90:00 of 80:00 (+24:00 extended)\n",
                "E3  Lee Jun    OK                  0:00    28:00    52:00  24:00  2026-03-17 17:00\n"
                        + "    unit 2026-03-09 to 2026-03-22: recorded 45:00, planned 28:00, projected 80:00 of 80:00 (+24:00 extended)\n");
    }

    @Test
    void csvEndsWithTheUnitColumns() {
        Cli.Result result = Cli.run("watch", Cli.dataset("watch-flexible.yaml"), "--as-of", MONDAY_OF_WEEK_2, "--format", "csv");

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).endsWith(",lawVersion,unitStart,unitEndExclusive,unitScheduledMinutes,unitRecordedMinutes,"
                + "unitPlannedMinutes,unitProjectedMinutes,unitCeilingMinutes,unitStatus,unitKind");
        assertThat(lines.get(1)).startsWith("E1,").endsWith(",2026-03-09,2026-03-23,4800,2700,2700,5400,4800,BREACH_CERTAIN,FLEXIBLE_UNIT");
        assertThat(lines.get(3)).startsWith("E3,").endsWith(",2026-03-09,2026-03-23,4800,2700,1680,4800,6240,OK,FLEXIBLE_UNIT");
        // Without an arrangement the unit cells are empty.
        Cli.Result week = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--format", "csv");
        assertThat(week.out().lines().toList().get(1)).endsWith(",,,,,,,,,");
    }

    @Test
    void asOfIsRequired() {
        Cli.Result result = Cli.runAsMain("watch", Cli.dataset("watch-week.yaml"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Missing required option: '--as-of=DATETIME'");
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertThat(Cli.runAsMain("watch", Cli.dataset("watch-week.yaml"), "--as-of", "Thursday").exitCode()).isEqualTo(2);
        assertThat(Cli.runAsMain("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--risk-hours", "-1").exitCode()).isEqualTo(2);
        assertThat(Cli.runAsMain("watch", Cli.dataset("watch-week.yaml"), "--as-of", AS_OF, "--format", "md").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnreadableDatasetIsBadInput() {
        Cli.Result result = Cli.run("watch", Cli.dataset("broken.yaml"), "--as-of", AS_OF);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("cannot read the dataset");
    }
}
