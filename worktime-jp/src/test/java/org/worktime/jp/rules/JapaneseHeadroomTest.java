package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.testing.Scenario;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.Headroom.Status;
import org.worktime.core.watch.Watch;

/**
 * The Japanese headroom, run as {@code worktime watch} runs it: the month's overtime and holiday work against the
 * tightest cap. Workplaces of {@link Jp}: Tokyo, weeks from Monday, Sunday the statutory holiday, Saturday a day off.
 */
class JapaneseHeadroomTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final long HOUR = 3600;
    private static final long MINUTE = 60;
    private static final long RISK = 4 * HOUR;
    private static final LocalDateRange MAY = LocalDateRange.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1));

    private static Headroom watch(Scenario scenario, String asOf, long riskSeconds) {
        Instant instant = LocalDateTime.parse(asOf).atZone(TOKYO).toInstant();
        return Watch.of(Jp.PACK).run(scenario.dataset(), instant, riskSeconds).employees().get(0).headroom();
    }

    /** An agreement from 2026-04-01 (its year and months from that day) with the special clause. */
    private static Scenario specialClause(Map<String, String> more) {
        Map<String, String> terms = new java.util.HashMap<>(more);
        terms.put("specialClause", "true");
        return Jp.workplace().agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", terms)).employee("E1", e -> e.wage(Jp.yen(300_000)));
    }

    /**
     * Recorded: the 20 weekdays of May 2026 before Friday the 29th, 09:00-22:57 with an hour's break: 8 h + 4:57 of
     * overtime each, 99 h of overtime. Friday the 29th is planned from 09:00 to {@code fridayEnd}.
     */
    private static Scenario ninetyNineHoursAndFriday(String fridayEnd) {
        Scenario s = specialClause(Map.of());
        for (LocalDate d = LocalDate.of(2026, 5, 1); d.isBefore(LocalDate.of(2026, 5, 29)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T09:00", d + "T22:57", "12:00-13:00");
            }
        }
        return s.plannedShift("E1", "2026-05-29T09:00", "2026-05-29T" + fridayEnd, "12:00-13:00");
    }

    @Test
    void ninetyNineHoursRecordedAndFiftyNineMinutesPlannedStayUnderTheHundredHourCap() {
        // Friday 09:00-18:59 less the hour's break: 7:59 + 1:00 = 8:59 worked, 0:59 beyond 8 h. 99:00 + 0:59 = 99:59.
        Scenario scenario = ninetyNineHoursAndFriday("18:59");

        Headroom h = watch(scenario, "2026-05-29T09:00", 0);

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.unitKind()).isEqualTo(Headroom.UnitKind.MONTHLY_OVERTIME_CAP);
        assertThat(h.unit()).isEqualTo(MAY);
        assertThat(h.unitRecordedSeconds()).isEqualTo(99 * HOUR);
        assertThat(h.unitPlannedSeconds()).isEqualTo(59 * MINUTE);
        assertThat(h.unitProjectedSeconds()).isEqualTo(99 * HOUR + 59 * MINUTE);
        assertThat(h.unitCeilingSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(MINUTE);
        // All work of the month: 20 days of 12:57 and Friday's 8:59.
        assertThat(h.unitScheduledSeconds()).isEqualTo(20 * (12 * HOUR + 57 * MINUTE) + 8 * HOUR + 59 * MINUTE);
        // No weekly cap: the week's hours only. Week of Monday 25 May: four recorded days of 12:57, Friday planned.
        assertThat(h.ceilingSeconds()).isNull();
        assertThat(h.leftSeconds()).isNull();
        assertThat(h.recordedSeconds()).isEqualTo(4 * (12 * HOUR + 57 * MINUTE));
        assertThat(h.plannedSeconds()).isEqualTo(8 * HOUR + 59 * MINUTE);
        assertThat(h.latestLegalEnd()).isNull();
        assertThat(h.citation().article()).isEqualTo("Art. 36(6)(ii)");
        assertThat(h.reason().en()).contains("Art. 36 month 2026-05-01 to 2026-05-31: overtime and holiday work recorded 99:00 h"
                + " + planned 0:59 h = 99:59 h. Tightest cap: overtime and holiday work under 100:00 h in the month");
        // The same minute left is below any risk threshold of more than a minute.
        assertThat(watch(scenario, "2026-05-29T09:00", RISK).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void plannedWorkReachingExactlyOneHundredHoursIsACertainBreach() {
        // Friday 09:00-19:00: 9 h worked, 1 h beyond 8 h. 99 + 1 = 100 h: not under 100 h.
        Headroom h = watch(ninetyNineHoursAndFriday("19:00"), "2026-05-29T09:00", RISK);

        assertThat(h.status()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(h.unitStatus()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(h.unitRecordedSeconds()).isEqualTo(99 * HOUR);
        assertThat(h.unitPlannedSeconds()).isEqualTo(HOUR);
        assertThat(h.unitProjectedSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(100 * HOUR);
        assertThat(h.unitLeftSeconds()).isZero();
        assertThat(h.reason().en()).endsWith("A breach is certain: 100:00 h is not under 100:00 h.");
        assertThat(h.reason().in(org.worktime.core.i18n.Language.JA)).isEqualTo("36協定のもとでは週の上限はなく、月で判断します。"
                + "36協定の月 2026-05-01～2026-05-31: 時間外労働と休日労働の実績99:00 + 予定1:00 = 100:00。"
                + "最も厳しい上限: 時間外労働と休日労働の合計が月100:00未満 (第36条第6項第2号。ちょうど100:00の場合も違反)。"
                + "この月に可能な時間外労働と休日労働は100:00までです。違反が確定しています: 100:00で100:00未満になりません。");
    }

    @Test
    void ninetyHoursLastMonthLeaveSeventyThisMonthUnderTheTwoMonthAverage() {
        // April: 90 h of overtime over its 22 weekdays. May, recorded to the 14th: 10 weekdays with 4 h of overtime, 40 h.
        Scenario scenario = Jp.monthWithOvertime(specialClause(Map.of()), "E1", YearMonth.of(2026, 4), 90 * 60);
        for (LocalDate d = LocalDate.of(2026, 5, 1); d.isBefore(LocalDate.of(2026, 5, 15)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                scenario.shift("E1", d + "T09:00", d + "T22:00", "12:00-13:00");
            }
        }

        Headroom h = watch(scenario, "2026-05-15T00:00", RISK);

        // Two months may average 80 h: 160 - 90 = 70 h for May, tighter than the 100 h cap (and 240 - 90 over three).
        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.unit()).isEqualTo(MAY);
        assertThat(h.unitRecordedSeconds()).isEqualTo(40 * HOUR);
        assertThat(h.unitPlannedSeconds()).isZero();
        assertThat(h.unitCeilingSeconds()).isEqualTo(70 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(30 * HOUR);
        assertThat(h.citation().article()).isEqualTo("Art. 36(6)(iii)");
        assertThat(h.reason().en()).contains("an average of at most 80:00 h over the 2 months from 2026-04-01 (Art. 36(6)(iii)):"
                + " 160:00 h less the 90:00 h of the 1 month before");
    }

    @Test
    void withoutASpecialClauseTheGeneralFortyFiveHoursBindOvertimeButNotHolidayWork() {
        // Monday 2026-05-11 to Thursday the 14th recorded 09:00-22:00 (4 h of overtime a day, 16 h), and Sunday the 10th,
        // the statutory holiday, 09:00-18:00 (8 h of holiday work). 45 h binds overtime alone: the month may hold 45 + 8 h.
        Scenario scenario = Jp.workplace().agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of()))
                .employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2026-05-10T09:00", "2026-05-10T18:00", "12:00-13:00");
        for (int day = 11; day <= 14; day++) {
            scenario.shift("E1", "2026-05-" + day + "T09:00", "2026-05-" + day + "T22:00", "12:00-13:00");
        }

        Headroom h = watch(scenario, "2026-05-15T00:00", RISK);

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.unitRecordedSeconds()).isEqualTo(24 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(53 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(29 * HOUR);
        assertThat(h.citation().article()).isEqualTo("Art. 36(4)");
        assertThat(h.reason().en()).contains("Tightest cap: the general limit of 45:00 h of overtime a month (Art. 36(4); holiday work"
                + " not counted; no special clause); the month may hold 53:00 h of overtime and holiday work. 29:00 h left.");
    }

    @Test
    void withoutAnAgreementAnyOvertimeIsACertainBreachAndTheHeadroomIsZero() {
        // Monday 2026-03-09 recorded 09:00-19:00 (9 h, 1 h beyond 8 h); Tuesday planned 09:00-18:30 (0:30 beyond 8 h).
        Scenario scenario = Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2026-03-09T09:00", "2026-03-09T19:00", "12:00-13:00")
                .plannedShift("E1", "2026-03-10T09:00", "2026-03-10T18:30", "12:00-13:00");

        Headroom h = watch(scenario, "2026-03-10T09:00", RISK);

        assertThat(h.status()).isEqualTo(Status.BREACH_CERTAIN);
        assertThat(h.unit()).isEqualTo(LocalDateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
        assertThat(h.unitRecordedSeconds()).isEqualTo(HOUR);
        assertThat(h.unitPlannedSeconds()).isEqualTo(30 * MINUTE);
        assertThat(h.unitCeilingSeconds()).isZero();
        assertThat(h.unitLeftSeconds()).isEqualTo(-90 * MINUTE);
        assertThat(h.citation().article()).isEqualTo("Art. 32(1); Art. 36(1); Art. 40");
        assertThat(h.reason().en()).contains("no Art. 36 agreement covers this employee on 2026-03-10, so no overtime beyond 8:00 h a day"
                + " or 40:00 h a week and no statutory-holiday work is lawful");
    }

    @Test
    void withoutAnAgreementAnEightHourDayLeavesNothingSoTheThresholdFlagsIt() {
        Scenario scenario = Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2026-03-09T09:00", "2026-03-09T18:00", "12:00-13:00");

        Headroom h = watch(scenario, "2026-03-10T09:00", 0);

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.unitProjectedSeconds()).isZero();
        assertThat(h.unitCeilingSeconds()).isZero();
        assertThat(watch(scenario, "2026-03-10T09:00", RISK).status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void aWorkerCoveredByTheHighlyProfessionalSystemHasNoCap() {
        Scenario scenario = Hps.longWeekdays(Hps.covered(1_000_000), 19);

        Headroom h = watch(scenario, "2026-04-20T00:00", RISK);

        assertThat(h.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(h.hasUnit()).isFalse();
        assertThat(h.citation().article()).isEqualTo("Art. 41-2");
        assertThat(h.reason().en()).startsWith("No cap on hours: covered by the Highly Professional System on 2026-04-20");
    }

    @Test
    void aManagerUnderArticle41HasNoCap() {
        Scenario scenario = specialClause(Map.of()).attest("E1", Coverage.MANAGER, "2026-01-01", null)
                .shift("E1", "2026-05-11T09:00", "2026-05-11T23:00", "12:00-13:00");

        Headroom h = watch(scenario, "2026-05-12T00:00", RISK);

        assertThat(h.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(h.citation().article()).isEqualTo("Art. 41");
    }

    @Test
    void onceSixMonthsWentBeyondFortyFiveHoursTheSeventhMayNot() {
        // Special clause from 2025-04-01; April to September 2025 each hold 50 h of overtime (six months beyond 45 h).
        // October, recorded to the 14th: Monday the 6th to Friday the 10th with 4 h of overtime a day, 20 h.
        Scenario scenario = Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2026-03-31", Map.of("specialClause", "true")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)));
        for (int month = 4; month <= 9; month++) {
            Jp.monthWithOvertime(scenario, "E1", YearMonth.of(2025, month), 50 * 60);
        }
        for (int day = 6; day <= 10; day++) {
            scenario.shift("E1", String.format("2025-10-%02dT09:00", day), String.format("2025-10-%02dT22:00", day), "12:00-13:00");
        }

        Headroom h = watch(scenario, "2025-10-14T00:00", RISK);

        // 45 h binds (the 2-month average would leave 160 - 50 = 110 h, the cap 100 h).
        assertThat(h.unitRecordedSeconds()).isEqualTo(20 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(45 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(25 * HOUR);
        assertThat(h.citation().article()).isEqualTo("Art. 36(5); Arts 139-141");
        assertThat(h.reason().en()).contains("6 other months of the agreement year from 2025-04-01 already went beyond 45:00 h of overtime");
    }

    @Test
    void aMissingWageDoesNotMatter() {
        Scenario scenario = Jp.workplace().agreementRecord(Hps.resolution("interval"))
                .agreementRecord(Jp.agreement("2026-04-01", "2027-03-31", Map.of("specialClause", "true")))
                .employee("E1", e -> e.noWage())
                .shift("E1", "2026-05-11T09:00", "2026-05-11T20:00", "12:00-13:00");

        Headroom h = watch(scenario, "2026-05-12T00:00", RISK);

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.unitRecordedSeconds()).isEqualTo(2 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(100 * HOUR);
    }

    @Test
    void beforeTheTwoThousandNineteenLimitsAnAgreementSetsNoStatutoryCap() {
        Scenario scenario = Jp.workplace().agreementRecord(Jp.agreement("2018-04-01", "2019-03-31", Map.of("sector", "driver")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2018-05-14T09:00", "2018-05-14T23:00", "12:00-13:00");

        Headroom h = watch(scenario, "2018-05-15T00:00", RISK);

        assertThat(h.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(h.reason().en()).startsWith("No statutory cap: the upper limits of Act No. 71 of 2018 do not bind this workplace yet");
    }

    @Test
    void anUnreadableAgreedLimitMakesTheAnswerIndeterminate() {
        Scenario scenario = specialClause(Map.of("specialMonthLimit", "lots"))
                .shift("E1", "2026-05-11T09:00", "2026-05-11T20:00", "12:00-13:00");

        Headroom h = watch(scenario, "2026-05-12T00:00", RISK);

        assertThat(h.status()).isEqualTo(Status.INDETERMINATE);
        assertThat(h.reason().en()).isEqualTo("Cannot decide: the Art. 36 agreement's terms cannot be read: specialMonthLimit 'lots'"
                + " (give limits as e.g. 30h).");
        assertThat(h.reason().in(org.worktime.core.i18n.Language.JA))
                .isEqualTo("判断できません: 36協定の条件を読み取れません: specialMonthLimit「lots」 (限度は 30h のように指定してください)。");
    }

    @Test
    void theSpecialClausesAgreedMonthlyLimitBindsWhenTighter() {
        // 60 h agreed; Monday 2026-05-11 09:00-23:00: 13 h worked, 5 h of overtime.
        Scenario scenario = specialClause(Map.of("specialMonthLimit", "60h"))
                .shift("E1", "2026-05-11T09:00", "2026-05-11T23:00", "12:00-13:00");

        Headroom h = watch(scenario, "2026-05-12T00:00", RISK);

        assertThat(h.unitRecordedSeconds()).isEqualTo(5 * HOUR);
        assertThat(h.unitCeilingSeconds()).isEqualTo(60 * HOUR);
        assertThat(h.unitLeftSeconds()).isEqualTo(55 * HOUR);
    }

    @Test
    void aDayWithinEightHoursWithAnAgreementHasTheWholeCapLeft() {
        Scenario scenario = specialClause(Map.of()).shift("E1", "2026-05-11T09:00", "2026-05-11T" + LocalTime.of(18, 0), "12:00-13:00");

        Headroom h = watch(scenario, "2026-05-12T00:00", RISK);

        assertThat(h.status()).isEqualTo(Status.OK);
        assertThat(h.unitProjectedSeconds()).isZero();
        assertThat(h.unitCeilingSeconds()).isEqualTo(100 * HOUR);
    }
}
