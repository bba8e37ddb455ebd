package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class AverageCapRuleTest {

    private static Scenario special() {
        return Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2026-03-31", Map.of("specialClause", "true")))
                .agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of("specialClause", "true")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
    }

    @Test
    @ViolatingFixture
    void anAverageOf80Point5HoursOverTwoMonthsFails() {
        Scenario s = special();
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 80 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 6), 81 * 60);
        VERIFIER.verifyThat(AverageCapRule.class)
                .given(s)
                .between("2026-05-01", "2026-06-30")
                .violatesOnce().measuredMinutes(80 * 60 + 30).limitMinutes(80 * 60).period("2026-05-01", "2026-07-01")
                .messageContains("80.5 h a month over the 2 months").penaltyArticle("Art. 119");
    }

    @Test
    @CleanFixture
    void anAverageOfExactly80HoursPasses() {
        Scenario s = special();
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 80 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 6), 80 * 60);
        VERIFIER.verifyThat(AverageCapRule.class).given(s).between("2026-05-01", "2026-06-30").hasNoFindings();
    }

    /** Asked about June alone, the engine reads the months before it (the pack's look-back) and finds May-June. */
    @Test
    void aMonthAskedAloneIsJudgedWithTheMonthsBeforeIt() {
        Scenario s = special();
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 80 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 6), 81 * 60);
        VERIFIER.verifyThat(AverageCapRule.class)
                .given(s)
                .between("2026-06-01", "2026-06-30")
                .violatesOnce().measuredMinutes(80 * 60 + 30).period("2026-05-01", "2026-07-01");
    }

    @Test
    void theWindowLooksBackAcrossTheAgreementYear() {
        Scenario s = special();
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 3), 80 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 4), 81 * 60);
        VERIFIER.verifyThat(AverageCapRule.class)
                .given(s)
                .between("2026-03-01", "2026-04-30")
                .violatesOnce().period("2026-03-01", "2026-05-01");
    }

    @Test
    void theWorstWindowIsReported() {
        // 90, 90, 70: the window ending in the third month that fails worst is the three months (83.3 h) or two (80 h)?
        // Two months 90+70 = 80.0 passes; three months 250/3 = 83.3 fails.
        Scenario s = special();
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 90 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 6), 90 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 7), 70 * 60);
        var outcome = VERIFIER.verifyThat(AverageCapRule.class).given(s).between("2026-05-01", "2026-07-31").violations(2);
        org.assertj.core.api.Assertions.assertThat(outcome.findings()).anySatisfy(f -> {
            org.assertj.core.api.Assertions.assertThat(f.period().getStart()).isEqualTo(java.time.LocalDate.of(2026, 5, 1));
            org.assertj.core.api.Assertions.assertThat(f.period().getEnd()).isEqualTo(java.time.LocalDate.of(2026, 8, 1));
            org.assertj.core.api.Assertions.assertThat(f.message().en()).contains("83.33 h a month over the 3 months");
        });
    }
}
