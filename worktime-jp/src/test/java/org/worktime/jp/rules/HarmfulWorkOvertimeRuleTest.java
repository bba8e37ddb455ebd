package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class HarmfulWorkOvertimeRuleTest {

    private static Scenario miner(String end) {
        return Jp.withAgreement().employee("M", e -> e.wage(Jp.yen(300_000)).attribute(HarmfulWorkOvertimeRule.HARMFUL, "true"))
                .shift("M", Jp.MONDAY + "T09:00", Jp.MONDAY + "T" + end, "12:00-13:00");
    }

    /** 09:00-20:01 with an hour's break: 10:01 h, 2:01 h beyond 8. */
    @Test
    @ViolatingFixture
    void twoHoursAndAMinuteOfOvertimeInHarmfulWork() {
        VERIFIER.verifyThat(HarmfulWorkOvertimeRule.class).given(miner("20:01")).between(Jp.MONDAY, Jp.SUNDAY).violatesOnce()
                .measuredMinutes(121).limitMinutes(120).period(Jp.MONDAY, "2026-03-10")
                .messageContains("2:01 h of overtime on 2026-03-09 in harmful work (jp.harmful-work), beyond 2:00 h a day.")
                .penaltyArticle("Art. 119");
    }

    @Test
    @CleanFixture
    void exactlyTwoHoursIsTheCap() {
        VERIFIER.verifyThat(HarmfulWorkOvertimeRule.class).given(miner("20:00")).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
    }

    @Test
    void ordinaryWorkMayBeExtendedFurther() {
        Scenario office = Jp.withAgreement().employee("M", e -> e.wage(Jp.yen(300_000)))
                .shift("M", Jp.MONDAY + "T09:00", Jp.MONDAY + "T22:00", "12:00-13:00");
        VERIFIER.verifyThat(HarmfulWorkOvertimeRule.class).given(office).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
    }

    /** Without an agreement the whole extension is JP-LSA-32-2's violation, not this rule's. */
    @Test
    void withoutAnAgreementTheDailyLimitRuleSpeaks() {
        Scenario s = Jp.workplace().employee("M", e -> e.wage(Jp.yen(300_000)).attribute(HarmfulWorkOvertimeRule.HARMFUL, "true"))
                .shift("M", Jp.MONDAY + "T09:00", Jp.MONDAY + "T22:00", "12:00-13:00");
        VERIFIER.verifyThat(HarmfulWorkOvertimeRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
        VERIFIER.verifyThat(DailyHoursRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY).violatesOnce();
    }

    @Test
    void aValueOtherThanTrueOrFalseIsIndeterminate() {
        Scenario s = Jp.withAgreement().employee("M", e -> e.wage(Jp.yen(300_000)).attribute(HarmfulWorkOvertimeRule.HARMFUL, "yes"))
                .shift("M", Jp.MONDAY + "T09:00", Jp.MONDAY + "T22:00", "12:00-13:00");
        VERIFIER.verifyThat(HarmfulWorkOvertimeRule.class).given(s).between(Jp.MONDAY, Jp.SUNDAY).single(Severity.INDETERMINATE)
                .messageContains("the attribute jp.harmful-work is 'yes', not true or false");
    }
}
