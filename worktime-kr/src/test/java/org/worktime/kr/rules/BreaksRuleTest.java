package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class BreaksRuleTest {

    @Test
    @ViolatingFixture
    void eightHoursWithHalfAnHourOfBreak() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T17:30", "12:00-12:30"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(30).limitMinutes(60).period("2026-03-10", "2026-03-11");
    }

    @Test
    @CleanFixture
    void eightHoursWithAnHourOfBreak() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aBreakAtTheStartOfTheShiftIsNotGivenDuringWork() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T13:30", "09:00-09:30"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(0).limitMinutes(30);
    }

    @Test
    void justUnderFourHoursNeedsNoBreak() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T12:59"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void theFourHourWaiverTakesEffectOn2026December10() {
        // Act No. 21784, promulgated 2026-06-09: 6 months have elapsed at the end of 2026-12-09, so 12-09 still owes the break.
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shiftWithBreakWaiver("E1", "2026-12-09T09:00", "2026-12-09T13:00")
                        .shiftWithBreakWaiver("E1", "2026-12-10T09:00", "2026-12-10T13:00"))
                .between("2026-12-07", "2026-12-13")
                .violatesOnce().period("2026-12-09", "2026-12-10").limitMinutes(30);
    }

    @Test
    void theWaiverCoversFourHoursExactlyNotOneMinuteMore() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shiftWithBreakWaiver("E1", "2026-12-10T09:00", "2026-12-10T13:00")
                        .shiftWithBreakWaiver("E1", "2026-12-11T09:00", "2026-12-11T13:01"))
                .between("2026-12-07", "2026-12-13")
                .violatesOnce().period("2026-12-11", "2026-12-12").measuredMinutes(0).limitMinutes(30);
    }

    @Test
    void theWaiverDoesNotCoverLongerShifts() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shiftWithBreakWaiver("E1", "2026-12-10T09:00", "2026-12-10T14:00"))
                .between("2026-12-07", "2026-12-13")
                .violatesOnce().measuredMinutes(0).limitMinutes(30);
    }

    @Test
    void breakMinutesWithoutTimesAreIndeterminateWhenTheyWouldBeEnough() {
        var outcome = VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shiftWithBreakMinutes("E1", "2026-03-10T09:00", "2026-03-10T18:00", 60))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.single(org.worktime.core.finding.Severity.INDETERMINATE).period("2026-03-10", "2026-03-11");
        org.assertj.core.api.Assertions.assertThat(outcome.findings().get(0).message().in(org.worktime.core.i18n.Language.EN)).isEqualTo(
                "Cannot decide: break times not given: the shift starting 2026-03-10T09:00 has 60 min of break without their times,"
                        + " and Art. 54(1) counts only a break given during working time (60 min required).");
    }

    @Test
    void breakMinutesWithoutTimesThatFallShortEvenIfAllWithinWorkAreAViolation() {
        // 09:00-18:00 less 30 min: 8:30 of work, 60 min owed; 30 min at best.
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shiftWithBreakMinutes("E1", "2026-03-10T09:00", "2026-03-10T18:00", 30))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(30).limitMinutes(60).period("2026-03-10", "2026-03-11");
    }

    @Test
    void placedBreaksThatAreEnoughNeedNoTimesForTheRest() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shiftWithBreakMinutes("E1", "2026-03-10T09:00", "2026-03-10T18:30", 30, "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }
}
