package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class VariableHoursRuleTest {

    /** Four-week periods from Monday 2026-04-06: Monday to Thursday 9 h, Friday 4 h, 40 h a week. */
    private static Agreement fourWeeks(String pattern) {
        return new Agreement(Arrangement.ONE_MONTH, LocalDateRange.ofClosed(LocalDate.of(2026, 4, 6), LocalDate.of(2027, 3, 31)), Set.of(),
                Map.of("days", "28", "pattern", pattern));
    }

    private static Scenario schedule(Scenario s) {
        for (int week = 0; week < 4; week++) {
            LocalDate monday = LocalDate.of(2026, 4, 6).plusWeeks(week);
            for (int d = 0; d < 4; d++) {
                s.shift("E1", monday.plusDays(d) + "T08:00", monday.plusDays(d) + "T18:00", "12:00-13:00");
            }
            s.shift("E1", monday.plusDays(4) + "T09:00", monday.plusDays(4) + "T13:00");
        }
        return s;
    }

    @Test
    @CleanFixture
    void nineHourDaysOnAValidScheduleAreNotOvertime() {
        Scenario s = schedule(Jp.workplace().agreementRecord(fourWeeks("MON-THU 9h; FRI 4h")).employee("E1", e -> e.wage(Jp.yen(300_000))));
        VERIFIER.verifyThat(VariableHoursRule.class).given(s).between("2026-04-06", "2026-05-03").hasNoFindings();
        VERIFIER.verifyThat(DailyHoursRule.class).given(s).between("2026-04-06", "2026-05-03").hasNoFindings();
        VERIFIER.verifyThat(WeeklyHoursRule.class).given(s).between("2026-04-06", "2026-05-03").hasNoFindings();
    }

    @Test
    @ViolatingFixture
    void fortyFiveHoursAWeekOnAverageIsNotAValidSchedule() {
        Scenario s = schedule(Jp.workplace().agreementRecord(fourWeeks("MON-FRI 9h")).employee("E1", e -> e.wage(Jp.yen(300_000))));
        var outcome = VERIFIER.verifyThat(VariableHoursRule.class).given(s).between("2026-04-06", "2026-05-03");
        outcome.violatesOnce().period("2026-04-06", "2026-05-04").messageContains("180:00 h, more than an average of 40:00 h a week");
        // The arrangement is void: the 9-hour days are overtime without an Art. 36 agreement.
        assertThat(VERIFIER.verifyThat(DailyHoursRule.class).given(s).between("2026-04-06", "2026-05-03").findings()).hasSize(16);
    }

    @Test
    void overtimeIsBeyondTheScheduleThenBeyondFortyThenBeyondThePeriod() {
        // Week 1: Monday 10 h (scheduled 9: 1 h), Friday 9 h (scheduled 4: beyond 8, 1 h), week 46 h: 44 regular, 4 h beyond 40.
        Scenario s = Jp.withAgreement().agreementRecord(fourWeeks("MON-THU 9h; FRI 4h"))
                .employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                .shift("E1", "2026-04-06T08:00", "2026-04-06T19:00", "12:00-13:00")
                .dailyShifts("E1", "2026-04-07", 3, "08:00", "18:00", "12:00-13:00")
                .shift("E1", "2026-04-10T08:00", "2026-04-10T18:00", "12:00-13:00");
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-04-06", "2026-05-03");
        assertThat(outcome.totalPaidMinutes()).isEqualTo(6 * 60);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("15000");
    }

    @Test
    void aOneYearScheduleOfElevenHoursIsOverTheDailyLimit() {
        Scenario s = Jp.workplace().agreementRecord(new Agreement(Arrangement.ONE_YEAR,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), Set.of(),
                        Map.of("months", "12", "pattern", "MON-FRI 7h30min", "dates", "2026-04-06 11h")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2026-04-06T08:00", "2026-04-06T20:00", "12:00-13:00");
        VERIFIER.verifyThat(VariableHoursRule.class).given(s).between("2026-04-06", "2026-04-12")
                .violatesOnce().messageContains("2026-04-06 is scheduled for 11:00 h, more than 10:00 h");
    }

    @Test
    void aValidOneYearScheduleLetsATenHourDayStand() {
        Scenario s = Jp.workplace().agreementRecord(new Agreement(Arrangement.ONE_YEAR,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), Set.of(),
                        Map.of("months", "12", "pattern", "MON-FRI 7h30min", "dates", "2026-04-06 10h")))
                .employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2026-04-06T08:00", "2026-04-06T19:00", "12:00-13:00");
        VERIFIER.verifyThat(VariableHoursRule.class).given(s).between("2026-04-06", "2026-04-12").hasNoFindings();
        VERIFIER.verifyThat(DailyHoursRule.class).given(s).between("2026-04-06", "2026-04-12").hasNoFindings();
    }

    @Test
    void theOneWeekSystemIsForSmallShopsInnsAndRestaurantsOnly() {
        Agreement oneWeek = new Agreement(Arrangement.ONE_WEEK, LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                Set.of(), Map.of("pattern", "MON-TUE 10h; WED-THU 6h; FRI 8h"));
        Scenario office = Jp.workplace().agreementRecord(oneWeek).employee("E1", e -> e.wage(Jp.yen(300_000)))
                .dailyShifts("E1", Jp.MONDAY, 2, "08:00", "19:00", "12:00-13:00");
        VERIFIER.verifyThat(VariableHoursRule.class).given(office).between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().messageContains("only for retail, inns and restaurants");
        Scenario inn = Jp.workplace().headcount(LocalDate.of(2020, 1, 1), 12).attribute("jp.lsa32-5.business", "true").agreementRecord(oneWeek)
                .employee("E1", e -> e.wage(Jp.yen(300_000)))
                .dailyShifts("E1", Jp.MONDAY, 2, "08:00", "19:00", "12:00-13:00");
        VERIFIER.verifyThat(VariableHoursRule.class).given(inn).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
        VERIFIER.verifyThat(DailyHoursRule.class).given(inn).between(Jp.MONDAY, Jp.SUNDAY).hasNoFindings();
    }

    /** One year from 2026-04-01, weekdays 7 h; Tuesday 2026-07-07 to Saturday 2026-07-18 worked in a row (12 days). */
    private static Scenario busyJuly(String specifiedPeriod, String extraDates) {
        Map<String, String> terms = new java.util.HashMap<>(Map.of("months", "12", "pattern", "MON-FRI 7h",
                "dates", "2026-07-06 0h; 2026-07-11 7h; 2026-07-12 7h; 2026-07-18 7h" + extraDates));
        if (specifiedPeriod != null) {
            terms.put("specifiedPeriod", specifiedPeriod);
        }
        return Jp.workplace().agreementRecord(new Agreement(Arrangement.ONE_YEAR,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), Set.of(), terms))
                .employee("E1", e -> e.wage(Jp.yen(300_000)))
                .shift("E1", "2026-07-07T09:00", "2026-07-07T17:00", "12:00-13:00");
    }

    @Test
    void twelveDaysInARowNeedASpecifiedPeriod() {
        VERIFIER.verifyThat(VariableHoursRule.class).given(busyJuly(null, "")).between("2026-07-06", "2026-07-19")
                .violatesOnce().messageContains("more than 6 consecutive working days scheduled up to 2026-07-13");
        VERIFIER.verifyThat(VariableHoursRule.class).given(busyJuly("2026-07-01..2026-07-31", "")).between("2026-07-06", "2026-07-19")
                .hasNoFindings();
    }

    @Test
    void aSpecifiedPeriodAllowsTwelveDaysNotThirteen() {
        VERIFIER.verifyThat(VariableHoursRule.class).given(busyJuly("2026-07-01..2026-07-31", "; 2026-07-19 7h"))
                .between("2026-07-06", "2026-07-19")
                .violatesOnce().messageContains("more than 12 consecutive working days scheduled up to 2026-07-19 (specified period)");
    }

    @Test
    void aSpecifiedPeriodStillKeepsADayOffEachWeek() {
        // Monday 2026-07-06 worked too: the week from 2026-07-06 has no day off (the run of 13 is reported first otherwise).
        Scenario s = busyJuly("2026-07-01..2026-07-31", "; 2026-07-06 7h; 2026-07-18 0h");
        VERIFIER.verifyThat(VariableHoursRule.class).given(s).between("2026-07-06", "2026-07-19")
                .violatesOnce().messageContains("the week from 2026-07-06 in the specified period has no day off scheduled");
    }
}
