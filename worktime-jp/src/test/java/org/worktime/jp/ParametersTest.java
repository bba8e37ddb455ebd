package org.worktime.jp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.worktime.core.param.ParameterTable;

/** The dated rows the rules read: the penalty renamed on 2025-06-01, the thresholds in force. */
class ParametersTest {

    private final ParameterTable table = new JapanesePack().parameters();

    @Test
    void article119ImprisonmentBecomesKoukinkeiOnJune1st2025() {
        assertThat(table.get("jp.penalty.art119", LocalDate.of(2025, 5, 31)).text()).contains("懲役").contains("6 months").contains("JPY 300,000");
        assertThat(table.get("jp.penalty.art119", LocalDate.of(2025, 6, 1)).text()).contains("拘禁刑").contains("6 months").contains("JPY 300,000");
    }

    @Test
    void theHpsWageThresholdAndTheSectorRulesAreDatedData() {
        assertThat(table.get("jp.hps.annual-wage-min", LocalDate.of(2026, 1, 1)).money().getAmountMajorLong()).isEqualTo(10_750_000);
        assertThat(table.find("jp.hps.annual-wage-min", LocalDate.of(2019, 3, 31))).isEmpty();
        assertThat(table.get("jp.lsa36.sector.driver.limits-apply", LocalDate.of(2024, 3, 31)).bool()).isFalse();
        assertThat(table.get("jp.lsa36.sector.driver.limits-apply", LocalDate.of(2024, 4, 1)).bool()).isTrue();
        assertThat(table.get("jp.lsa36.sector.driver.year-limit", LocalDate.of(2024, 4, 1)).seconds()).isEqualTo(960 * 3600L);
    }
}
