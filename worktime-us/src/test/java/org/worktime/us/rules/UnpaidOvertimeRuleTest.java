package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.Evaluation;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class UnpaidOvertimeRuleTest {

    private static Scenario week(String paid) {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10"))).dailyShifts("E1", Us.MONDAY, 5, "08:00", "17:00");
        return paid == null ? s : s.earning("E1", "paid.overtime", "USD", paid, "2026-03-20", "2026-03-20");
    }

    @Test
    @ViolatingFixture
    void underpaidOvertimeShowsBackPayLiquidatedDamagesAndTheCivilPenalty() {
        var f = VERIFIER.verifyThat(UnpaidOvertimeRule.class).given(week("10")).between(Us.SUNDAY, Us.SATURDAY).violatesOnce()
                .messageContains("10.00 USD of 25.00 USD owed: 15.00 USD unpaid").finding();
        assertThat(f.measured().value()).isEqualByComparingTo("10");
        assertThat(f.limit().value()).isEqualByComparingTo("25.00");
        assertThat(f.penalty().summary().en()).contains("back pay 15.00 USD and an equal 15.00 USD as liquidated damages")
                .contains("civil money penalty up to 2,515.00 USD per violation (29 C.F.R. § 578.3(a), in force from 2025-01-15: the latest amount"
                        + " on record; the penalty is the one in force when assessed (give --as-of))");
        assertThat(f.penalty().note().en()).contains("USD 10,000");
    }

    @Test
    @CleanFixture
    void paidInFull() {
        VERIFIER.verifyThat(UnpaidOvertimeRule.class).given(week("25")).between(Us.SUNDAY, Us.SATURDAY).hasNoFindings();
    }

    @Test
    void aWeekWithoutAPayrollRecordIsNotJudged() {
        VERIFIER.verifyThat(UnpaidOvertimeRule.class).given(week(null)).between(Us.SUNDAY, Us.SATURDAY).hasNoFindings();
    }

    /** The civil money penalty is the amount in force when assessed (the as-of date), not in the week worked. */
    @Test
    void aPenaltyAssessedIn2024Was2451AndTheSameWeekAssessedIn2025Is2515() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10")).attribute(UnpaidOvertimeRule.RECORDS_OVERTIME, "true"))
                .dailyShifts("E1", "2024-06-03", 5, "08:00", "17:00");
        var week = LocalDateRange.ofClosed(LocalDate.parse("2024-06-02"), LocalDate.parse("2024-06-08"));
        var in2024 = VERIFIER.verifyThat(UnpaidOvertimeRule.class).given(s)
                .evaluate(Evaluation.of(week).withAsOf(Instant.parse("2025-01-14T12:00:00Z"))).violatesOnce().finding();
        assertThat(in2024.penalty().summary().en()).contains("a civil money penalty up to 2,451.00 USD per violation (29 C.F.R. § 578.3(a), in force from"
                + " 2024-01-16: the amount in force on 2025-01-14, the as-of date)");
        var in2025 = VERIFIER.verifyThat(UnpaidOvertimeRule.class).given(s)
                .evaluate(Evaluation.of(week).withAsOf(Instant.parse("2025-01-15T12:00:00Z"))).violatesOnce().finding();
        assertThat(in2025.penalty().summary().en()).contains("a civil money penalty up to 2,515.00 USD per violation (29 C.F.R. § 578.3(a), in force from"
                + " 2025-01-15: the amount in force on 2025-01-15, the as-of date)");
    }
}
