package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class DailyRegularHoursRuleTest {

    @Test
    @ViolatingFixture
    void nineHoursWithoutAnAgreement() {
        VERIFIER.verifyThat(DailyRegularHoursRule.class)
                .given(Kr.withoutAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T19:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(540).limitMinutes(480).period("2026-03-10", "2026-03-11");
    }

    @Test
    @CleanFixture
    void nineHoursWithAnAgreement() {
        VERIFIER.verifyThat(DailyRegularHoursRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T19:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aNightShiftCountsWhollyToTheDayItStarted() {
        // Tuesday 20:00 to Wednesday 06:00 with an hour's break after midnight: 9 h, all on Tuesday.
        VERIFIER.verifyThat(DailyRegularHoursRule.class)
                .given(Kr.withoutAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T20:00", "2026-03-11T06:00", "00:00-01:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(540).period("2026-03-10", "2026-03-11");
    }

    @Test
    void exactlyEightHoursIsWithinTheLimit() {
        VERIFIER.verifyThat(DailyRegularHoursRule.class)
                .given(Kr.withoutAgreement().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }
}
