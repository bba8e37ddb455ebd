package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class MinorHoursRuleTest {

    /** A 16-year-old (born 2009-06-01): Monday, Wednesday, Thursday 7 h; Tuesday 8 h; Friday 6 h: 35 h in the week. */
    private static Scenario minorWeek(Scenario workplace) {
        return workplace.employee("M1", e -> e.hourly(10_320).born("2009-06-01"))
                .shift("M1", "2026-03-09T09:00", "2026-03-09T17:00", "12:00-13:00")
                .shift("M1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00")
                .shift("M1", "2026-03-11T09:00", "2026-03-11T17:00", "12:00-13:00")
                .shift("M1", "2026-03-12T09:00", "2026-03-12T17:00", "12:00-13:00")
                .shift("M1", "2026-03-13T09:00", "2026-03-13T16:00", "12:00-13:00");
    }

    @Test
    @ViolatingFixture
    void eightHoursInADayWithoutAnAgreement() {
        var outcome = VERIFIER.verifyThat(MinorHoursRule.class).given(minorWeek(Kr.withoutAgreement()))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.violatesOnce().measuredMinutes(480).limitMinutes(420).period("2026-03-10", "2026-03-11").penaltyArticle("Art. 110(1)");
        // Art. 69 judges the minor, not Art. 50: no 8-hour finding for the same day.
        assertThat(outcome.report().findings()).extracting(f -> f.ruleId()).containsExactly("KR-LSA-69");
    }

    @Test
    @CleanFixture
    void eightHoursInADayWithTheAgreementsExtraHour() {
        VERIFIER.verifyThat(MinorHoursRule.class).given(minorWeek(Kr.withAgreement()))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void thirtyEightHoursBreakTheWeekWithoutAnAgreementButNotWithOne() {
        VERIFIER.verifyThat(MinorHoursRule.class)
                .given(Kr.withoutAgreement().employee("M1", e -> e.hourly(10_320).born("2009-06-01"))
                        .dailyShifts("M1", Kr.MONDAY, 5, "09:00", "17:00", "12:00-13:00")
                        .shift("M1", "2026-03-14T09:00", "2026-03-14T12:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(38 * 60).limitMinutes(35 * 60).period("2026-03-09", "2026-03-16");
        VERIFIER.verifyThat(MinorHoursRule.class)
                .given(Kr.withAgreement().employee("M1", e -> e.hourly(10_320).born("2009-06-01"))
                        .dailyShifts("M1", Kr.MONDAY, 5, "09:00", "17:00", "12:00-13:00")
                        .shift("M1", "2026-03-14T09:00", "2026-03-14T12:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anEighteenthBirthdayEndsTheProtection() {
        // Born 2008-03-11: 18 from Wednesday 2026-03-11. Nine-hour days: Monday and Tuesday break the minor's
        // 8 h (7 + 1 by agreement); the week, which began while a minor, is judged by Art. 69 as a whole (45 h > 40).
        VERIFIER.verifyThat(MinorHoursRule.class)
                .given(Kr.withAgreement().employee("M1", e -> e.hourly(10_320).born("2008-03-11"))
                        .dailyShifts("M1", Kr.MONDAY, 5, "08:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violations(3);
    }

    @Test
    void anUnknownBirthDateIsIndeterminateWhenTheAgeWouldMatter() {
        VERIFIER.verifyThat(MinorHoursRule.class)
                .given(Kr.withAgreement().employee("X1", e -> e.hourly(10_320).born(null))
                        .dailyShifts("X1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.INDETERMINATE).messageContains("the birth date is unknown");
    }
}
