package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class BreaksRuleTest {

    @Test
    @ViolatingFixture
    void sevenHoursWithThirtyMinutesOfRest() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T16:30", "12:00-12:30"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(30).limitMinutes(45).penaltyArticle("Art. 119");
    }

    @Test
    void nineHoursWithFortyFiveMinutesNeedsAnHour() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T18:45", "12:00-12:45"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(45).limitMinutes(60);
    }

    @Test
    @CleanFixture
    void exactlySixHoursNeedsNoBreakAndEightHoursNeedFortyFiveMinutes() {
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T15:00")
                        .shift("E1", "2026-03-11T09:00", "2026-03-11T17:45", "12:00-12:45"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }
}
