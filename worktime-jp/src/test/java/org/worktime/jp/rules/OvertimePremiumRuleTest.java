package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Wage;
import org.worktime.core.pay.PayLine;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class OvertimePremiumRuleTest {

    /**
     * T24: 70 h of overtime on weekdays, 10 h on Saturday 2026-04-11 (a non-statutory day off) and 8 h on Sunday
     * 2026-04-12 (the statutory holiday), at JPY 2,000 an hour. 80 h count toward the 60: 60 h at 1.25 = 150,000 and
     * 20 h at 1.50 = 60,000, 210,000 in all; the Sunday is paid by the holiday rule (21,600).
     */
    private static Scenario t24() {
        Scenario s = Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)));
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 4), 70 * 60);
        return s.shift("E1", "2026-04-11T08:00", "2026-04-11T19:00", "12:00-13:00")
                .shift("E1", "2026-04-12T09:00", "2026-04-12T18:00", "12:00-13:00");
    }

    @Test
    @ViolatingFixture
    void t24SixtyHourBoundary() {
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(t24()).between("2026-04-01", "2026-04-30");
        assertThat(outcome.payLines()).hasSize(2);
        PayLine upTo60 = outcome.payLines().get(0);
        PayLine beyond60 = outcome.payLines().get(1);
        assertThat(upTo60.kind()).isEqualTo(OvertimePremiumRule.KIND);
        assertThat(upTo60.seconds()).isEqualTo(60 * 3600);
        assertThat(upTo60.multiplier()).isEqualByComparingTo("1.25");
        assertThat(upTo60.amount()).isEqualTo(Jp.jpy(150_000));
        assertThat(beyond60.kind()).isEqualTo(OvertimePremiumRule.KIND_OVER_60);
        assertThat(beyond60.seconds()).isEqualTo(20 * 3600);
        assertThat(beyond60.multiplier()).isEqualByComparingTo("1.50");
        assertThat(beyond60.amount()).isEqualTo(Jp.jpy(60_000));
        assertThat(outcome.totalPaid()).isEqualByComparingTo("210000");
        // The premium alone: 50,000 (80 h x 2,000 = 160,000 is the base pay of the hours).
        assertThat(outcome.totalPaid().subtract(BigDecimal.valueOf(80 * 2000))).isEqualByComparingTo("50000");
        assertThat(upTo60.citation().article()).isEqualTo("Art. 37(1)");
        assertThat(upTo60.note().en()).contains("Art. 119");
    }

    @Test
    void t24SundayIsHolidayWork() {
        var outcome = VERIFIER.verifyThat(HolidayPremiumRule.class).given(t24()).between("2026-04-01", "2026-04-30");
        assertThat(outcome.payLines()).singleElement().satisfies(line -> {
            assertThat(line.seconds()).isEqualTo(8 * 3600);
            assertThat(line.amount()).isEqualTo(Jp.jpy(21_600));
        });
    }

    @Test
    @CleanFixture
    void noOvertimeNoLine() {
        VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .dailyShifts("E1", Jp.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .paysNothing();
    }

    @Test
    void theSixtyHoursStartAgainEachMonth() {
        Scenario s = Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)));
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 4), 50 * 60);
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 5), 50 * 60);
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-04-01", "2026-05-31");
        assertThat(outcome.payLines()).extracting(PayLine::kind).containsOnly(OvertimePremiumRule.KIND);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("250000");
    }

    @Test
    void anSmeBeforeApril2023PaysTwentyFivePercentBeyondSixty() {
        Scenario s = Jp.withAgreement().attribute("jp.sme", "true").employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)));
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2023, 3), 70 * 60);
        s.agreementRecord(Jp.agreement("2022-04-01", "2023-03-31", Map.of()));
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2023-03-01", "2023-03-31");
        assertThat(outcome.payLines()).singleElement().satisfies(line -> assertThat(line.seconds()).isEqualTo(70 * 3600));
        assertThat(outcome.totalPaid()).isEqualByComparingTo("175000");
    }

    /** T21: 122 annual holidays, 8 h a day: (365 - 122) / 12 x 8 = 162 h; JPY 324,000 a month is JPY 2,000 an hour. */
    /** Daily scheduled hours as a bare number are hours; a value that is not a duration is indeterminate, not a crash. */
    @Test
    void theDailyScheduledHoursAttributeIsReadOrReported() {
        var plain = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().attribute(PaySupport.ANNUAL_HOLIDAYS, "122").attribute(PaySupport.DAILY_HOURS, "8")
                        .employee("E1", e -> e.wage(new Wage.Monthly(Jp.jpy(324_000), BigDecimal.valueOf(170))))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY);
        assertThat(plain.payLines()).singleElement().satisfies(line -> assertThat(line.hourlyBase().getAmount()).isEqualByComparingTo("2000"));
        var wrong = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().attribute(PaySupport.ANNUAL_HOLIDAYS, "122").attribute(PaySupport.DAILY_HOURS, "eight")
                        .employee("E1", e -> e.wage(new Wage.Monthly(Jp.jpy(324_000), BigDecimal.valueOf(170))))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY);
        wrong.paysNothing().single(org.worktime.core.finding.Severity.INDETERMINATE)
                .messageContains("the attribute jp.daily-scheduled-hours is 'eight', not hours such as 8h or 7.5");
    }

    @Test
    void t21MonthlyScheduledHoursFromAnnualHolidays() {
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().attribute(PaySupport.ANNUAL_HOLIDAYS, "122")
                        .employee("E1", e -> e.wage(new Wage.Monthly(Jp.jpy(324_000), BigDecimal.valueOf(170))))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY);
        assertThat(outcome.payLines()).singleElement().satisfies(line -> {
            assertThat(line.hourlyBase().getAmount()).isEqualByComparingTo("2000");
            assertThat(line.seconds()).isEqualTo(2 * 3600);
            assertThat(line.amount()).isEqualTo(Jp.jpy(5_000));
        });
    }

    /**
     * T22: JPY 350,000 a month, attendance allowance JPY 500 and meal allowance JPY 300 a day worked (in the base:
     * 800 / 8 h = JPY 100 an hour), family allowance JPY 10,000 (left out), 120 annual holidays, 8 h a day. Scheduled
     * hours (365 - 120) x 8 / 12 = 163.33...; 350,000 / 163.33... = 2,142.857...; + 100 = 2,242.857... rounded half up
     * to JPY 2,243; one hour of overtime 2,243 x 1.25 = 2,803.75, rounded half up to JPY 2,804.
     */
    @Test
    void t22HourlyBaseWithIncludedAndExcludedAllowances() {
        LocalDateRange march = LocalDateRange.ofClosed(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().attribute(PaySupport.ANNUAL_HOLIDAYS, "120")
                        .employee("E1", e -> e.wage(new Wage.Monthly(Jp.jpy(350_000), BigDecimal.valueOf(160))))
                        .earningRecord(new Earning("E1", "allowance.attendance", Jp.jpy(500), march, null, Map.of("per", "day")))
                        .earningRecord(new Earning("E1", "allowance.meal", Jp.jpy(300), march, null, Map.of("per", "day")))
                        .earningRecord(new Earning("E1", "allowance.family", Jp.jpy(10_000), march, null, Map.of()))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T19:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY);
        assertThat(outcome.payLines()).singleElement().satisfies(line -> {
            assertThat(line.hourlyBase().getAmount()).isEqualByComparingTo("2243");
            assertThat(line.amount()).isEqualTo(Jp.jpy(2_804));
        });
    }

    @Test
    void aFlatFamilyAllowancePaidToEveryoneStaysInTheBase() {
        LocalDateRange march = LocalDateRange.ofClosed(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().attribute(PaySupport.ANNUAL_HOLIDAYS, "122")
                        .employee("E1", e -> e.wage(new Wage.Monthly(Jp.jpy(324_000), BigDecimal.valueOf(170))))
                        .earningRecord(new Earning("E1", "allowance.family", Jp.jpy(16_200), march, null, Map.of("uniform", "true")))
                        .earningRecord(new Earning("E1", "bonus", Jp.jpy(500_000), march, null, Map.of()))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T19:00", "12:00-13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY);
        // 324,000 / 162 + 16,200 / 162 = 2,000 + 100.
        assertThat(outcome.payLines()).singleElement().satisfies(line -> assertThat(line.hourlyBase().getAmount()).isEqualByComparingTo("2100"));
    }

    /** A shift across the month boundary belongs to the day it started: its overtime counts in April, not May. */
    @Test
    void aShiftAcrossTheMonthBoundaryCountsInTheMonthItStarted() {
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)))
                        .shift("E1", "2026-04-30T17:00", "2026-05-01T04:00", "21:00-22:00"))
                .between("2026-04-01", "2026-05-31");
        assertThat(outcome.payLines()).singleElement().satisfies(line -> {
            assertThat(line.seconds()).isEqualTo(2 * 3600);
            assertThat(line.period().getStart()).isEqualTo(LocalDate.of(2026, 4, 30));
        });
    }

    /** Beyond 60 h and at night: the 1.50 line here plus the 0.25 night line, 1.75 in all. */
    @Test
    void beyondSixtyHoursAtNightComesToOneSeventyFive() {
        Scenario s = Jp.withAgreement().employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)));
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 4), 60 * 60);
        s.shift("E1", "2026-04-25T20:00", "2026-04-26T00:00"); // a Saturday off after a 40-hour week: 4 h of overtime, 2 h at night
        var overtime = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-04-01", "2026-04-30");
        assertThat(overtime.payLines()).filteredOn(line -> line.kind().equals(OvertimePremiumRule.KIND_OVER_60)).singleElement()
                .satisfies(line -> {
                    assertThat(line.seconds()).isEqualTo(4 * 3600);
                    assertThat(line.amount()).isEqualTo(Jp.jpy(12_000));
                });
        var night = VERIFIER.verifyThat(NightPremiumRule.class).given(s).between("2026-04-01", "2026-04-30");
        assertThat(night.payLines()).singleElement().satisfies(line -> {
            assertThat(line.seconds()).isEqualTo(2 * 3600);
            assertThat(line.amount()).isEqualTo(Jp.jpy(1_000));
        });
    }

    /**
     * Art. 37(3): 80 h of overtime in April 2026 at JPY 2,000 an hour (20 h beyond 60), a substitute-leave agreement and
     * leave taken in the two months after (8 h days). Conversion rate 1.50 - 1.25 = 0.25.
     */
    private static Scenario substituteLeave(String leaveDay, String note) {
        Scenario s = Jp.withAgreement()
                .agreementRecord(new org.worktime.core.domain.Agreement(SubstituteLeave.KIND,
                        LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), java.util.Set.of(), Map.of()))
                .employee("E1", e -> e.hourly("JPY", BigDecimal.valueOf(2000)).attribute("jp.daily-scheduled-hours", "8h"));
        Jp.monthWithOvertime(s, "E1", YearMonth.of(2026, 4), 80 * 60);
        LocalDate day = LocalDate.parse(leaveDay);
        return s.attestRecord(new org.worktime.core.domain.Attestation("E1", SubstituteLeave.LEAVE, true, "HR", day,
                LocalDateRange.ofClosed(day, day), note));
    }

    @Test
    void aHalfDayOfSubstituteLeaveReplacesSixteenHoursOfTheFiftyPercentLine() {
        // 4 h / 0.25 = 16 h replaced: 60 h x 2,500 = 150,000; 16 h x 2,500 = 40,000; 4 h x 3,000 = 12,000.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(substituteLeave("2026-05-15", "half")).between("2026-04-01", "2026-04-30");
        assertThat(outcome.payLines()).extracting(PayLine::kind)
                .containsExactly(OvertimePremiumRule.KIND, OvertimePremiumRule.KIND_OVER_60_SUBSTITUTED, OvertimePremiumRule.KIND_OVER_60);
        assertThat(outcome.payLines()).extracting(PayLine::seconds).containsExactly(60 * 3600L, 16 * 3600L, 4 * 3600L);
        assertThat(outcome.payLines().get(1).amount()).isEqualTo(Jp.jpy(40_000));
        assertThat(outcome.payLines().get(2).amount()).isEqualTo(Jp.jpy(12_000));
        assertThat(outcome.totalPaid()).isEqualByComparingTo("202000");
        assertThat(outcome.payLines().get(2).note().en()).startsWith("16:00 h of the 20:00 h beyond 60 replaced by substitute leave (Art. 37(3)) taken on 2026-05-15");
    }

    @Test
    void aWholeDayReplacesAllTwentyHours() {
        // 8 h / 0.25 = 32 h, capped at the 20 h beyond 60: 150,000 + 20 x 2,500 = 200,000; no 50% line.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(substituteLeave("2026-06-30", "")).between("2026-04-01", "2026-04-30");
        assertThat(outcome.payLines()).extracting(PayLine::kind).containsExactly(OvertimePremiumRule.KIND, OvertimePremiumRule.KIND_OVER_60_SUBSTITUTED);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("200000");
    }

    @Test
    void leaveAfterTheTwoMonthsReplacesNothing() {
        // 2026-07-01 is past the window 2026-05-01 to 2026-06-30: 150,000 + 20 x 3,000 = 210,000.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(substituteLeave("2026-07-01", "")).between("2026-04-01", "2026-04-30");
        assertThat(outcome.payLines()).extracting(PayLine::kind).containsExactly(OvertimePremiumRule.KIND, OvertimePremiumRule.KIND_OVER_60);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("210000");
    }

    @Test
    void anOpenEndedLeaveAttestationIsIndeterminateNotMonthsOfLeave() {
        Scenario s = substituteLeave("2026-05-15", "").attest("E1", SubstituteLeave.LEAVE, "2026-05-20", null);
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class).given(s).between("2026-04-01", "2026-04-30");
        outcome.single(org.worktime.core.finding.Severity.INDETERMINATE)
                .messageContains("the attestation jp.lsa37-3.substitute-leave from 2026-05-20 covers no end date");
    }
}
