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

    @Test
    void restMinutesWithoutTimesAreIndeterminateWhenTheyWouldBeEnough() {
        // 09:00-18:00 less 60 min: 8:00 of work, 45 min owed; 60 min given but not where.
        var outcome = VERIFIER.verifyThat(BreaksRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shiftWithBreakMinutes("E1", "2026-03-10T09:00", "2026-03-10T18:00", 60))
                .between(Jp.MONDAY, Jp.SUNDAY);
        outcome.single(org.worktime.core.finding.Severity.INDETERMINATE).period("2026-03-10", "2026-03-11");
        org.assertj.core.api.Assertions.assertThat(outcome.findings().get(0).message().in(org.worktime.core.i18n.Language.JA)).isEqualTo(
                "判断できません：休憩の時刻が記録されていません。2026-03-10の勤務の休憩60分は時刻がなく、労働基準法第34条は労働時間の途中に与えた休憩のみを認めます（45分以上必要）。");
    }

    @Test
    void restMinutesWithoutTimesThatFallShortAreAViolation() {
        // 09:00-17:00 less 30 min: 7:30 of work, 45 min owed.
        VERIFIER.verifyThat(BreaksRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shiftWithBreakMinutes("E1", "2026-03-10T09:00", "2026-03-10T17:00", 30))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(30).limitMinutes(45);
    }
}
