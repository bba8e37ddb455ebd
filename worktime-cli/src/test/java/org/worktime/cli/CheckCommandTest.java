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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.rule.Packs;

class CheckCommandTest {

    private static void assumeKoreanRule(String id) {
        assumeTrue(Packs.find("KR").isPresent(), "the KR pack is not on the class path");
        assumeTrue(Packs.find("KR").orElseThrow().rules().stream().anyMatch(r -> r.info().id().equals(id)), "the KR pack has no rule " + id);
    }

    private static List<String> ruleIds(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.at("/employees").forEach(e -> e.get("findings").forEach(f -> ids.add(f.get("ruleId").asText())));
        return ids;
    }

    @Test
    void violationsGiveExitCodeOneAndJsonFindings() throws Exception {
        assumeKoreanRule("KR-LSA-53-1");
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.get("schema").asText()).isEqualTo("worktime-report/3");
        assertThat(report.at("/period/start").asText()).isEqualTo("2025-03-03");
        assertThat(report.at("/period/endExclusive").asText()).isEqualTo("2025-03-08");
        assertThat(ruleIds(report)).contains("KR-LSA-53-1");
        JsonNode finding = null;
        for (JsonNode f : report.at("/employees/0/findings")) {
            if (f.get("ruleId").asText().equals("KR-LSA-53-1")) {
                finding = f;
            }
        }
        assertThat(finding.get("severity").asText()).isEqualTo("VIOLATION");
        assertThat(finding.at("/measured/unit").asText()).isEqualTo("min");
        assertThat(finding.at("/measured/value").asInt()).isEqualTo(900);
        assertThat(finding.at("/limit/value").asInt()).isEqualTo(720);
        // 55 h in five 11-hour days, no agreement on file: Art. 50(1) once, Art. 50(2) five times, Art. 53(1) once.
        assertThat(report.at("/totals/violations").asInt()).isEqualTo(7);
    }

    @Test
    void aCleanWeekGivesExitCodeZero() {
        assumeTrue(Packs.find("KR").isPresent());
        Cli.Result result = Cli.run("check", Cli.dataset("forty-hours.yaml"));

        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("Worktime check report", "Employee E1 Park Jiho, worked 40:00 h", "  Violations      0");
    }

    @Test
    void koreanTextReportUsesKoreanLabels() {
        assumeKoreanRule("KR-LSA-53-1");
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--lang", "ko");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("근로시간 점검 보고서", "근로자 E1 Park Jiho", "  위반      KR-LSA-53-1");
    }

    @Test
    void fromAndToNarrowThePeriod() throws Exception {
        assumeTrue(Packs.find("KR").isPresent());
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "json", "--from", "2025-03-04", "--to", "2025-03-04");

        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.at("/period/start").asText()).isEqualTo("2025-03-04");
        assertThat(report.at("/period/endExclusive").asText()).isEqualTo("2025-03-05");
        assertThat(report.at("/employees/0/workedMinutes").asInt()).isEqualTo(11 * 60);
    }

    @Test
    void asOfTurnsLaterShiftsIntoPlans() throws Exception {
        assumeTrue(Packs.find("KR").isPresent());
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "json", "--as-of", "2025-03-05T00:00");

        assertThat(result.exitCode()).as(result.err()).isIn(0, 1);
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.get("asOf").asText()).isEqualTo("2025-03-05T00:00:00+09:00");
        // The bundle's shifts are all recorded: from the as-of on they are not counted (no plans given).
        assertThat(report.at("/employees/0/workedMinutes").asInt()).isEqualTo(2 * 11 * 60);
    }

    @Test
    void payWritesThePayLineTableAndExitsZero() {
        assumeTrue(Packs.find("KR").isPresent());
        Cli.Result result = Cli.run("pay", Cli.dataset("over-52.yaml"), "--format", "csv");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines().findFirst()).contains(
                "employeeId,employeeName,ruleId,kind,payClass,start,endExclusive,date,time,multiplier,hourlyBase,amount,currency,law,article,note");
        assertThat(result.out().lines().count()).isGreaterThan(1);
    }

    @Test
    void outputGoesToTheFileNamedAndNotToStandardOutput(@TempDir Path folder) throws Exception {
        assumeTrue(Packs.find("KR").isPresent());
        Path file = folder.resolve("report.json");
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "json", "--output", file.toString());

        assertThat(result.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)).get("schema").asText())
                .isEqualTo("worktime-report/3");
    }

    @Test
    void anOutputFileInAMissingFolderIsABadInput(@TempDir Path folder) {
        assumeTrue(Packs.find("KR").isPresent());
        Path file = folder.resolve("no/such/report.json");
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--output", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("cannot write " + file + ": its folder does not exist");
    }

    @Test
    void planShiftsAfterAsOfAreForecastsCountedApart() throws Exception {
        // watch-week.yaml: as of Thursday 09:00 the plan for Thursday and Friday takes one employee past 52 hours.
        Cli.Result result = Cli.run("check", Cli.dataset("watch-week.yaml"), "--as-of", "2026-03-12T09:00", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(result.out());
        assertThat(report.at("/totals/violations").asInt()).isEqualTo(1);
        assertThat(report.at("/totals/forecastViolations").asInt()).isEqualTo(1);
        java.util.List<String> bases = new java.util.ArrayList<>();
        for (JsonNode e : report.get("employees")) {
            for (JsonNode f : e.get("findings")) {
                if (f.get("severity").asText().equals("VIOLATION")) {
                    bases.add(f.get("ruleId").asText() + " " + f.get("basis").asText());
                }
            }
        }
        assertThat(bases).containsExactly("KR-LSA-53-1 FORECAST");
        Cli.Result text = Cli.run("check", Cli.dataset("watch-week.yaml"), "--as-of", "2026-03-12T09:00");
        assertThat(text.out()).contains("  Violations     1", "    forecast     1");
    }

    @Test
    void theKoreanPayReportNamesTheKindsInKorean() {
        Cli.Result result = Cli.run("pay", Cli.dataset("over-52.yaml"), "--lang", "ko");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("연장근로").doesNotContain("OVERTIME");
        assertThat(Cli.run("pay", Cli.dataset("over-52.yaml")).out()).contains("OVERTIME");
    }
}
