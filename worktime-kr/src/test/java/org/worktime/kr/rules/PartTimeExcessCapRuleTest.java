package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

/** Fixed-term and Part-time Workers Act Art. 6(1): a 20-hour part-timer may work 12 hours beyond the contract, not 13. */
class PartTimeExcessCapRuleTest {

    private static final DayOfWeek[] MON_FRI = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY};

    @Test
    @CleanFixture
    void thirtyTwoHoursAreTwelveBeyondTheContract() {
        // A 4-hour-a-day contract (20 h): Mon-Fri 6 h and Saturday 2 h = 32 h, 12 beyond the contract.
        VERIFIER.verifyThat(PartTimeExcessCapRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, MON_FRI))
                        .dailyShifts("P1", Kr.MONDAY, 5, "09:00", "15:00")
                        .shift("P1", "2026-03-14T09:00", "2026-03-14T11:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    @ViolatingFixture
    void thirtyThreeHoursAreThirteenBeyondTheContract() {
        VERIFIER.verifyThat(PartTimeExcessCapRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(240, MON_FRI))
                        .dailyShifts("P1", Kr.MONDAY, 5, "09:00", "15:00")
                        .shift("P1", "2026-03-14T09:00", "2026-03-14T12:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(13 * 60).limitMinutes(12 * 60).period(Kr.MONDAY, "2026-03-16")
                .messageContains("13:00 h beyond the contractual 20:00 h");
    }

    @Test
    void aWorkplaceOfFourIsOutsideTheAct() {
        VERIFIER.verifyThat(PartTimeExcessCapRule.class)
                .given(Kr.workplace(4).employee("P1", e -> e.hourly(10_320).contract(240, MON_FRI))
                        .dailyShifts("P1", Kr.MONDAY, 5, "09:00", "15:00")
                        .shift("P1", "2026-03-14T09:00", "2026-03-14T12:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anUnknownHeadcountIsIndeterminateForAPartTimerAndSilentForAFullTimer() {
        var outcome = VERIFIER.verifyThat(PartTimeExcessCapRule.class)
                .given(org.worktime.core.testing.Scenario.in("KR", "Asia/Seoul")
                        .employee("P1", e -> e.hourly(10_320).contract(240, MON_FRI))
                        .dailyShifts("P1", Kr.MONDAY, 5, "09:00", "13:00")
                        .employee("F1", e -> e.hourly(10_320))
                        .dailyShifts("F1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        org.assertj.core.api.Assertions.assertThat(outcome.findings()).extracting(f -> f.employeeId() + " " + f.severity())
                .containsExactly("P1 INDETERMINATE");
    }
}
