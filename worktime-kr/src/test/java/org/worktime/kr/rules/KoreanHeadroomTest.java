package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
                        java.util.Set.of(), java.util.Map.of("ground", "WORKLOAD_SURGE", "approvedOn", "2026-03-06")))
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
}
