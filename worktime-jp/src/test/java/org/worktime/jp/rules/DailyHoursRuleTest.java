package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class DailyHoursRuleTest {

    @Test
    @ViolatingFixture
    void tenHoursInADayWithoutAnAgreement() {
        VERIFIER.verifyThat(DailyHoursRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(600).limitMinutes(480).period("2026-03-10", "2026-03-11").penaltyArticle("Art. 119");
    }

    @Test
    @CleanFixture
    void tenHoursInADayUnderAnAgreement() {
        VERIFIER.verifyThat(DailyHoursRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void aShiftAcrossMidnightBelongsToTheDayItStarted() {
        VERIFIER.verifyThat(DailyHoursRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T18:00", "2026-03-11T05:00", "23:00-00:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(600).period("2026-03-10", "2026-03-11");
    }

    @Test
    void exactlyEightHoursIsWithinTheLimit() {
        VERIFIER.verifyThat(DailyHoursRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anAgreementFiledLateDoesNotCoverTheDaysBefore() {
        VERIFIER.verifyThat(DailyHoursRule.class)
                .given(Jp.workplace().agreementRecord(Jp.agreement("2026-03-01", "2027-02-28", java.util.Map.of("filedOn", "2026-03-11")))
                        .employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00")
                        .shift("E1", "2026-03-11T09:00", "2026-03-11T20:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().period("2026-03-10", "2026-03-11");
    }
}
