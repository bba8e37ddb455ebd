package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** examples/jp-team end to end: Art. 36 caps, the 60-hour premium, late night, and the HPS, read from files. */
class JpExampleTest {

    private static final String DATASET = Path.of("..", "examples", "jp-team").toString();

    @Test
    void findsTheHundredHourBreachAndOwesTheYenTheReadmeStates() throws Exception {
        Cli.Result result = Cli.run("check", DATASET, "--from", "2026-04-01", "--to", "2026-04-30", "--format", "json", "--pay-lines");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(result.out());
        List<String> found = new ArrayList<>();
        List<String> paid = new ArrayList<>();
        report.get("employees").forEach(e -> {
            e.get("findings").forEach(f -> found.add(e.get("id").asText() + " " + f.get("ruleId").asText() + " " + f.get("severity").asText()
                    + " " + f.at("/measured/value").asText() + "/" + f.at("/limit/value").asText()));
            e.get("payLines").forEach(p -> paid.add(e.get("id").asText() + " " + p.get("kind").asText() + " " + p.get("minutes").asText()
                    + " " + p.at("/amount/amount").asText()));
        });
        // J02: 105 h of overtime breaks the 100 h cap, and 101:35 h beyond 40 h a week call for the doctor interview offer.
        assertThat(found).containsExactly("J02 JP-LSA-36-6-2 VIOLATION 6300/6000", "J02 JP-ISHA-66-8 WARNING 6095/4800");
        assertThat(paid).containsExactly(
                "J01 OVERTIME 3000 125000",
                "J02 OVERTIME 3600 150000",
                "J02 OVERTIME_OVER_60H 2700 135000",
                "J02 NIGHT 1260 10500");
        assertThat(report.at("/totals/owed/0/amount").asText()).isEqualTo("420500");
        assertThat(report.at("/totals/owed/0/currency").asText()).isEqualTo("JPY");
    }

    @Test
    void onlyTheConsultantIsCoveredByTheHighlyProfessionalSystem() throws Exception {
        Cli.Result result = Cli.run("exempt", DATASET, "--on", "2026-04-20", "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(result.out());
        List<String> verdicts = new ArrayList<>();
        doc.get("employees").forEach(e -> e.get("regimes").forEach(r -> verdicts.add(e.get("id").asText() + " " + r.get("regime").asText()
                + " " + r.get("verdict").asText())));
        assertThat(verdicts).containsExactly("J01 JP-HPS NOT_EXEMPT", "J01 JP-LSA-41 NOT_EXEMPT", "J02 JP-HPS NOT_EXEMPT",
                "J02 JP-LSA-41 NOT_EXEMPT", "J03 JP-HPS EXEMPT", "J03 JP-LSA-41 NOT_EXEMPT");
    }
}
