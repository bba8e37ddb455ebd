package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Leave;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 39(7): hired 2024-10-01, 10 days granted on 2025-04-01 after six months of full attendance, judged at 2026-03-31. */
class AnnualLeaveFiveDaysRuleTest {

    private static Scenario granted() {
        return Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)).employed("2024-10-01", null))
                .dailyShifts("E1", "2024-10-01", 182, "09:00", "18:00", "12:00-13:00");
    }

    @Test
    @ViolatingFixture
    void fourDaysAndAHalfAreFewerThanFive() {
        // Four days, a half day (4 h of an 8 h day) and 2 h of hourly leave, which does not count toward the five.
        var finding = VERIFIER.verifyThat(AnnualLeaveFiveDaysRule.class)
                .given(granted().leave("E1", Leave.Kind.ANNUAL, "2025-05-12", "2025-05-15")
                        .leaveHours("E1", Leave.Kind.ANNUAL, "2025-05-19", 240)
                        .leaveHours("E1", Leave.Kind.ANNUAL, "2025-05-20", 120))
                .between("2024-10-01", "2026-03-31")
                .violatesOnce().limitDays(5).period("2025-04-01", "2026-04-01")
                .messageContains("10 days of annual leave granted on 2025-04-01; 4.5 taken by 2026-03-31").finding();
        org.assertj.core.api.Assertions.assertThat(finding.measured().value()).isEqualByComparingTo("4.5");
        org.assertj.core.api.Assertions.assertThat(finding.penalty().citation().article()).isEqualTo("Art. 120");
    }

    @Test
    @CleanFixture
    void fiveDaysAcrossAWeekendAreFive() {
        // Thursday to Wednesday: Saturday and Sunday are not contractual days, so 5 days are taken.
        VERIFIER.verifyThat(AnnualLeaveFiveDaysRule.class)
                .given(granted().leave("E1", Leave.Kind.ANNUAL, "2025-05-15", "2025-05-21"))
                .between("2024-10-01", "2026-03-31")
                .hasNoFindings();
    }

    @Test
    void noLeaveTakenWithALeaveInputIsAViolationWithoutOneIndeterminate() {
        VERIFIER.verifyThat(AnnualLeaveFiveDaysRule.class).given(granted().leaveRecorded())
                .between("2024-10-01", "2026-03-31")
                .violatesOnce().measuredDays(0).limitDays(5);
        VERIFIER.verifyThat(AnnualLeaveFiveDaysRule.class).given(granted())
                .between("2024-10-01", "2026-03-31")
                .single(Severity.INDETERMINATE).messageContains("no leave records (leave.csv)");
    }

    @Test
    void aYearNotYetEndedOrWithoutThePriorRecordsIsNotJudgedAsBroken() {
        // Evaluated weeks ending Sunday 2026-03-29: the year from 2025-04-01 has not ended.
        VERIFIER.verifyThat(AnnualLeaveFiveDaysRule.class).given(granted().leaveRecorded())
                .between("2024-10-01", "2026-03-29")
                .hasNoFindings();
        // The pack looks back 12 months: from 2025-10-13 the evaluated weeks start 2024-10-07, after the hire date.
        VERIFIER.verifyThat(AnnualLeaveFiveDaysRule.class).given(granted().leaveRecorded())
                .between("2025-10-13", "2026-03-31")
                .single(Severity.INDETERMINATE).messageContains("needs the records from 2024-10-01 to 2025-03-31");
    }

    @Test
    void aFourDayTwentyEightHourWorkerGetsSevenDaysAndNoObligation() {
        VERIFIER.verifyThat(AnnualLeaveFiveDaysRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(200_000)).employed("2024-10-01", null)
                                .contract(420, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY))
                        .dailyShifts("E1", "2024-10-01", 182, "09:00", "17:00", "12:00-13:00").leaveRecorded())
                .between("2024-10-01", "2026-03-31")
                .hasNoFindings();
    }
}
