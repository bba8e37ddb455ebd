package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class ExtendedWorkCapRuleTest {

    @Test
    @ViolatingFixture
    void fiftyFiveHoursBreakTheFiftyTwoHourWeek() {
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "21:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(15 * 60).limitMinutes(12 * 60).period("2026-03-09", "2026-03-16")
                .penaltyArticle("Art. 110(1)").messageContains("weekly total 55:00 h minus 40");
    }

    @Test
    @CleanFixture
    void exactlyFiftyTwoHoursIsLawful() {
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", Kr.MONDAY, 4, "09:00", "20:00", "12:00-13:00")
                        .shift("E1", "2026-03-13T09:00", "2026-03-13T22:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void holidayHoursCountTowardTheWeekSinceThePhaseIn() {
        // 40 h Monday to Friday and 13 h on Sunday, the weekly holiday: 53 h.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-15T08:00", "2026-03-15T22:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(13 * 60);
    }

    @Test
    void beforeThePhaseInHolidayHoursWereNotCounted() {
        // The same week in March 2019 at a workplace of 100: the 7-day week applied to 50-299 only from 2020-01-01.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.workplace(100).agreement(Agreements.EXTENDED_WORK).employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2019-03-04", 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2019-03-10T08:00", "2019-03-10T22:00", "12:00-13:00"))
                .between("2019-03-04", "2019-03-10")
                .hasNoFindings();
    }

    @Test
    void theSupremeCourtsWeeklyTotalIsTheReadingForA2023WeekToo() {
        // Three 14-hour days in 2023: 18 h beyond 8 a day, but only 42 h in the week (2 h of extended work).
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2023-03-06", 3, "08:00", "23:00", "12:00-13:00"))
                .between("2023-03-06", "2023-03-12")
                .hasNoFindings();
    }

    @Test
    void theMinistrysEarlierPracticeIsTheAlternativeFile() throws java.io.IOException {
        // The same 2023 week judged by the shipped alternative rows: 18 h of extended work, and the finding says which reading.
        var outcome = VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2023-03-06", 3, "08:00", "23:00", "12:00-13:00"))
                .evaluate(org.worktime.core.engine.Evaluation.between(java.time.LocalDate.parse("2023-03-06"),
                        java.time.LocalDate.parse("2023-03-12")).withOverrides(moelPractice()));
        outcome.violatesOnce().measuredMinutes(18 * 60).limitMinutes(12 * 60)
                .messageContains("daily hours beyond 8 plus weekly hours beyond 40, the ministry's practice before 2024-01-22");
    }

    @Test
    void underTheAlternativeFileA2024WeekIsStillTheWeeklyTotal() throws java.io.IOException {
        // 2024-01-22 is the first day of the ministry's new interpretation: the week starting that Monday, 3 x 14 h, is clean.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2024-01-22", 3, "08:00", "23:00", "12:00-13:00"))
                .evaluate(org.worktime.core.engine.Evaluation.between(java.time.LocalDate.parse("2024-01-22"),
                        java.time.LocalDate.parse("2024-01-28")).withOverrides(moelPractice()))
                .hasNoFindings();
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2024-01-15", 3, "08:00", "23:00", "12:00-13:00"))
                .evaluate(org.worktime.core.engine.Evaluation.between(java.time.LocalDate.parse("2024-01-15"),
                        java.time.LocalDate.parse("2024-01-21")).withOverrides(moelPractice()))
                .violatesOnce().measuredMinutes(18 * 60);
    }

    @Test
    void theFindingNamesTheSupremeCourtsReading() {
        // 53 h in a 2023 week: 13 h of extended work by the weekly total.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2023-03-06", 5, "08:00", "19:36", "12:00-13:00"))
                .between("2023-03-06", "2023-03-12")
                .violatesOnce().measuredMinutes(13 * 60)
                .messageContains("weekly total 53:00 h minus 40, the Supreme Court's reading (2020Do15393)");
    }

    private static org.worktime.core.param.ParameterTable moelPractice() throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of("..", "examples", "parameters", "kr-lsa53-moel-practice.txt");
        try (var in = java.nio.file.Files.newInputStream(file)) {
            return org.worktime.core.param.ParameterTable.read(file.toString(), in);
        }
    }

    @Test
    void underThirtyWorkplacesHadEightMoreHoursUntil2022() {
        // 58 h a week: 18 h extended, within 12 + 8 in 2022 with the Art. 53(3) agreement, beyond 12 in 2023.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.workplace(20).agreement(Agreements.EXTENDED_WORK).agreement(Agreements.SMALL_WORKPLACE_EXTRA)
                        .employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2022-03-07", 5, "08:00", "20:00", "12:00-13:00")
                        .shift("E1", "2022-03-12T09:00", "2022-03-12T12:00"))
                .between("2022-03-07", "2022-03-13")
                .hasNoFindings();
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.workplace(20).agreement(Agreements.EXTENDED_WORK).agreement(Agreements.SMALL_WORKPLACE_EXTRA)
                        .employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2023-03-06", 5, "08:00", "20:00", "12:00-13:00")
                        .shift("E1", "2023-03-11T09:00", "2023-03-11T12:00"))
                .between("2023-03-06", "2023-03-12")
                .violatesOnce().measuredMinutes(18 * 60).limitMinutes(12 * 60);
    }

    @Test
    void aMinorIsJudgedByArticle69NotByTheFiftyTwoHourWeek() {
        // A 16-year-old's 58-hour week in 2022: no Art. 53(1) finding (nor the Art. 53(3) extra, barred to minors by
        // Art. 53(6)); Art. 69 reports the days and the week instead.
        var outcome = VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.workplace(20).agreement(Agreements.EXTENDED_WORK).agreement(Agreements.SMALL_WORKPLACE_EXTRA)
                        .employee("E1", e -> e.monthly(4_000_000, 209).born("2005-06-01"))
                        .dailyShifts("E1", "2022-03-07", 5, "08:00", "20:00", "12:00-13:00")
                        .shift("E1", "2022-03-12T09:00", "2022-03-12T12:00"))
                .between("2022-03-07", "2022-03-13");
        outcome.hasNoFindings();
        // 2022-03-09 was the presidential election day, a public holiday: a minor's work on it breaks Art. 70(2) too.
        org.assertj.core.api.Assertions.assertThat(outcome.report().findings()).extracting(f -> f.ruleId() + " " + f.period().getStart())
                .containsExactly("KR-LSA-69 2022-03-07", "KR-LSA-69 2022-03-08", "KR-LSA-69 2022-03-09", "KR-LSA-69 2022-03-10",
                        "KR-LSA-69 2022-03-11", "KR-LSA-69 2022-03-07", "KR-LSA-70-2 2022-03-09");
    }

    @Test
    void aPlannedFridayThatBreaksTheCapIsAForecast() {
        // Recorded Monday to Thursday, 10 h a day; the plan for Friday is 13 h: 53 h in the week once worked.
        var scenario = Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209))
                .dailyShifts("E1", Kr.MONDAY, 4, "09:00", "20:00", "12:00-13:00")
                .plannedShift("E1", "2026-03-13T08:00", "2026-03-13T22:00", "12:00-13:00");
        var asOf = java.time.LocalDateTime.parse("2026-03-13T00:00").atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant();
        var finding = VERIFIER.verifyThat(ExtendedWorkCapRule.class).given(scenario)
                .evaluate(org.worktime.core.engine.Evaluation.between(java.time.LocalDate.parse(Kr.MONDAY), java.time.LocalDate.parse(Kr.SUNDAY))
                        .withAsOf(asOf))
                .violatesOnce().measuredMinutes(13 * 60).finding();
        org.assertj.core.api.Assertions.assertThat(finding.basis()).isEqualTo(org.worktime.core.finding.Basis.FORECAST);
        // Without an as-of instant the plan is not counted: 40 h recorded, nothing to report.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class).given(scenario).between(Kr.MONDAY, Kr.SUNDAY).hasNoFindings();
    }

    @Test
    void aHeadcountChangeMidPeriodChangesTheBandRowInForce() {
        // 20 workers until 2022-03-13, then 35: the Art. 53(3) extra is in force for the first week only.
        var outcome = VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.workplace(20).headcount(java.time.LocalDate.parse("2022-03-14"), 35)
                        .agreement(Agreements.EXTENDED_WORK).agreement(Agreements.SMALL_WORKPLACE_EXTRA)
                        .employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2022-03-07", 5, "08:00", "20:00", "12:00-13:00")
                        .shift("E1", "2022-03-12T09:00", "2022-03-12T12:00")
                        .dailyShifts("E1", "2022-03-14", 5, "08:00", "20:00", "12:00-13:00")
                        .shift("E1", "2022-03-19T09:00", "2022-03-19T12:00"))
                .between("2022-03-07", "2022-03-20");
        outcome.violatesOnce().period("2022-03-14", "2022-03-21").limitMinutes(12 * 60);
    }
}
