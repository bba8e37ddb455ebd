package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.testing.Scenario;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.Headroom.Status;
import org.worktime.core.watch.Watch;
import org.worktime.core.watch.WatchReport;
import org.worktime.kr.KoreanPack;

/**
 * The Korean headroom, run as {@code worktime watch} runs it. The week is Monday 2026-03-09 to Sunday 2026-03-15
 * (no public holiday); the as-of instant is Thursday 2026-03-12 09:00 in Seoul unless a test says otherwise.
 */
class KoreanHeadroomTest {

    private static final KoreanPack PACK = new KoreanPack();
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final long HOUR = 3600;
    private static final long RISK = 4 * HOUR;
    private static final String THURSDAY_9 = "2026-03-12T09:00";
    private static final LocalDateRange WEEK = LocalDateRange.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 16));

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    private static WatchReport.EmployeeWatch watch(Scenario scenario, String asOf) {
        WatchReport report = Watch.of(PACK).run(scenario.dataset(), at(asOf), RISK);
        assertThat(report.week()).isEqualTo(WEEK);
        return report.employees().get(0);
    }

    /** Recorded Monday to Wednesday 09:00-20:00 with an hour's break: 10 h a day, 30 h. */
    private static Scenario thirtyRecordedHours(Scenario scenario) {
        return scenario.employee("E1", e -> e.monthly(4_000_000, 209))
                .dailyShifts("E1", Kr.MONDAY, 3, "09:00", "20:00", "12:00-13:00");
    }

    /** Planned Thursday 09:00-20:00 with an hour's break: 10 h. */
    private static Scenario plannedThursday(Scenario scenario) {
        return scenario.plannedShift("E1", "2026-03-12T09:00", "2026-03-12T20:00", "12:00-13:00");
    }

    @Test
    void aPlanBeyondFiftyTwoHoursIsACertainBreachWithItsForecastFinding() {
        // Friday planned 08:00-22:00 with an hour's break: 13 h. 30 + 10 + 13 = 53 h against 52 h: left -1 h.
        Scenario scenario = plannedThursday(thirtyRecordedHours(Kr.withAgreement()))
                .plannedShift("E1", "2026-03-13T08:00", "2026-03-13T22:00", "12:00-13:00");

        WatchReport.EmployeeWatch entry = watch(scenario, THURSDAY_9);
        Headroom h = entry.headroom();

        assertThat(h.status()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(h.recordedSeconds()).isEqualTo(30 * HOUR);
        assertThat(h.plannedSeconds()).isEqualTo(23 * HOUR);
        assertThat(h.ceilingSeconds()).isEqualTo(52 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(-1 * HOUR);
        assertThat(h.dailyCeilingSeconds()).isNull();
        assertThat(h.todaySeconds()).isEqualTo(10 * HOUR);
        // Today's shift starts 09:00. The week's other work is 30 h recorded + Friday's 13 h = 43 h, so today's shift
        // may hold 52 - 43 = 9 h (no daily cap under the agreement). 9 h of work need a 1 h break (8 h or more,
        // kr.lsa54.threshold-long): 09:00 + 9 h + 1 h = 19:00.
        assertThat(h.todayShiftStart()).isEqualTo(LocalDateTime.of(2026, 3, 12, 9, 0));
        assertThat(h.todayAllowedSeconds()).isEqualTo(9 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 12, 19, 0));
        assertThat(h.citation().article()).isEqualTo("Art. 53(1)");
        assertThat(h.reason().en()).isEqualTo("52:00 h a week (40:00 h + 12:00 h of extended work under the Art. 53 agreement),"
                + " no daily cap.");

        assertThat(entry.forecast()).extracting(Finding::ruleId).contains("KR-LSA-53-1");
        assertThat(entry.forecast()).extracting(Finding::basis).containsOnly(Basis.FORECAST);
        Finding cap = entry.forecast().stream().filter(f -> f.ruleId().equals("KR-LSA-53-1")).findFirst().orElseThrow();
        assertThat(cap.measured().value().intValueExact()).isEqualTo(13 * 60);
        assertThat(cap.period()).isEqualTo(WEEK);
    }

    @Test
    void withoutFridaysPlanTwelveHoursAreLeft() {
        WatchReport.EmployeeWatch entry = watch(plannedThursday(thirtyRecordedHours(Kr.withAgreement())), THURSDAY_9);
        Headroom h = entry.headroom();

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.plannedSeconds()).isEqualTo(10 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(12 * HOUR);
        // Nothing else is planned: today's shift may hold 52 - 30 = 22 h, for the agreement sets no daily cap, and
        // 22 h need a 1 h break: 09:00 + 23 h = Friday 08:00. Lawful under Arts 50, 53 and 54 as the pack reads them.
        assertThat(h.todayAllowedSeconds()).isEqualTo(22 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 13, 8, 0));
        assertThat(entry.forecast()).isEmpty();
    }

    @Test
    void threeHoursLeftIsAtRisk() {
        // Friday planned 08:00-18:00 with an hour's break: 9 h. 52 - 30 - 10 - 9 = 3 h, below the 4 h threshold.
        Scenario scenario = plannedThursday(thirtyRecordedHours(Kr.withAgreement()))
                .plannedShift("E1", "2026-03-13T08:00", "2026-03-13T18:00", "12:00-13:00");

        Headroom h = watch(scenario, THURSDAY_9).headroom();

        assertThat(h.status()).isEqualTo(Status.AT_RISK);
        assertThat(h.leftSeconds()).isEqualTo(3 * HOUR);
        // The week's other work: 30 h + 9 h = 39 h; today's shift may hold 52 - 39 = 13 h, plus 1 h of break: 23:00.
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 12, 23, 0));
    }

    @Test
    void theThresholdIsTheUsers() {
        Scenario scenario = plannedThursday(thirtyRecordedHours(Kr.withAgreement()))
                .plannedShift("E1", "2026-03-13T08:00", "2026-03-13T18:00", "12:00-13:00");

        WatchReport report = Watch.of(PACK).run(scenario.dataset(), at(THURSDAY_9), 3 * HOUR);

        assertThat(report.employees().get(0).headroom().status()).isEqualTo(Status.OK);
    }

    @Test
    void withoutAnAgreementTheCeilingIsFortyHoursAndEightToday() {
        // Recorded Monday to Wednesday 09:00-18:00 with an hour's break (24 h), planned Thursday the same (8 h).
        Scenario scenario = Kr.withoutAgreement().employee("E1", e -> e.monthly(3_000_000, 209))
                .dailyShifts("E1", Kr.MONDAY, 3, "09:00", "18:00", "12:00-13:00")
                .plannedShift("E1", "2026-03-12T09:00", "2026-03-12T18:00", "12:00-13:00");

        Headroom h = watch(scenario, THURSDAY_9).headroom();

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.ceilingSeconds()).isEqualTo(40 * HOUR);
        assertThat(h.dailyCeilingSeconds()).isEqualTo(8 * HOUR);
        assertThat(h.recordedSeconds()).isEqualTo(24 * HOUR);
        assertThat(h.plannedSeconds()).isEqualTo(8 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(8 * HOUR);
        // Today's shift may hold min(8 h daily - 0 h other work today, 40 h - 24 h other work this week) = 8 h;
        // 8 h of work need a 1 h break: 09:00 + 8 h + 1 h = 18:00.
        assertThat(h.todayAllowedSeconds()).isEqualTo(8 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 12, 18, 0));
        assertThat(h.citation().article()).isEqualTo("Art. 50(1)");
        // No flexible arrangement: no unit.
        assertThat(h.hasUnit()).isFalse();
        assertThat(h.unit()).isNull();
        assertThat(h.unitProjectedSeconds()).isNull();
        assertThat(h.unitStatus()).isNull();
    }

    @Test
    void anEarlierShiftTodayCountsAgainstTheDailyCeiling() {
        // As of Thursday 14:00: recorded Monday to Wednesday 8 h a day and Thursday 09:00-13:00 (4 h), planned 14:00-18:00.
        Scenario scenario = Kr.withoutAgreement().employee("E1", e -> e.monthly(3_000_000, 209))
                .dailyShifts("E1", Kr.MONDAY, 3, "09:00", "18:00", "12:00-13:00")
                .shift("E1", "2026-03-12T09:00", "2026-03-12T13:00")
                .plannedShift("E1", "2026-03-12T14:00", "2026-03-12T18:00");

        Headroom h = watch(scenario, "2026-03-12T14:00").headroom();

        assertThat(h.recordedSeconds()).isEqualTo(28 * HOUR);
        assertThat(h.plannedSeconds()).isEqualTo(4 * HOUR);
        assertThat(h.todaySeconds()).isEqualTo(8 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(8 * HOUR);
        // The last shift starting today is the 14:00 one; the morning's 4 h are already counted to today, so it may
        // hold min(8 - 4, 40 - 28) = 4 h, which need a 30 min break (4 h or more, below 8 h): 14:00 + 4:30 = 18:30.
        assertThat(h.todayShiftStart()).isEqualTo(LocalDateTime.of(2026, 3, 12, 14, 0));
        assertThat(h.todayAllowedSeconds()).isEqualTo(4 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 12, 18, 30));
    }

    @Test
    void aMinorsCeilingIsThirtyFiveHoursAndSevenToday() {
        // A 16-year-old, no agreement: recorded Monday to Wednesday 09:00-17:00 with an hour's break (21 h),
        // planned Thursday 09:00-16:00 with an hour's break (6 h).
        Scenario scenario = Kr.withoutAgreement().employee("M1", e -> e.born("2010-01-01").hourly(10_320))
                .dailyShifts("M1", Kr.MONDAY, 3, "09:00", "17:00", "12:00-13:00")
                .plannedShift("M1", "2026-03-12T09:00", "2026-03-12T16:00", "12:00-13:00");

        Headroom h = watch(scenario, THURSDAY_9).headroom();

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.ceilingSeconds()).isEqualTo(35 * HOUR);
        assertThat(h.dailyCeilingSeconds()).isEqualTo(7 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(8 * HOUR);
        // min(7 h daily, 35 - 21 = 14 h) = 7 h, which need a 30 min break: 09:00 + 7:30 = 16:30.
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 12, 16, 30));
        assertThat(h.citation().article()).isEqualTo("Art. 69");
    }

    @Test
    void aMinorWithTheAgreementHasFortyHoursAndEightToday() {
        Scenario scenario = Kr.withAgreement().employee("M1", e -> e.born("2010-01-01").hourly(10_320))
                .plannedShift("M1", "2026-03-12T09:00", "2026-03-12T16:00", "12:00-13:00");

        Headroom h = watch(scenario, THURSDAY_9).headroom();

        assertThat(h.ceilingSeconds()).isEqualTo(40 * HOUR);
        assertThat(h.dailyCeilingSeconds()).isEqualTo(8 * HOUR);
    }

    @Test
    void aPregnantWorkerHasFortyHoursWhateverTheAgreement() {
        Scenario scenario = plannedThursday(Kr.withAgreement().employee("E1", e -> e.monthly(4_000_000, 209)
                        .status(Protection.PREGNANT, "2026-01-01", "2026-08-31"))
                .dailyShifts("E1", Kr.MONDAY, 3, "09:00", "20:00", "12:00-13:00"));

        WatchReport.EmployeeWatch entry = watch(scenario, THURSDAY_9);
        Headroom h = entry.headroom();

        assertThat(h.ceilingSeconds()).isEqualTo(40 * HOUR);
        assertThat(h.dailyCeilingSeconds()).isEqualTo(8 * HOUR);
        assertThat(h.leftSeconds()).isZero();
        assertThat(h.status()).isEqualTo(Status.AT_RISK);
        assertThat(h.citation().article()).isEqualTo("Art. 74(5)");
        // Today's shift may hold min(8 h, 40 - 30 = 10 h) = 8 h: 09:00 + 8 h + 1 h = 18:00.
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 12, 18, 0));
        assertThat(entry.forecast()).extracting(Finding::ruleId).contains("KR-LSA-74-5");
    }

    @Test
    void recordedHoursAloneBeyondTheCeilingAreSaidSo() {
        // As of Saturday: recorded Monday to Friday 09:00-20:00 with an hour's break, 50 h against 40 h.
        Scenario scenario = Kr.withoutAgreement().employee("E1", e -> e.monthly(3_000_000, 209))
                .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "20:00", "12:00-13:00");

        Headroom h = watch(scenario, "2026-03-14T09:00").headroom();

        assertThat(h.status()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(h.leftSeconds()).isEqualTo(-10 * HOUR);
        assertThat(h.todayShiftStart()).isNull();
        assertThat(h.latestLegalEnd()).isNull();
        assertThat(h.reason().en()).endsWith("Recorded hours alone (50:00 h) already exceed it.");
    }

    @Test
    void aWorkplaceOfFourHasNoCeiling() {
        Scenario scenario = plannedThursday(thirtyRecordedHours(Kr.workplace(4).agreement(Agreements.EXTENDED_WORK)));

        WatchReport.EmployeeWatch entry = watch(scenario, THURSDAY_9);
        Headroom h = entry.headroom();

        assertThat(h.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(h.ceilingSeconds()).isNull();
        assertThat(h.leftSeconds()).isNull();
        assertThat(h.latestLegalEnd()).isNull();
        assertThat(h.recordedSeconds()).isEqualTo(30 * HOUR);
        assertThat(h.plannedSeconds()).isEqualTo(10 * HOUR);
        assertThat(h.reason().en()).isEqualTo("No weekly ceiling: workplace of fewer than 5 (Art. 11).");
        assertThat(h.citation().article()).isEqualTo("Art. 11; Decree Art. 7, Table 1");
    }

    @Test
    void anArt63ExclusionHasNoCeiling() {
        Scenario scenario = Kr.withAgreement().employee("E1", e -> e.monthly(6_000_000, 209).exclusion("MANAGERIAL_CONFIDENTIAL", null))
                .plannedShift("E1", "2026-03-12T09:00", "2026-03-12T20:00", "12:00-13:00");

        Headroom h = watch(scenario, THURSDAY_9).headroom();

        assertThat(h.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(h.citation().article()).isEqualTo("Art. 63(4); Decree Art. 34");
    }

    @Test
    void anUnknownWorkplaceSizeIsIndeterminate() {
        Scenario scenario = Scenario.in("KR", "Asia/Seoul").employee("E1", e -> e.monthly(3_000_000, 209))
                .plannedShift("E1", "2026-03-12T09:00", "2026-03-12T18:00", "12:00-13:00");

        Headroom h = watch(scenario, THURSDAY_9).headroom();

        assertThat(h.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(h.ceilingSeconds()).isNull();
        assertThat(h.reason().en()).startsWith("Cannot decide: the workplace's regular headcount on 2026-03-09 is unknown");
    }

    @Test
    void theReportSortsByUrgency() {
        Scenario scenario = Kr.withAgreement()
                .employee("OK", e -> e.monthly(3_000_000, 209))
                .employee("BREACH", e -> e.monthly(3_000_000, 209))
                .employee("RISK", e -> e.monthly(3_000_000, 209))
                .plannedShift("OK", "2026-03-12T09:00", "2026-03-12T18:00", "12:00-13:00")
                .dailyShifts("BREACH", Kr.MONDAY, 3, "08:00", "22:00", "12:00-13:00")
                .plannedShift("BREACH", "2026-03-12T09:00", "2026-03-13T00:00", "12:00-13:00")
                .dailyShifts("RISK", Kr.MONDAY, 3, "08:00", "22:00", "12:00-13:00")
                .plannedShift("RISK", "2026-03-12T09:00", "2026-03-12T21:00", "12:00-13:00");

        WatchReport report = Watch.of(PACK).run(scenario.dataset(), at(THURSDAY_9), RISK);

        // BREACH: 3 x 13 h + 14 h = 53 h, left -1 h; RISK: 39 h + 11 h = 50 h, left 2 h; OK: 8 h, left 44 h.
        assertThat(report.employees()).extracting(e -> e.employee().id()).containsExactly("OK", "BREACH", "RISK");
        assertThat(report.byUrgency()).extracting(e -> e.employee().id()).containsExactly("BREACH", "RISK", "OK");
        assertThat(report.byUrgency()).extracting(e -> e.headroom().status())
                .containsExactly(Status.BREACH_CERTAIN, Status.AT_RISK, Status.OK);
        assertThat(report.byUrgency()).extracting(e -> e.headroom().leftSeconds()).containsExactly(-1 * HOUR, 2 * HOUR, 44 * HOUR);
        assertThat(report.hasCertainBreach()).isTrue();
        assertThat(report.count(Status.OK)).isEqualTo(1);
    }

    @Test
    void specialExtendedWorkInForceRaisesTheCeilingToSixtyFour() {
        var scenario = org.worktime.core.testing.Scenario.in("KR", "Asia/Seoul").headcount(50).agreement("KR-LSA-53-1")
                .agreementRecord(new org.worktime.core.domain.Agreement(SpecialExtendedWork.KIND,
                        org.threeten.extra.LocalDateRange.ofClosed(java.time.LocalDate.of(2026, 3, 9), java.time.LocalDate.of(2026, 4, 5)),
                        java.util.Set.of(), java.util.Map.of("ground", "WORKLOAD_SURGE", "approvedOn", "2026-03-06", "healthMeasures", "true")))
                .employee("E1", e -> e.monthly(5_000_000, 209))
                .dailyShifts("E1", "2026-03-09", 3, "08:00", "21:00", "12:00-13:00");
        var asOf = java.time.LocalDateTime.parse("2026-03-12T00:00").atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant();
        var watch = org.worktime.core.watch.Watch.of(new org.worktime.kr.KoreanPack()).run(scenario.dataset(), asOf, 4 * 3600);
        var headroom = watch.employees().get(0).headroom();
        // 64 h = 40 + 12 (Art. 53(1)) + 12 (the authorization's default extra); 36 h recorded.
        org.assertj.core.api.Assertions.assertThat(headroom.ceilingSeconds()).isEqualTo(64 * 3600L);
        org.assertj.core.api.Assertions.assertThat(headroom.leftSeconds()).isEqualTo(28 * 3600L);
        org.assertj.core.api.Assertions.assertThat(headroom.reason().en()).contains("12:00 h of special extended work (Art. 53(4))");
    }

    // --- A flexible arrangement (Art. 51): the unit period, projected to its end ------------------------------------

    /** kr.md EX-08's two-week unit from Monday 2026-03-09: week 1 five 9-hour days (45 h), week 2 five 7-hour days (35 h). */
    private static final Map<String, String> NINE_SEVEN = Map.of("unitWeeks", "2", "week.1", "MON-FRI 9h", "week.2", "MON-FRI 7h");
    private static final LocalDateRange WEEK_2 = LocalDateRange.of(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23));
    private static final LocalDateRange UNIT = LocalDateRange.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 23));
    private static final String MONDAY_2_9 = "2026-03-16T09:00";

    /** The arrangement for E1 in the workplace, and week 1 recorded as scheduled: Monday to Friday 09:00-19:00 less an hour, 45 h. */
    private static Scenario flexible(Scenario workplace) {
        return Flexible.arrangement(workplace, FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31", NINE_SEVEN)
                .employee("E1", e -> e.monthly(3_000_000, 209))
                .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "19:00", "12:00-13:00");
    }

    /** Planned shifts from {@code end - start - 1 h} of work on consecutive days from a date, each with an hour's break at noon. */
    private static Scenario planned(Scenario scenario, String firstDate, int days, String start, String end) {
        for (int d = 0; d < days; d++) {
            String date = LocalDate.parse(firstDate).plusDays(d).toString();
            scenario = scenario.plannedShift("E1", date + "T" + start, date + "T" + end, "12:00-13:00");
        }
        return scenario;
    }

    /** The watch as of Monday 2026-03-16 09:00, week 2 of the unit. */
    private static Headroom weekTwo(Scenario scenario, long riskSeconds) {
        WatchReport report = Watch.of(PACK).run(scenario.dataset(), at(MONDAY_2_9), riskSeconds);
        assertThat(report.week()).isEqualTo(WEEK_2);
        return report.employees().get(0).headroom();
    }

    @Test
    void withoutAnAgreementAPlanBeyondTheScheduleBreaksTheUnitsCeiling() {
        // Week 2 planned as five 9-hour days (09:00-19:00 less an hour) instead of the scheduled 7 h.
        Headroom h = weekTwo(planned(flexible(Kr.withoutAgreement()), "2026-03-16", 5, "09:00", "19:00"), RISK);

        // The unit is 2026-03-09 to 2026-03-22. Week 1's 45 h were recorded before the as-of instant (they are in the
        // context only because the headroom widens it to the unit); week 2's 5 x 9 = 45 h are planned; every
        // scheduled day has a shift, so nothing is assumed: projected 45 + 45 = 90 h. The schedule totals
        // 45 + 35 = 80 h; without an Art. 53 agreement no extended work may be added: ceiling 80 h, 10 h short.
        assertThat(h.unit()).isEqualTo(UNIT);
        assertThat(h.unitScheduledSeconds()).isEqualTo(80 * HOUR);
        assertThat(h.unitRecordedSeconds()).isEqualTo(45 * HOUR);
        assertThat(h.unitPlannedSeconds()).isEqualTo(45 * HOUR);
        assertThat(h.unitProjectedSeconds()).isEqualTo(90 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(80 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(-10 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(h.status()).isEqualTo(Status.BREACH_CERTAIN);
        // The week alone breaks too: its ceiling is the larger of 40 h and its 35 scheduled hours, 40 h; 45 h planned.
        assertThat(h.recordedSeconds()).isZero();
        assertThat(h.plannedSeconds()).isEqualTo(45 * HOUR);
        assertThat(h.ceilingSeconds()).isEqualTo(40 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(-5 * HOUR);
        // Today's 9-hour shift: the week leaves 40 - 36 = 4 h, the day 8 h (the larger of 8 h and the 7 scheduled),
        // the unit 80 - (90 - 9) = -1 h, so none: its lawful end is its start.
        assertThat(h.dailyCeilingSeconds()).isEqualTo(8 * HOUR);
        assertThat(h.todayAllowedSeconds()).isZero();
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 16, 9, 0));
        assertThat(h.reason().en()).isEqualTo("40:00 h a week and 8:00 h a day (the flexible schedule of Art. 51) (Art. 50): no Art. 53"
                + " extended-work agreement covers this employee on 2026-03-16. Flexible arrangement KR-LSA-51-1 (Art. 51), unit"
                + " 2026-03-09 to 2026-03-22: ceiling 80:00 h, the hours scheduled (no Art. 53 agreement, so no extended work on top);"
                + " recorded 45:00 h + planned 45:00 h = projected 90:00 h. A breach is certain: recorded and planned hours exceed the"
                + " unit's ceiling by 10:00 h; the week 2026-03-16 to 2026-03-22 holds 45:00 h against its 40:00 h.");
        assertThat(h.reason().ko()).contains("단위기간 2026-03-09~2026-03-22", "위반 확실");
    }

    @Test
    void withTheAgreementTwelveHoursAWeekOnTopMakeTheSamePlanLawful() {
        Headroom h = weekTwo(planned(flexible(Kr.withAgreement()), "2026-03-16", 5, "09:00", "19:00"), RISK);

        // Ceiling: the 80 scheduled hours + 12 h of extended work in each of the unit's two weeks (Art. 53(2)) = 104 h.
        // Projected 45 + 45 = 90 h: 14 h left, above the 4 h threshold.
        assertThat(h.unitProjectedSeconds()).isEqualTo(90 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(104 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(14 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.OK);
        // The week: the larger of 40 h and its 35 scheduled hours, + 12 h = 52 h; 45 h planned, 7 h left.
        assertThat(h.ceilingSeconds()).isEqualTo(52 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(7 * HOUR);
        assertThat(h.status()).isEqualTo(Status.OK);
        // Today's shift may hold min(52 - 36 = 16 h for the week, 104 - 81 = 23 h for the unit) = 16 h, no daily cap,
        // plus a 1 h break: 09:00 + 17 h = Tuesday 02:00.
        assertThat(h.todayAllowedSeconds()).isEqualTo(16 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 17, 2, 0));
        assertThat(h.reason().en()).endsWith("Flexible arrangement KR-LSA-51-1 (Art. 51), unit 2026-03-09 to 2026-03-22: ceiling"
                + " 104:00 h = 80:00 h scheduled + 24:00 h of extended work under the Art. 53 agreement (Art. 53(2)); recorded 45:00 h"
                + " + planned 45:00 h = projected 90:00 h. 14:00 h left in the unit.");
    }

    @Test
    void whereNothingIsPlannedTheScheduleIsAssumedWorked() {
        // Week 2 planned as scheduled, 7 h a day (09:00-17:00 less an hour), Monday to Thursday only: 28 h.
        Headroom h = weekTwo(planned(flexible(Kr.withAgreement()), "2026-03-16", 4, "09:00", "17:00"), RISK);

        // Friday 2026-03-20 has no shift: its 7 scheduled hours are assumed (the weekend schedules none).
        // Projected 45 recorded + 28 planned + 7 assumed = 80 h against 104 h: 24 h left, OK.
        assertThat(h.unitRecordedSeconds()).isEqualTo(45 * HOUR);
        assertThat(h.unitPlannedSeconds()).isEqualTo(28 * HOUR);
        assertThat(h.unitProjectedSeconds()).isEqualTo(80 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(104 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.OK);
        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.reason().en()).endsWith("recorded 45:00 h + planned 28:00 h + 7:00 h of the schedule, assumed worked where"
                + " nothing is planned (on 2026-03-20) = projected 80:00 h. 24:00 h left in the unit.");
    }

    @Test
    void aProjectionBeyondTheCeilingIsALikelyBreach() {
        // No agreement. Week 2 planned Monday to Thursday 8 h a day (09:00-18:00 less an hour): 32 h; Friday unplanned.
        Headroom h = weekTwo(planned(flexible(Kr.withoutAgreement()), "2026-03-16", 4, "09:00", "18:00"), 0);

        // Recorded + planned = 45 + 32 = 77 h, within the 80 h ceiling; with Friday's 7 scheduled hours assumed the
        // projection is 84 h, 4 h over: AT_RISK even with no threshold at all. The week (32 h, projected 39 h) stays
        // within its 40 h.
        assertThat(h.unitProjectedSeconds()).isEqualTo(84 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(80 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.AT_RISK);
        assertThat(h.leftSeconds()).isEqualTo(8 * HOUR);
        assertThat(h.status()).isEqualTo(Status.AT_RISK);
        assertThat(h.reason().en()).endsWith("= projected 84:00 h. A breach is likely: the projection exceeds the unit's ceiling by 4:00 h.");
    }

    @Test
    void fewerHoursLeftInTheUnitThanTheThresholdIsAtRisk() {
        // With the agreement. Week 1 recorded at 11 h a day (09:00-21:00 less an hour): 55 h, within its ceiling of
        // 45 scheduled + 12 = 57 h. Week 2 planned Monday to Thursday 9 h (09:00-19:00) and Friday 10 h (09:00-20:00): 46 h.
        Scenario scenario = Flexible.arrangement(Kr.withAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31", NINE_SEVEN)
                .employee("E1", e -> e.monthly(3_000_000, 209))
                .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "21:00", "12:00-13:00");
        scenario = planned(planned(scenario, "2026-03-16", 4, "09:00", "19:00"), "2026-03-20", 1, "09:00", "20:00");

        Headroom h = weekTwo(scenario, RISK);

        // Projected 55 + 46 = 101 h against 104 h: 3 h left in the unit, below the 4 h threshold. The week has
        // 52 - 46 = 6 h left, above it: the unit alone makes the employee AT_RISK.
        assertThat(h.unitProjectedSeconds()).isEqualTo(101 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(3 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(6 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.AT_RISK);
        assertThat(h.status()).isEqualTo(Status.AT_RISK);
        // Today's shift may hold min(52 - 37 = 15 h for the week, 104 - 92 = 12 h for the unit) = 12 h, + 1 h of break: 22:00.
        assertThat(h.todayAllowedSeconds()).isEqualTo(12 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 3, 16, 22, 0));
        // With a 3 h threshold the same plan is OK.
        Headroom relaxed = weekTwo(scenario, 3 * HOUR);
        assertThat(relaxed.unitStatus()).isEqualTo(Status.OK);
        assertThat(relaxed.status()).isEqualTo(Status.OK);
    }

    @Test
    void specialExtendedWorkInForceRaisesTheWeekAndTheUnit() {
        // With the agreement, and a special extended work authorization (Art. 53(4), workload surge, default 12 h extra a
        // week) approved 2026-03-13 for 2026-03-16 to 2026-04-12: it covers week 2 only. Week 2 planned at 11 h a day
        // (09:00-21:00 less an hour): 55 h.
        Scenario scenario = Flexible.arrangement(planned(flexible(Kr.withAgreement()), "2026-03-16", 5, "09:00", "21:00"),
                SpecialExtendedWork.KIND, "2026-03-16", "2026-04-12", Map.of("ground", "WORKLOAD_SURGE", "approvedOn", "2026-03-13"));

        Headroom h = weekTwo(scenario, RISK);

        // The week: 40 h (the larger of 40 h and its 35 scheduled) + 12 h (Art. 53) + 12 h (Art. 53(4)) = 64 h; 9 h left.
        assertThat(h.ceilingSeconds()).isEqualTo(64 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(9 * HOUR);
        assertThat(h.reason().en()).startsWith("64:00 h a week (40:00 h + 12:00 h of extended work under the Art. 53 agreement"
                + " + 12:00 h of special extended work (Art. 53(4))), no daily cap.");
        // The unit: 80 scheduled + 12 h in week 1 + (12 + 12) h in week 2 = 116 h; projected 45 + 55 = 100 h: 16 h left.
        assertThat(h.unitCeilingSeconds()).isEqualTo(116 * HOUR);
        assertThat(h.unitProjectedSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.OK);
        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.reason().en()).contains("ceiling 116:00 h = 80:00 h scheduled + 24:00 h of extended work under the Art. 53"
                + " agreement (Art. 53(2)) + 12:00 h of special extended work (Art. 53(4));");

        // Without the authorization the same plan breaks week 2's 52 h, though the unit's 104 h would hold the 100 h.
        Headroom without = weekTwo(planned(flexible(Kr.withAgreement()), "2026-03-16", 5, "09:00", "21:00"), RISK);
        assertThat(without.ceilingSeconds()).isEqualTo(52 * HOUR);
        assertThat(without.unitCeilingSeconds()).isEqualTo(104 * HOUR);
        assertThat(without.unitStatus()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(without.status()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(without.reason().en()).endsWith("A breach is certain: the week 2026-03-16 to 2026-03-22 holds 55:00 h against its 52:00 h.");
    }

    @Test
    void aLongerUnitIsReadFromItsFirstWeekAndProjectedOverUnplannedWeeks() {
        // A three-month-type arrangement (Art. 51(2)) with a four-week unit from 2026-03-09 to 2026-04-05: weeks 1 and 2
        // scheduled Monday to Friday 10 h (50 h each), weeks 3 and 4 6 h (30 h each): 160 h, averaging 40. No Art. 53
        // agreement. Weeks 1 and 2 recorded as scheduled (09:00-20:00 less an hour); week 3 planned as scheduled
        // (09:00-16:00 less an hour); week 4 has no plan yet.
        Scenario scenario = Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.THREE_MONTH, "2026-03-09", "2026-12-31",
                Map.of("unitWeeks", "4", "week.1", "MON-FRI 10h", "week.2", "MON-FRI 10h", "week.3", "MON-FRI 6h", "week.4", "MON-FRI 6h"))
                .employee("E1", e -> e.monthly(3_000_000, 209))
                .dailyShifts("E1", "2026-03-09", 5, "09:00", "20:00", "12:00-13:00")
                .dailyShifts("E1", "2026-03-16", 5, "09:00", "20:00", "12:00-13:00");
        scenario = planned(scenario, "2026-03-23", 5, "09:00", "16:00");

        // As of Monday 2026-03-23 09:00 (week 3), with no threshold: 100 h recorded two weeks back + 30 h planned +
        // week 4's 30 scheduled hours assumed (5 days, 2026-03-30 to 2026-04-03) = 160 h, exactly the 160 h ceiling: OK.
        WatchReport report = Watch.of(PACK).run(scenario.dataset(), at("2026-03-23T09:00"), 0);
        Headroom h = report.employees().get(0).headroom();
        assertThat(h.unit()).isEqualTo(LocalDateRange.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 4, 6)));
        assertThat(h.unitRecordedSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitPlannedSeconds()).isEqualTo(30 * HOUR);
        assertThat(h.unitProjectedSeconds()).isEqualTo(160 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(160 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.OK);
        assertThat(h.reason().en()).contains("+ 30:00 h of the schedule, assumed worked where nothing is planned (on 5 days from"
                + " 2026-03-30 to 2026-04-03) = projected 160:00 h. 0:00 h left in the unit.");
        // With the usual 4 h threshold the unit has no margin left: AT_RISK, though the week (30 h of 40 h) has 10 h.
        Headroom risky = Watch.of(PACK).run(scenario.dataset(), at("2026-03-23T09:00"), RISK).employees().get(0).headroom();
        assertThat(risky.leftSeconds()).isEqualTo(10 * HOUR);
        assertThat(risky.unitStatus()).isEqualTo(Status.AT_RISK);
        assertThat(risky.status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void anInvalidArrangementHasNoUnit() {
        // The same schedule for a 16-year-old: Art. 51(3) excludes minors, so the ordinary Art. 69 ceilings apply.
        Scenario scenario = Flexible.arrangement(Kr.withoutAgreement(), FlexibleArrangement.TWO_WEEK, "2026-03-09", "2026-12-31", NINE_SEVEN)
                .employee("E1", e -> e.born("2010-01-01").hourly(10_320));
        Headroom h = weekTwo(planned(scenario, "2026-03-16", 5, "09:00", "16:00"), RISK);

        assertThat(h.ceilingSeconds()).isEqualTo(35 * HOUR);
        assertThat(h.hasUnit()).isFalse();
        assertThat(h.unitCeilingSeconds()).isNull();
    }

    // --- A selective arrangement (Art. 52): the settlement period, projected to its end -----------------------------

    /** February 2026 (28 days) settled as one month with a total of 100 h (less than the 160 h the 40-hour average allows). */
    private static final Map<String, String> FEBRUARY_100 = Map.of("settlementMonths", "1", "totalHours", "100h");
    private static final LocalDateRange FEBRUARY = LocalDateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1));
    private static final LocalDateRange FEB_WEEK = LocalDateRange.of(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 16));

    /**
     * The arrangement for E1 from 2026-02-01, and 80 h recorded: Monday to Friday 2-6 February and Monday to Wednesday
     * 9-11 February, 08:00-19:00 less an hour, 10 h a day (8 x 10 h). Seollal (16-18 February) has no shift.
     */
    private static Scenario selective(Scenario workplace) {
        return Flexible.arrangement(workplace, SelectiveArrangement.KIND, "2026-02-01", "2026-12-31", FEBRUARY_100)
                .employee("E1", e -> e.monthly(3_000_000, 209))
                .dailyShifts("E1", "2026-02-02", 5, "08:00", "19:00", "12:00-13:00")
                .dailyShifts("E1", "2026-02-09", 3, "08:00", "19:00", "12:00-13:00");
    }

    /**
     * 36 h planned: Thursday 12 and Friday 13 February 09:00-20:00 less an hour (10 h each), Thursday 19 and Friday
     * 20 February 09:00-18:00 less an hour (8 h each).
     */
    private static Scenario thirtySixPlanned(Scenario scenario) {
        return planned(planned(scenario, "2026-02-12", 2, "09:00", "20:00"), "2026-02-19", 2, "09:00", "18:00");
    }

    /** The watch as of Thursday 2026-02-12 09:00, mid-period. */
    private static Headroom midFebruary(Scenario scenario, long riskSeconds) {
        WatchReport report = Watch.of(PACK).run(scenario.dataset(), at("2026-02-12T09:00"), riskSeconds);
        assertThat(report.week()).isEqualTo(FEB_WEEK);
        return report.employees().get(0).headroom();
    }

    @Test
    void withoutAnAgreementAPlanBeyondTheSettlementTotalIsACertainBreach() {
        Headroom h = midFebruary(thirtySixPlanned(selective(Kr.withoutAgreement())), RISK);

        // The settlement period is February, 2026-02-01 to 2026-02-28. Recorded: 80 h (2-6 February are outside the week,
        // in the context only because the headroom widens it to the period). Planned: 10 + 10 + 8 + 8 = 36 h. Nothing is
        // assumed (no schedule under selective hours): projected 80 + 36 = 116 h. Ceiling: the agreed 100 h total
        // (below 40 h x 28 / 7 = 160 h), nothing on top without an Art. 53 agreement: 16 h over.
        assertThat(h.unitKind()).isEqualTo(Headroom.UnitKind.SELECTIVE_PERIOD);
        assertThat(h.unit()).isEqualTo(FEBRUARY);
        assertThat(h.unitScheduledSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitRecordedSeconds()).isEqualTo(80 * HOUR);
        assertThat(h.unitPlannedSeconds()).isEqualTo(36 * HOUR);
        assertThat(h.unitProjectedSeconds()).isEqualTo(116 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(-16 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(h.status()).isEqualTo(Status.BREACH_CERTAIN);
        // The week, for information: 30 h recorded (9-11 February) + 20 h planned = 50 h against 40 h, 10 h over.
        assertThat(h.recordedSeconds()).isEqualTo(30 * HOUR);
        assertThat(h.plannedSeconds()).isEqualTo(20 * HOUR);
        assertThat(h.ceilingSeconds()).isEqualTo(40 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(-10 * HOUR);
        // No daily cap under selective hours; today's 10-hour shift may hold what the period leaves: 100 - (116 - 10)
        // = -6 h, so none: its lawful end is its start.
        assertThat(h.dailyCeilingSeconds()).isNull();
        assertThat(h.todayAllowedSeconds()).isZero();
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 2, 12, 9, 0));
        assertThat(h.citation().article()).isEqualTo("Art. 52(1)");
        assertThat(h.reason().en()).isEqualTo("Selective hours (Art. 52): the week's 40:00 h and the day's limit do not bind; the"
                + " week's hours are shown against 40:00 h for information, and the status follows the settlement period."
                + " Selective hours KR-LSA-52 (Art. 52), settlement period 2026-02-01 to 2026-02-28: ceiling 100:00 h, the period's"
                + " total (no Art. 53 agreement, so no extended work on top); recorded 80:00 h + planned 36:00 h = projected 116:00 h"
                + " (no schedule exists under selective hours, so nothing is assumed for days without a plan). A breach is certain:"
                + " recorded and planned hours exceed the settlement period's ceiling by 16:00 h.");
        assertThat(h.reason().ko()).contains("정산기간 2026-02-01~2026-02-28", "위반 확실");
    }

    @Test
    void withTheAgreementTwelveHoursAWeekOnAverageMakeTheSamePlanLawful() {
        Headroom h = midFebruary(thirtySixPlanned(selective(Kr.withAgreement())), RISK);

        // Ceiling: the 100 h total + 12 h x 28 / 7 = 48 h of extended work (kr.lsa52.extension-average, Art. 53(2)) =
        // 148 h. Projected 116 h: 32 h left, above the 4 h threshold.
        assertThat(h.unitScheduledSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitProjectedSeconds()).isEqualTo(116 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(148 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(32 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.OK);
        // The week: 50 h against 40 + 12 = 52 h, 2 h left, below the 4 h threshold. It does not bind under selective
        // hours, so it does not make the employee AT_RISK: the status is the period's.
        assertThat(h.ceilingSeconds()).isEqualTo(52 * HOUR);
        assertThat(h.leftSeconds()).isEqualTo(2 * HOUR);
        assertThat(h.status()).isEqualTo(Status.OK);
        // Today's shift may hold 148 - (116 - 10) = 42 h (no daily or weekly cap binds; the period's ceiling does), plus
        // a 1 h break: 09:00 + 43 h = Saturday 04:00.
        assertThat(h.todayAllowedSeconds()).isEqualTo(42 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 2, 14, 4, 0));
        assertThat(h.reason().en()).endsWith("Selective hours KR-LSA-52 (Art. 52), settlement period 2026-02-01 to 2026-02-28:"
                + " ceiling 148:00 h = the period's total of 100:00 h + 48:00 h of extended work under the Art. 53 agreement"
                + " (12:00 h a week on average over 28 days, Art. 53(2)); recorded 80:00 h + planned 36:00 h = projected 116:00 h"
                + " (no schedule exists under selective hours, so nothing is assumed for days without a plan). 32:00 h left in the"
                + " settlement period.");
    }

    @Test
    void fewerHoursLeftInTheSettlementPeriodThanTheThresholdIsAtRiskNotAWeeklyBreach() {
        // No agreement. Planned Thursday 09:00-20:00 less an hour (10 h) and Friday 09:00-17:00 less an hour (7 h): 17 h.
        Scenario scenario = planned(planned(selective(Kr.withoutAgreement()), "2026-02-12", 1, "09:00", "20:00"),
                "2026-02-13", 1, "09:00", "17:00");

        Headroom h = midFebruary(scenario, RISK);

        // Projected 80 + 17 = 97 h against the 100 h total: 3 h left, below the 4 h threshold: AT_RISK.
        assertThat(h.unitProjectedSeconds()).isEqualTo(97 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(3 * HOUR);
        assertThat(h.unitStatus()).isEqualTo(Status.AT_RISK);
        assertThat(h.status()).isEqualTo(Status.AT_RISK);
        // The week holds 30 + 17 = 47 h against 40 h, 7 h over: outside selective hours a certain breach, here only
        // reported (the 40 h do not bind under Art. 52).
        assertThat(h.leftSeconds()).isEqualTo(-7 * HOUR);
        // Today's shift may hold 100 - (97 - 10) = 13 h, plus a 1 h break: 09:00 + 14 h = 23:00.
        assertThat(h.todayAllowedSeconds()).isEqualTo(13 * HOUR);
        assertThat(h.latestLegalEnd()).isEqualTo(LocalDateTime.of(2026, 2, 12, 23, 0));
        assertThat(h.reason().en()).endsWith("= projected 97:00 h (no schedule exists under selective hours, so nothing is assumed"
                + " for days without a plan). 3:00 h left in the settlement period.");
        // With a 3 h threshold the same plan is OK.
        Headroom relaxed = midFebruary(scenario, 3 * HOUR);
        assertThat(relaxed.unitStatus()).isEqualTo(Status.OK);
        assertThat(relaxed.status()).isEqualTo(Status.OK);
    }

    @Test
    void aMinorHasNoSettlementPeriod() {
        // Art. 52(1) excludes workers of 15 to 17: the arrangement is invalid for them and the Art. 69 week binds.
        Scenario scenario = Flexible.arrangement(Kr.withoutAgreement(), SelectiveArrangement.KIND, "2026-02-01", "2026-12-31",
                FEBRUARY_100).employee("E1", e -> e.born("2010-01-01").hourly(10_320))
                .dailyShifts("E1", "2026-02-09", 3, "09:00", "15:00", "12:00-13:00");

        Headroom h = midFebruary(scenario, RISK);

        assertThat(h.hasUnit()).isFalse();
        assertThat(h.unitKind()).isNull();
        assertThat(h.ceilingSeconds()).isEqualTo(35 * HOUR);
    }

    @Test
    void aSpecialIndustryAgreementLiftsTheWeeklyCeiling() {
        var scenario = org.worktime.core.testing.Scenario.in("KR", "Asia/Seoul").headcount(50).agreement("KR-LSA-53-1")
                .attribute("industry", "86101")
                .agreementRecord(new org.worktime.core.domain.Agreement(SpecialIndustry.KIND,
                        org.threeten.extra.LocalDateRange.ofClosed(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31)),
                        java.util.Set.of(), java.util.Map.of()))
                .employee("N1", e -> e.monthly(4_000_000, 209))
                .dailyShifts("N1", "2026-03-09", 3, "07:00", "20:00", "12:00-13:00");
        var asOf = java.time.LocalDateTime.parse("2026-03-12T00:00").atZone(java.time.ZoneId.of("Asia/Seoul")).toInstant();
        var headroom = org.worktime.core.watch.Watch.of(new org.worktime.kr.KoreanPack()).run(scenario.dataset(), asOf, 4 * 3600)
                .employees().get(0).headroom();
        org.assertj.core.api.Assertions.assertThat(headroom.status()).isEqualTo(org.worktime.core.watch.Headroom.Status.NOT_APPLICABLE);
        org.assertj.core.api.Assertions.assertThat(headroom.reason().en()).contains("Art. 59 special-industry agreement lifts the 12-hour cap");
    }
}
