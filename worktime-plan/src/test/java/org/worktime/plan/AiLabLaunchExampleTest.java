package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Dataset;
import org.worktime.io.read.DatasetReader;

/**
 * The six-week launch of examples/ai-lab with the CLI's default settings: the comparison the README shows, option by
 * option (fits, hours planned, premium), and every plan free of violations. The project names Korea's options, the US
 * and Japanese comparisons (exempt and HPS at its stated rates) and a policy file, examples/policies/kr-high-income-white-collar.yaml.
 */
class AiLabLaunchExampleTest {

    record Row(String option, boolean fits, long plannedHours, long premiumWon) {
    }

    @Test
    void theReadmesComparison() throws Exception {
        Dataset dataset = DatasetReader.read(Examples.folder().resolve("ai-lab"));
        Project project = ProjectFileReader.read(Examples.folder().resolve("ai-lab/launch-project.yaml"), dataset);
        PlanResult result = Planner.plan(dataset, project, PlanSettings.defaults());
        assertThat(result.team()).hasSize(16);
        List<Row> rows = result.options().stream().map(o -> new Row(o.id(), o.fits(), o.plannedSeconds() / 3600,
                o.premium().getOrDefault(CurrencyUnit.of("KRW"), Money.zero(CurrencyUnit.of("KRW"))).getAmountMajorLong())).toList();
        assertThat(rows).containsExactly(
                new Row("kr-ordinary", false, 4928, 85_540_546),
                new Row("kr-flexible-2w", false, 4852, 80_281_723),
                new Row("kr-flexible-3m", true, 5400, 48_083_841),
                new Row("kr-flexible-6m", true, 5400, 48_083_841),
                new Row("kr-selective-1m", false, 4448, 0),
                new Row("kr-selective-3m-rnd", true, 5400, 0),
                new Row("kr-special-extended", true, 5400, 119_965_833),
                new Row("us-flsa-nonexempt", true, 5400, 90_328_804),
                new Row("us-flsa-exempt", true, 5400, 0),
                new Row("jp-art36-special", false, 5344, 196_061_213),
                new Row("jp-hps", false, 0, 0),
                new Row("policy:KR-PROPOSAL-HIGH-INCOME", true, 5400, 11_473_502));
        assertThat(result.options()).allSatisfy(o -> assertThat(o.violationsLeft()).isEmpty());
        OptionPlan policy = result.options().get(11);
        assertThat(policy.covered()).hasSize(13).doesNotContain("AI002", "AI010", "AI023");
        String readme = Files.readString(Examples.folder().resolveSibling("README.md"), StandardCharsets.UTF_8);
        for (Row row : rows) {
            assertThat(readme).as("the README's row of %s", row.option()).containsPattern(row.option() + " +" + (row.fits() ? "yes" : "no") + " +"
                    + row.plannedHours() + ":00 .*" + (row.premiumWon() == 0 ? " -" : "KRW " + String.format(java.util.Locale.ROOT, "%,d", row.premiumWon())));
        }
        assertThat(Map.of("short", result.options().get(0).shortfall().get(0).en()))
                .containsEntry("short", "472:00 h short of the 5400:00 h asked for");
    }
}
