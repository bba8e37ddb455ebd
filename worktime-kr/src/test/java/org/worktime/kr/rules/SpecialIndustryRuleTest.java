package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Agreement;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 59: five special industries (KSIC divisions 49 but 4921, 50, 51, 52, 86). */
class SpecialIndustryRuleTest {

    private static Scenario hospital(String industry, Map<String, String> terms) {
        Scenario scenario = Kr.withAgreement().attribute("industry", industry);
        return scenario.agreementRecord(new Agreement(SpecialIndustry.KIND,
                org.threeten.extra.LocalDateRange.ofClosed(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)),
                java.util.Set.of(), terms)).employee("N1", e -> e.monthly(4_000_000, 209));
    }

    @Test
    @ViolatingFixture
    void tenHoursOfRestBetweenTwoHospitalShifts() {
        var outcome = VERIFIER.verifyThat(SpecialIndustryRule.class)
                .given(hospital("86101", Map.of())
                        .shift("N1", "2026-03-10T12:00", "2026-03-10T22:00", "17:00-18:00")
                        .shift("N1", "2026-03-11T08:00", "2026-03-11T20:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.violatesOnce().measuredMinutes(600).limitMinutes(660).period("2026-03-11", "2026-03-12").penaltyArticle("Art. 110(1)");
    }

    @Test
    @CleanFixture
    void sixtyHoursInAHospitalWeekWithElevenHoursOfRest() {
        // Five 12-hour days (07:00-20:00, an hour's break): 60 h, 20 h of extended work, lawful in health care with the
        // Art. 59 agreement; 20:00 to 07:00 is exactly 11 hours of rest.
        var outcome = VERIFIER.verifyThat(SpecialIndustryRule.class)
                .given(hospital("86101", Map.of()).dailyShifts("N1", Kr.MONDAY, 5, "07:00", "20:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.hasNoFindings();
        assertThat(outcome.report().findings()).noneMatch(f -> f.ruleId().equals("KR-LSA-53-1"));
    }

    @Test
    void aRoutePassengerBusCompanyIsNotASpecialIndustry() {
        var outcome = VERIFIER.verifyThat(SpecialIndustryRule.class)
                .given(hospital("49211", Map.of()).dailyShifts("N1", Kr.MONDAY, 5, "07:00", "22:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.single(Severity.WARNING).messageContains("is not one of the five special industries");
        assertThat(outcome.report().findings()).anyMatch(f -> f.ruleId().equals("KR-LSA-53-1"));
    }

    @Test
    void anUnknownIndustryIsIndeterminate() {
        Scenario scenario = Kr.withAgreement().agreementRecord(new Agreement(SpecialIndustry.KIND,
                org.threeten.extra.LocalDateRange.ofClosed(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)),
                java.util.Set.of(), Map.of())).employee("N1", e -> e.monthly(4_000_000, 209))
                .shift("N1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00");
        VERIFIER.verifyThat(SpecialIndustryRule.class).given(scenario).between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.INDETERMINATE).messageContains("the workplace's industry (attribute 'industry', a KSIC code) is unknown");
    }

    @Test
    void anAgreementChangingBreaksLiftsArticle54() {
        var outcome = VERIFIER.verifyThat(BreaksRule.class)
                .given(hospital("86101", Map.of("breaksChanged", "true")).shift("N1", "2026-03-10T09:00", "2026-03-10T17:30", "12:00-12:30"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.hasNoFindings();
    }
}
