package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Citation;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.param.Scope;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class FluctuatingWorkweekRuleTest {

    private static Scenario fww(String salary, int days, String from, String to) {
        return Us.federal().employee("E1", e -> e.salaried("USD", salary, "WEEK", "40"))
                .attest("E1", WeekPay.FWW_ATTESTATION, "2026-01-01", null)
                .dailyShifts("E1", "2026-03-15", days, from, to);
    }

    /** T6: USD 420 for all hours; 50 h: rate 8.40, half-time 4.20 x 10 = 42.00 (total 462.00). */
    @Test
    @ViolatingFixture
    void t6FiftyHours() {
        var outcome = VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(fww("420", 5, "08:00", "18:00")).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.payLines()).hasSize(1);
        assertThat(outcome.payLines().get(0).hourlyBase().getAmount()).isEqualByComparingTo("8.40");
        assertThat(outcome.payLines().get(0).multiplier()).isEqualByComparingTo("0.5");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("42.00");
        assertThat(outcome.payLines().get(0).citation().article()).isEqualTo("778.114");
        VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(fww("420", 5, "08:00", "18:00")).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    /**
     * T6: 60 h: rate 7.00, half-time 3.50 x 20 = 70.00 (total 490.00). The example is from the old Handy Reference Guide:
     * at today's USD 7.25 minimum wage, USD 7.00 an hour fails 778.114(a)(3) and the week is paid under 778.113 instead;
     * with the minimum wage of the guide's time (USD 5.15) as an override, the example's figures come out.
     */
    @Test
    void t6SixtyHours() {
        Scenario s = fww("420", 6, "08:00", "18:00");
        VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        ParameterTable oldWage = ParameterTable.of(List.of(new Parameter("us.flsa6.minimum-wage", Scope.ALL, "5.15 USD",
                LocalDateRange.ofUnboundedEnd(LocalDate.of(1997, 9, 1)), new Citation("test", "override", "", ""))));
        var outcome = VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(s)
                .evaluate(Evaluation.between(LocalDate.parse(Us.SUNDAY), LocalDate.parse(Us.SATURDAY)).withOverrides(oldWage));
        assertThat(outcome.payLines().get(0).hourlyBase().getAmount()).isEqualByComparingTo("7.00");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("70.00");
    }

    /** T6: USD 500, 50 h: rate 10.00, premium 10 x 5 = 50.00. */
    @Test
    void t6FiveHundredDollars() {
        var outcome = VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(fww("500", 5, "08:00", "18:00")).between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("50.00");
    }

    /**
     * 778.114(b)'s example (UNCERTAIN, from memory): USD 600 for 44 h pays 627.28; the exact rate gives 27.27 of premium,
     * and the example's 27.28 comes from rounding the rate to 13.64 first, which the scale parameter reproduces.
     */
    @Test
    void theRegulationsOwnExampleRoundsTheRateFirst() {
        Scenario s = Us.federal().employee("E1", e -> e.salaried("USD", "600", "WEEK", "40"))
                .attest("E1", WeekPay.FWW_ATTESTATION, "2026-01-01", null)
                .dailyShifts("E1", Us.MONDAY, 4, "08:00", "19:00");
        assertThat(VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).totalPaid())
                .isEqualByComparingTo("27.27");
        ParameterTable cents = ParameterTable.of(List.of(new Parameter("us.pay.regular-rate-scale", Scope.ALL, "2",
                LocalDateRange.ofUnboundedEnd(LocalDate.of(1938, 10, 24)), new Citation("test", "override", "", ""))));
        assertThat(VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(s)
                .evaluate(Evaluation.between(LocalDate.parse(Us.SUNDAY), LocalDate.parse(Us.SATURDAY)).withOverrides(cents)).totalPaid())
                .isEqualByComparingTo("27.28");
    }

    @Test
    @CleanFixture
    void fortyHoursOwesNothing() {
        VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(fww("420", 5, "08:00", "16:00")).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
    }

    /** Without the attestation the salary is taken to pay 40 hours (778.113): 420 / 40 = 10.50, 10 h x 15.75. */
    @Test
    void withoutTheAttestationTheSalaryCoversFortyHours() {
        Scenario s = Us.federal().employee("E1", e -> e.salaried("USD", "420", "WEEK", "40")).dailyShifts("E1", Us.SUNDAY, 5, "08:00", "18:00");
        VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        assertThat(VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(s).between(Us.SUNDAY, Us.SATURDAY).totalPaid()).isEqualByComparingTo("157.50");
    }

    /** 778.114(a)(3): USD 300 for 50 h is USD 6 an hour, under the minimum wage: not a valid fluctuating workweek. */
    @Test
    void aSalaryBelowTheMinimumWageForEveryHourIsNotAFluctuatingWorkweek() {
        VERIFIER.verifyThat(FluctuatingWorkweekRule.class).given(fww("300", 5, "08:00", "18:00")).between(Us.SUNDAY, Us.SATURDAY).paysNothing();
        assertThat(VERIFIER.verifyThat(WeeklyOvertimeRule.class).given(fww("300", 5, "08:00", "18:00")).between(Us.SUNDAY, Us.SATURDAY).totalPaid())
                .isEqualByComparingTo("112.50"); // 7.50 x 1.5 x 10
    }

    /** Since 2020-08-07 a bonus is compatible with the method: (420 + 80) / 50 = 10.00, half-time on 10 h = 50.00. */
    @Test
    void bonusesJoinTheFixedSalary() {
        var outcome = VERIFIER.verifyThat(FluctuatingWorkweekRule.class)
                .given(fww("420", 5, "08:00", "18:00").earning("E1", "bonus.nondiscretionary", "USD", "80", "2026-03-16", "2026-03-20"))
                .between(Us.SUNDAY, Us.SATURDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("50.00");
    }
}
