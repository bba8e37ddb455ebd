package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code worktime watch} on examples/jp-team: Japan answers per Art. 36 month (April 2026, the agreement's first), with
 * no weekly ceiling. The example's shifts are all recorded; at 2026-04-20 00:00 only those before it count, so J01 has
 * 13 weekdays of 2 h plus Saturday 11 April's 8 h (34 h) and J02 13 weekdays of 5 h (65 h), under the 100 h cap
 * (the special clause states no monthly limit; nothing before April, so the averages leave 160 h and more).
 */
class JpWatchTest {

    private static final Path DATASET = Path.of("..", "examples", "jp-team");
    private static final String AS_OF = "2026-04-20T00:00";

    private static List<String> lines(JsonNode report) {
        List<String> lines = new ArrayList<>();
        report.get("employees").forEach(e -> lines.add(e.get("id").asText() + " " + e.get("status").asText() + " "
                + e.get("unitKind").asText() + " " + e.get("unitRecordedMinutes").asText() + "+" + e.get("unitPlannedMinutes").asText()
                + "/" + e.get("unitCeilingMinutes").asText() + " " + e.get("article").asText()));
        return lines;
    }

    @Test
    void pinsTheMonthOfEachEmployee() throws Exception {
        Cli.Result result = Cli.run("watch", DATASET.toString(), "--as-of", AS_OF, "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(result.out());

        // Most urgent first: J02 (35 h left) before J01 (66 h left); J03 (HPS) last.
        assertThat(lines(report)).containsExactly(
                "J02 OK MONTHLY_OVERTIME_CAP 3900+0/6000 Art. 36(6)(ii)",
                "J01 OK MONTHLY_OVERTIME_CAP 2040+0/6000 Art. 36(6)(ii)",
                "J03 NOT_APPLICABLE null null+null/null Art. 41-2");
        JsonNode j02 = report.at("/employees/0");
        assertThat(j02.at("/unit/start").asText()).isEqualTo("2026-04-01");
        assertThat(j02.at("/unit/endExclusive").asText()).isEqualTo("2026-05-01");
        assertThat(j02.get("unitProjectedMinutes").asInt()).isEqualTo(65 * 60);
        // All of J02's work to the 17th: 13 days of 13 h.
        assertThat(j02.get("unitScheduledMinutes").asInt()).isEqualTo(13 * 13 * 60);
        assertThat(j02.get("ceilingMinutes").isNull()).isTrue();
        assertThat(j02.get("leftMinutes").isNull()).isTrue();
        assertThat(j02.get("latestLegalEnd").isNull()).isTrue();
        assertThat(report.at("/employees/2/reason").asText()).startsWith("No cap on hours: covered by the Highly Professional System");
        assertThat(report.at("/totals/ok").asInt()).isEqualTo(2);
        assertThat(report.at("/totals/notApplicable").asInt()).isEqualTo(1);
    }

    @Test
    void theRestOfAprilPlannedTakesJ02ToOneHundredAndFiveHours(@TempDir Path dir) throws Exception {
        // The same data with the shifts from 2026-04-20 on marked as planned: J02 plans 8 more days of 5 h, 40 h, so
        // 65 + 40 = 105 h, not under 100 h; J01 plans 8 days of 2 h: 34 + 16 = 50 h.
        for (String file : List.of("workplace.yaml", "employees.csv", "attestations.csv")) {
            Files.copy(DATASET.resolve(file), dir.resolve(file));
        }
        List<String> shifts = new ArrayList<>();
        for (String line : Files.readAllLines(DATASET.resolve("shifts.csv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("employee,")) {
                shifts.add(line + ",origin");
            } else if (!line.isBlank()) {
                String start = line.split(",")[1];
                shifts.add(line + (start.compareTo(AS_OF) >= 0 ? ",PLANNED" : ",ACTUAL"));
            }
        }
        Files.write(dir.resolve("shifts.csv"), shifts, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("watch", dir.toString(), "--as-of", AS_OF, "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode watch = new ObjectMapper().readTree(result.out());
        // The forecast findings are judged over the month (the calculator's horizon), so the 100 h breach is among them.
        List<String> forecast = new ArrayList<>();
        watch.get("employees").forEach(e -> e.get("forecast").forEach(f -> forecast.add(e.get("id").asText() + " " + f.get("ruleId").asText()
                + " " + f.get("severity").asText() + " " + f.at("/measured/value").asText())));
        assertThat(forecast).containsExactly("J02 JP-LSA-36-6-2 VIOLATION 6300", "J02 JP-ISHA-66-8 WARNING 6095");
        assertThat(lines(watch)).containsExactly(
                "J02 BREACH_CERTAIN MONTHLY_OVERTIME_CAP 3900+2400/6000 Art. 36(6)(ii)",
                "J01 OK MONTHLY_OVERTIME_CAP 2040+960/6000 Art. 36(6)(ii)",
                "J03 NOT_APPLICABLE null null+null/null Art. 41-2");
    }
}
