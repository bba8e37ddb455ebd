package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 51 arrangements: valid ones move the limits to the schedule; invalid ones fall back to the ordinary rules. */
class FlexibleArrangementRuleTest {

    private static final Map<String, String> FORTY_FIVE_THIRTY_FIVE = Map.of("unitWeeks", "2", "week.1", "MON-FRI 9h", "week.2", "MON-FRI 7h");

    /** kr.md EX-08: week 1 five 9-hour days (45 h), week 2 five 7-hour days (35 h). */
    private static Scenario ex08(Scenario workplace, String employee) {
        return workplace.dailyShifts(employee, "2026-03-09", 5, "09:00", "19:00", "12:00-13:00")
                .dailyShifts(employee, "2026-03-16", 5, "09:00", "17:00", "12:00-13:00");
    }

    @Test
    @CleanFixture
    void theTwoWeekScheduleOfTheFactSheetIsLawfulAndOwesNoOvertime() {
        // EX-08: average 40, week 1 within 48: no violation and no overtime premium, with no Art. 53 agreement at all.
        Scenario scenario = ex08(Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31",
                FORTY_FIVE_THIRTY_FIVE).employee("E1", e -> e.hourly(12_000)), "E1");
        var outcome = VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario).between("2026-03-09", "2026-03-22");
        outcome.hasNoFindings();
        assertThat(outcome.report().findings()).isEmpty();
        assertThat(outcome.report().payLines()).noneMatch(p -> p.kind().equals("OVERTIME"));
    }

    @Test
    void withoutTheArrangementTheSameHoursOweFiveHoursOfOvertime() {
        // EX-08 counter-test: 5 overtime premium hours in week 1 (1 h beyond 8 on each day): 5 x 1.5 x 10,000 = 75,000.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(ex08(Kr.withAgreement().employee("E1", e -> e.hourly(10_000)), "E1"))
                .between("2026-03-09", "2026-03-22");
        assertThat(outcome.totalPaidMinutes()).isEqualTo(300);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("75000");
    }

    @Test
    @ViolatingFixture
    void aMinorCannotWorkFlexibleHours() {
        Scenario scenario = ex08(Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31",
                FORTY_FIVE_THIRTY_FIVE).employee("M1", e -> e.hourly(10_320).born("2009-06-01")), "M1");
        var outcome = VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario).between("2026-03-09", "2026-03-22");
        outcome.single(Severity.WARNING).period("2026-03-09", "2026-03-23").messageContains("the worker is a minor (Art. 51(3))")
                .messageContains("The ordinary limits apply");
        // So Art. 69 judges the 9-hour days: five daily findings and the 45-hour week.
        assertThat(outcome.report().findings()).filteredOn(f -> f.ruleId().equals("KR-LSA-69")).hasSize(6);
    }

    @Test
    void aScheduleAveragingMoreThanFortyHoursFallsBack() {
        Scenario scenario = Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31",
                Map.of("unitWeeks", "2", "week.1", "MON-FRI 9h", "week.2", "MON-FRI 8h")).employee("E1", e -> e.hourly(10_000))
                .dailyShifts("E1", "2026-03-09", 5, "09:00", "19:00", "12:00-13:00");
        var outcome = VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario).between("2026-03-09", "2026-03-22");
        outcome.single(Severity.WARNING).messageContains("the schedule averages 42:30 h a week, more than 40:00 h");
        assertThat(outcome.report().findings()).filteredOn(f -> f.ruleId().equals("KR-LSA-50-2")).hasSize(5);
    }

    @Test
    void aTwoWeekUnitCannotScheduleMoreThanFortyEightHoursInAWeek() {
        Scenario scenario = Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31",
                Map.of("unitWeeks", "2", "week.1", "MON-SAT 9h", "week.2", "MON-FRI 5h12min")).employee("E1", e -> e.hourly(10_000));
        VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario.shift("E1", "2026-03-09T09:00", "2026-03-09T10:00"))
                .between("2026-03-09", "2026-03-22")
                .single(Severity.WARNING).messageContains("week 1 schedules 54:00 h, more than 48:00 h");
    }

    @Test
    void anAgreementThatEndsInsideAUnitCoversNothingOfThatUnit() {
        // Valid until Wednesday of the unit's second week: the unit cannot average out; the ordinary rules judge it.
        Scenario scenario = ex08(Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-03-18",
                FORTY_FIVE_THIRTY_FIVE).employee("E1", e -> e.hourly(10_000)), "E1");
        var outcome = VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario).between("2026-03-09", "2026-03-22");
        outcome.single(Severity.WARNING).period("2026-03-09", "2026-03-19").messageContains("runs beyond the agreement's validity");
        assertThat(outcome.report().findings()).filteredOn(f -> f.ruleId().equals("KR-LSA-50-2")).hasSize(5);
    }

    @Test
    void extendedWorkOnTopOfTheScheduleIsCappedAtTwelveHoursSixtyInAll() {
        // A two-week unit scheduling 48 h then 32 h; 60 h worked in week 1 = 12 h beyond the schedule: lawful with an
        // Art. 53 agreement. One more hour (61 h) breaks Art. 53(2)'s 12 hours.
        Map<String, String> terms = Map.of("unitWeeks", "2", "week.1", "MON-SAT 8h", "week.2", "MON-THU 8h");
        Scenario sixty = Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31", terms)
                .employee("E1", e -> e.hourly(10_000))
                .dailyShifts("E1", "2026-03-09", 6, "08:00", "19:00", "12:00-13:00");
        VERIFIER.verifyThat(ExtendedWorkCapRule.class).given(sixty).between("2026-03-09", "2026-03-15").hasNoFindings();
        Scenario sixtyOne = Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31", terms)
                .employee("E1", e -> e.hourly(10_000))
                .dailyShifts("E1", "2026-03-09", 5, "08:00", "19:00", "12:00-13:00")
                .shift("E1", "2026-03-14T08:00", "2026-03-14T20:00", "12:00-13:00");
        VERIFIER.verifyThat(ExtendedWorkCapRule.class).given(sixtyOne).between("2026-03-09", "2026-03-15")
                .violatesOnce().measuredMinutes(13 * 60).limitMinutes(12 * 60).messageContains("hours beyond the flexible schedule");
    }

    @Test
    void aThreeMonthUnitAllowsSixtyFourHours() {
        // Scheduled 52 h (four 13-hour days are over the 12-hour day cap, so: 4 x 12 h + 4 h on Friday) then lighter weeks.
        Map<String, String> terms = Map.of("unitWeeks", "4", "week.1", "MON-THU 12h; FRI 4h", "week.2", "MON-FRI 7h",
                "week.3", "MON-FRI 7h", "week.4", "MON-FRI 7h12min");
        Scenario scenario = Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.THREE_MONTH, "2026-03-09", "2026-12-31", terms)
                .employee("E1", e -> e.hourly(10_000))
                // 64 h in week 1: 12 h beyond the 52 scheduled, all on Friday and Saturday.
                .dailyShifts("E1", "2026-03-09", 4, "08:00", "21:00", "12:00-13:00")
                .shift("E1", "2026-03-13T08:00", "2026-03-13T21:00", "12:00-13:00")
                .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00");
        VERIFIER.verifyThat(ExtendedWorkCapRule.class).given(scenario).between("2026-03-09", "2026-03-15").hasNoFindings();
        VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario).between("2026-03-09", "2026-04-05").hasNoFindings();
    }

    @Test
    void aUnitAcrossTheYearEndIsOneUnit() {
        // Four weeks from Monday 2025-12-15 to Sunday 2026-01-11, scheduled 44, 44, 36, 36 h; Christmas and New Year's
        // Day (Thursdays) are public holidays, not worked.
        Map<String, String> terms = Map.of("unitWeeks", "4", "week.1", "MON-FRI 8h48min", "week.2", "MON-FRI 8h48min",
                "week.3", "MON-FRI 7h12min", "week.4", "MON-FRI 7h12min");
        Scenario scenario = Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.THREE_MONTH, "2025-12-15", "2026-12-31", terms)
                .employee("E1", e -> e.hourly(12_000))
                .dailyShifts("E1", "2025-12-15", 5, "09:00", "18:48", "12:00-13:00")
                .dailyShifts("E1", "2025-12-22", 3, "09:00", "18:48", "12:00-13:00")
                .shift("E1", "2025-12-26T09:00", "2025-12-26T18:48", "12:00-13:00")
                .dailyShifts("E1", "2025-12-29", 3, "09:00", "17:12", "12:00-13:00")
                .shift("E1", "2026-01-02T09:00", "2026-01-02T17:12", "12:00-13:00")
                .dailyShifts("E1", "2026-01-05", 5, "09:00", "17:12", "12:00-13:00");
        var outcome = VERIFIER.verifyThat(FlexibleArrangementRule.class).given(scenario).between("2025-12-15", "2026-01-11");
        outcome.hasNoFindings();
        assertThat(outcome.report().findings()).extracting(f -> f.ruleId()).isEmpty();
        assertThat(outcome.report().payLines()).extracting(p -> p.kind()).doesNotContain("OVERTIME");
    }
}
