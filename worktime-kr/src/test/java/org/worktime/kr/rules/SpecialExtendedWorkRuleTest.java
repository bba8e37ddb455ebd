package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 53(4) with the MOEL guideline limits (kr.md 1.5). */
class SpecialExtendedWorkRuleTest {

    private static Scenario authorized(String from, String to, Map<String, String> terms) {
        return Flexible.arrangement(Kr.withAgreement(), SpecialExtendedWork.KIND, from, to, terms)
                .employee("E1", e -> e.monthly(5_000_000, 209));
    }

    /** A 64-hour week: five 12-hour days and 4 h on Saturday. */
    private static Scenario sixtyFour(Scenario scenario, String monday) {
        java.time.LocalDate m = java.time.LocalDate.parse(monday);
        return scenario.dailyShifts("E1", monday, 5, "08:00", "21:00", "12:00-13:00")
                .shift("E1", m.plusDays(5) + "T09:00", m.plusDays(5) + "T13:30", "11:00-11:30");
    }

    @Test
    @ViolatingFixture
    void workBegunBeforeApprovalWithoutTheApprovalOnFile() {
        var outcome = VERIFIER.verifyThat(SpecialExtendedWorkRule.class)
                .given(sixtyFour(authorized("2026-03-09", "2026-04-05", Map.of("ground", "UNFORESEEN_INCIDENT", "afterTheFact", "true")), "2026-03-09"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.violatesOnce().penaltyArticle("Art. 114").messageContains("no after-the-fact approval is on file");
        // Not in force, so the week's 24 h of extended work break the ordinary 12.
        assertThat(outcome.report().findings()).anyMatch(f -> f.ruleId().equals("KR-LSA-53-1") && f.limit().value().intValue() == 720);
    }

    @Test
    @CleanFixture
    void aFourWeekAuthorizationForAWorkloadSurgeAllowsSixtyFourHours() {
        var outcome = VERIFIER.verifyThat(SpecialExtendedWorkRule.class)
                .given(sixtyFour(authorized("2026-03-09", "2026-04-05", Map.of("ground", "WORKLOAD_SURGE", "approvedOn", "2026-03-06", "healthMeasures", "true")), "2026-03-09"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.hasNoFindings();
        assertThat(outcome.report().findings()).isEmpty();
    }

    @Test
    void sixtyFiveHoursBreakEvenTheRaisedCap() {
        var scenario = sixtyFour(authorized("2026-03-09", "2026-04-05", Map.of("ground", "WORKLOAD_SURGE", "approvedOn", "2026-03-06", "healthMeasures", "true")), "2026-03-09")
                .shift("E1", "2026-03-15T09:00", "2026-03-15T10:00");
        VERIFIER.verifyThat(ExtendedWorkCapRule.class).given(scenario).between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(25 * 60).limitMinutes(24 * 60);
    }

    @Test
    void aFiveWeekAuthorizationForAWorkloadSurgeExceedsTheGuideline() {
        VERIFIER.verifyThat(SpecialExtendedWorkRule.class)
                .given(sixtyFour(authorized("2026-03-09", "2026-04-12", Map.of("ground", "WORKLOAD_SURGE", "approvedOn", "2026-03-06", "healthMeasures", "true")), "2026-03-09"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.WARNING).messageContains("lasts at most 4 weeks (MOEL guideline)");
    }

    @Test
    void theSemiconductorTrackAllowsSixtyFourHoursThenSixty() {
        // Authorized 2025-04-14 to 2025-10-13 (six months); approved 2025-04-09 (kr.md 1.5.6).
        Map<String, String> terms = Map.of("ground", "SEMICONDUCTOR_RND", "approvedOn", "2025-04-09", "healthMeasures", "true");
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(sixtyFour(authorized("2025-04-14", "2025-10-13", terms), "2025-05-12"))
                .between("2025-05-12", "2025-05-18").hasNoFindings();
        // From 2025-07-14 the extra is 8 h: 64 h is 4 h too many.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(sixtyFour(authorized("2025-04-14", "2025-10-13", terms), "2025-08-11"))
                .between("2025-08-11", "2025-08-17")
                .violatesOnce().measuredMinutes(24 * 60).limitMinutes(20 * 60);
        VERIFIER.verifyThat(SpecialExtendedWorkRule.class)
                .given(sixtyFour(authorized("2025-04-14", "2025-10-13", terms), "2025-08-11"))
                .between("2025-08-11", "2025-08-17").hasNoFindings();
    }

    @Test
    void anApprovalDatedLaterOnlyCountsFromThatDate() {
        var scenario = sixtyFour(authorized("2026-03-09", "2026-04-05", Map.of("ground", "WORKLOAD_SURGE", "approvedOn", "2026-03-16", "healthMeasures", "true")), "2026-03-09");
        var outcome = VERIFIER.verifyThat(SpecialExtendedWorkRule.class).given(scenario).between(Kr.MONDAY, Kr.SUNDAY);
        outcome.single(Severity.WARNING).messageContains("is not marked as an after-the-fact approval");
        assertThat(outcome.report().findings()).anyMatch(f -> f.ruleId().equals("KR-LSA-53-1"));
    }

    @Test
    void moreThanNinetyAuthorizedDaysInAYearExceedTheGuideline() {
        Scenario scenario = Kr.withAgreement().employee("E1", e -> e.monthly(5_000_000, 209))
                .shift("E1", "2026-03-09T09:00", "2026-03-09T18:00", "12:00-13:00");
        String[][] periods = {{"2026-01-05", "2026-02-01"}, {"2026-02-02", "2026-03-01"}, {"2026-03-02", "2026-03-29"}, {"2026-06-01", "2026-06-28"}};
        for (String[] p : periods) {
            scenario.agreementRecord(new org.worktime.core.domain.Agreement(SpecialExtendedWork.KIND,
                    org.threeten.extra.LocalDateRange.ofClosed(java.time.LocalDate.parse(p[0]), java.time.LocalDate.parse(p[1])),
                    java.util.Set.of(), Map.of("ground", "WORKLOAD_SURGE", "approvedOn", p[0], "healthMeasures", "true")));
        }
        var finding = VERIFIER.verifyThat(SpecialExtendedWorkRule.class).given(scenario).between("2026-01-05", "2026-06-28")
                .single(Severity.WARNING).finding();
        assertThat(finding.measured().value().intValue()).isEqualTo(112);
        assertThat(finding.limit().value().intValue()).isEqualTo(90);
    }

    @Test
    void anAuthorizationWithoutHealthMeasuresIsReported() {
        VERIFIER.verifyThat(SpecialExtendedWorkRule.class)
                .given(sixtyFour(authorized("2025-04-14", "2025-10-13", Map.of("ground", "SEMICONDUCTOR_RND", "approvedOn", "2025-04-09")), "2025-05-12"))
                .between("2025-05-12", "2025-05-18")
                .single(Severity.WARNING).messageContains("a health check-up every 6 months");
    }
}
