package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * examples/us-team end to end through the readers and the command: a California week starting Sunday 06:00, read from
 * CSV with a salary, a second rate, a flat-sum bonus and attested duties. Every figure is worked out in the README and
 * here.
 */
class UsExampleTest {

    private static final String DATASET = Path.of("..", "examples", "us-team").toString();

    private static List<String> lines(JsonNode report) {
        List<String> list = new ArrayList<>();
        report.get("employees").forEach(e -> e.get("payLines").forEach(p -> list.add(e.get("id").asText() + " " + p.get("kind").asText()
                + " " + p.get("minutes").asText() + " x" + p.get("multiplier").asText() + " " + p.at("/amount/amount").asText())));
        return list;
    }

    @Test
    void paysCaliforniaOvertimeTheRegularRateAndMealPremiumsToTheCent() throws Exception {
        Cli.Result result = Cli.run("pay", DATASET, "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.at("/period/start").asText()).isEqualTo("2026-03-15");
        assertThat(lines(report)).containsExactly(
                // U01, T17 (Alvarado): 6 h over 40 at 0.5 x 10.00, and 1.5 x 15/40 = 0.375 an hour on the bonus.
                "U01 CA_WEEKLY_OVERTIME 360 x0.5 30.00",
                "U01 CA_WEEKLY_OVERTIME 360 x1.5 3.38",
                // U02: (37 x 20 + 8 x 8) / 45 = 17.8667; Monday's 13 h: 4 h at 1.5 and 1 h at 2, and a missed second meal.
                "U02 CA_DAILY_OVERTIME 240 x0.5 35.73",
                "U02 CA_DOUBLE_TIME 60 x1 17.87",
                "U02 CA_MEAL_PREMIUM 60 x1 17.87",
                // U04: federally exempt, but California's tests are undecided (no primarily-engaged attestation):
                // 120,000 / 52 / 40 = 57.69; 12 daily-overtime hours, 9 of them inside the 40 the salary pays.
                "U04 STRAIGHT_TIME 540 x1 519.23",
                "U04 CA_DAILY_OVERTIME 540 x0.5 259.62",
                "U04 CA_DAILY_OVERTIME 180 x1.5 259.62",
                "U04 CA_MEAL_PREMIUM 60 x1 57.69",
                "U04 CA_MEAL_PREMIUM 60 x1 57.69",
                "U04 CA_MEAL_PREMIUM 60 x1 57.69",
                "U04 CA_MEAL_PREMIUM 60 x1 57.69",
                // U05: 700 / 35 = 20.00; hours 36-40 at straight time, 41-42 at 1.5 (778.322).
                "U05 STRAIGHT_TIME 300 x1 100.00",
                "U05 OVERTIME 120 x1.5 60.00");
        assertThat(report.at("/totals/owed/0/amount").asText()).isEqualTo("1534.08");
        assertThat(report.at("/totals/owed/0/currency").asText()).isEqualTo("USD");
    }

    /**
     * The California minimum wage (issue 10): U01's USD 10.00 and U02's USD 8.00 job are below 2026's USD 16.90, hour by
     * hour: 46 h x 6.90 = 317.40 and 8 h x 8.90 = 71.20. Federally (USD 7.25, by the workweek) both are paid enough.
     */
    @Test
    void checkFindsTheHoursPaidBelowTheCaliforniaMinimumWage() throws Exception {
        Cli.Result result = Cli.run("check", DATASET, "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(result.out());
        List<String> found = new ArrayList<>();
        report.get("employees").forEach(e -> e.get("findings").forEach(f -> found.add(e.get("id").asText() + " " + f.get("ruleId").asText()
                + " " + f.get("severity").asText() + " " + f.at("/measured/value").asText() + "/" + f.at("/limit/value").asText())));
        assertThat(found).containsExactly("U01 US-CA-LC-1182-12 VIOLATION 10/16.9", "U02 US-CA-LC-1182-12 VIOLATION 8/16.9");
        assertThat(result.out()).contains("317.40 USD owed.", "71.20 USD owed.");
    }

    @Test
    void decidesTheExemptionsFederalAndCaliforniaApart() throws Exception {
        Cli.Result result = Cli.run("exempt", DATASET, "--on", "2026-03-18", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        List<String> verdicts = new ArrayList<>();
        doc.get("employees").forEach(e -> e.get("regimes").forEach(r -> verdicts.add(e.get("id").asText() + " " + r.get("regime").asText()
                + " " + r.get("verdict").asText())));
        assertThat(verdicts).containsExactly(
                "U01 US-FLSA INDETERMINATE", "U01 US-CA NOT_EXEMPT",
                "U02 US-FLSA INDETERMINATE", "U02 US-CA NOT_EXEMPT",
                "U03 US-FLSA EXEMPT", "U03 US-CA EXEMPT",
                "U04 US-FLSA EXEMPT", "U04 US-CA INDETERMINATE",
                "U05 US-FLSA INDETERMINATE", "U05 US-CA NOT_EXEMPT");
    }

    /** No cap binds in the US: watch reports the workweek's hours and the hours left before overtime, never a breach. */
    @Test
    void watchReportsHoursBeforeOvertimeWithoutACeiling() throws Exception {
        Cli.Result result = Cli.run("watch", DATASET, "--as-of", "2026-03-18T12:00", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        assertThat(doc.at("/week/start").asText()).isEqualTo("2026-03-15");
        List<String> rows = new ArrayList<>();
        doc.get("employees").forEach(e -> rows.add(e.get("id").asText() + " " + e.get("status").asText() + " "
                + e.get("recordedMinutes").asInt() + " " + e.get("plannedMinutes").asInt()));
        // Shifts started before Wednesday noon count as recorded: U02 has Monday's 13 h, Tuesday's and Wednesday's 8 h.
        assertThat(rows).containsExactly("U01 NOT_APPLICABLE 1440 0", "U02 NOT_APPLICABLE 1740 0", "U03 NOT_APPLICABLE 1800 0",
                "U04 NOT_APPLICABLE 1980 0", "U05 NOT_APPLICABLE 1440 0");
        assertThat(doc.at("/employees/1/reason").asText()).endsWith("11:00 h left before weekly overtime starts.");
    }

    /** At Sunday 05:00 the workweek that starts on Sundays at 06:00 is still the one before. */
    @Test
    void watchBeforeTheWeeksStartingHourIsAboutThePreviousWeek() throws Exception {
        Cli.Result result = Cli.run("watch", DATASET, "--as-of", "2026-03-22T05:00", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        assertThat(doc.at("/week/start").asText()).isEqualTo("2026-03-15");
        assertThat(doc.at("/employees/0/recordedMinutes").asInt()).isEqualTo(46 * 60);
        assertThat(doc.at("/employees/0/reason").asText()).endsWith("6:00 h of weekly overtime recorded or planned.");
    }
}
