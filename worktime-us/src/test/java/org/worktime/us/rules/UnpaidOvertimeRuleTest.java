package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
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
                .messageContains("USD 10.00 of USD 25.00 owed: USD 15.00 unpaid").finding();
        assertThat(f.measured().value()).isEqualByComparingTo("10");
        assertThat(f.limit().value()).isEqualByComparingTo("25.00");
        assertThat(f.penalty().summary().en()).contains("back pay USD 15.00 and an equal USD 15.00 as liquidated damages")
                .contains("civil money penalty up to USD 2,515.00 per violation (29 CFR 578.3(a), in force from 2025-01-15)");
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

    @Test
    void in2024TheCivilPenaltyWas2451() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("10")).attribute(UnpaidOvertimeRule.RECORDS_OVERTIME, "true"))
                .dailyShifts("E1", "2024-06-03", 5, "08:00", "17:00");
        var f = VERIFIER.verifyThat(UnpaidOvertimeRule.class).given(s).between("2024-06-02", "2024-06-08").violatesOnce().finding();
        assertThat(f.penalty().summary().en()).contains("USD 2,451.00");
    }
}
