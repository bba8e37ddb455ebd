package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Leave;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 60: the days granted and used, per leave year from the hire date. */
class AnnualLeaveRuleTest {

    /** Worked every day of the year from 2025-03-04 (full attendance), then five days of annual leave in March 2026. */
    private static org.worktime.core.testing.Scenario aYearWorked(String hired, int days) {
        return Kr.withAgreement().employee("E1", e -> e.monthly(3_000_000, 209).employed(hired, null))
                .dailyShifts("E1", "2025-03-04", days, "09:00", "13:00")
                .leave("E1", Leave.Kind.ANNUAL, "2026-03-16", "2026-03-20");
    }

    @Test
    @CleanFixture
    void afterAYearOfFullAttendanceFifteenDaysFiveUsed() {
        VERIFIER.verifyThat(AnnualLeaveRule.class)
                .given(aYearWorked("2025-03-04", 365))
                .between("2025-03-04", "2026-03-31")
                .single(Severity.WARNING).measuredDays(5).limitDays(15).period("2026-03-04", "2027-03-04")
                .messageContains("15 day(s) of annual leave granted (100.0 % attendance in the year from 2025-03-04, 1 year(s) of service")
                .messageContains("5 used, 10 left.");
    }

    @Test
    void theThirdYearOfServiceAddsADay() {
        VERIFIER.verifyThat(AnnualLeaveRule.class)
                .given(aYearWorked("2023-03-04", 365))
                .between("2025-03-04", "2026-03-31")
                .single(Severity.WARNING).limitDays(16);
    }

    @Test
    @ViolatingFixture
    void underEightyPercentOnlyTheMonthsOfFullAttendanceCount() {
        // 200 days worked from 2025-03-04: six whole months of full attendance, then absences; five days used of six.
        VERIFIER.verifyThat(AnnualLeaveRule.class)
                .given(aYearWorked("2025-03-04", 200))
                .between("2025-03-04", "2026-03-31")
                .single(Severity.WARNING).measuredDays(5).limitDays(6).messageContains("under 80 %: 6 month(s) of full attendance");
    }

    @Test
    void withoutTheRecordsOfThePreviousYearTheAnswerIsIndeterminate() {
        VERIFIER.verifyThat(AnnualLeaveRule.class)
                .given(aYearWorked("2025-03-04", 365))
                .between("2026-03-02", "2026-03-31")
                .single(Severity.INDETERMINATE).messageContains("needs the records from 2025-03-04 to 2026-03-03");
    }

    @Test
    void noAnnualLeaveRecordsNoReportAndNoneInAWorkplaceOfFour() {
        VERIFIER.verifyThat(AnnualLeaveRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(3_000_000, 209).employed("2025-03-04", null))
                        .dailyShifts("E1", "2025-03-04", 365, "09:00", "13:00"))
                .between("2025-03-04", "2026-03-31").hasNoFindings();
        VERIFIER.verifyThat(AnnualLeaveRule.class)
                .given(Kr.workplace(4).employee("E1", e -> e.monthly(3_000_000, 209).employed("2025-03-04", null))
                        .dailyShifts("E1", "2025-03-04", 365, "09:00", "13:00")
                        .leave("E1", Leave.Kind.ANNUAL, "2026-03-16", "2026-03-20"))
                .between("2025-03-04", "2026-03-31").hasNoFindings();
    }
}
