package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class OvertimePremiumRuleTest {

    @Test
    @ViolatingFixture
    void simpleOvertimeOfTheFactSheet() {
        // kr.md EX-03: H = 15,000, two daytime overtime hours: 15,000 x 1.5 x 2 = 45,000.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(15_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.payLines()).hasSize(1);
        var line = outcome.payLines().get(0);
        assertThat(line.kind()).isEqualTo("OVERTIME");
        assertThat(line.seconds()).isEqualTo(2 * 3600);
        assertThat(line.multiplier()).isEqualByComparingTo("1.5");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("45000");
        assertThat(line.citation().article()).isEqualTo("Art. 56(1)");
        assertThat(line.note().en()).startsWith("If unpaid: Labor Standards Act Art. 109(1), imprisonment up to 3 years");
    }

    @Test
    void withoutAPayScheduleTheArticleDependsOnThePaydayNearTheChange() {
        // Work on 2026-10-07 may fall due before or after Act No. 21533 (2026-10-08); work on 10-08 falls due after it.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(15_000))
                        .shift("E1", "2026-10-07T09:00", "2026-10-07T20:00", "12:00-13:00")
                        .shift("E1", "2026-10-08T09:00", "2026-10-08T20:00", "12:00-13:00"))
                .between("2026-10-05", "2026-10-11");
        assertThat(outcome.payLines().get(0).note().en()).isEqualTo("If unpaid: the article depends on the payday (add the"
                + " workplace's paySchedule): due before 2026-10-08, Labor Standards Act Art. 109(1), imprisonment up to 3 years or a fine"
                + " up to KRW 30,000,000; due from 2026-10-08, Labor Standards Act Art. 107(1), imprisonment up to 5 years or a fine up to"
                + " KRW 50,000,000; not prosecuted against the worker's explicit wish (Art. 107(2)), except employers on the public"
                + " wage-arrears list.");
        assertThat(outcome.payLines().get(1).note().en()).startsWith("If unpaid: Labor Standards Act Art. 107(1), imprison")
                .contains("up to 5 years or a fine up to KRW 50,000,000").contains("explicit wish (Art. 107(2))");
    }

    @Test
    void theArticleInForceOnThePaydayJudgesTheUnpaidPremium() {
        // Pay period closing on the 20th, paid on the 25th: work of 2026-10-06 is due 2026-10-25 (Art. 107), work of
        // 2026-09-14 is due 2026-09-25 (Art. 109), work of 2026-09-21 is due 2026-10-25 (Art. 107).
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().paySchedule(20, 25).employee("E1", e -> e.hourly(15_000))
                        .shift("E1", "2026-09-14T09:00", "2026-09-14T20:00", "12:00-13:00")
                        .shift("E1", "2026-09-21T09:00", "2026-09-21T20:00", "12:00-13:00")
                        .shift("E1", "2026-10-06T09:00", "2026-10-06T20:00", "12:00-13:00"))
                .between("2026-09-14", "2026-10-11");
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.note().en().substring(0, 42)
                        + p.note().en().substring(p.note().en().indexOf(" (due on")))
                .containsExactly("2026-09-14 If unpaid: Labor Standards Act Art. 109(1) (due on the payday 2026-09-25)",
                        "2026-09-21 If unpaid: Labor Standards Act Art. 107(1) (due on the payday 2026-10-25)",
                        "2026-10-06 If unpaid: Labor Standards Act Art. 107(1) (due on the payday 2026-10-25)");
    }

    @Test
    @CleanFixture
    void fortyHoursInEightHourDaysPayNoOvertime() {
        VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(15_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .paysNothing();
    }

    @Test
    void dailyAndWeeklyOvertimeAreNotCountedTwice() {
        // Monday 12 h (4 beyond 8), then four 8-hour days: 44 h, but only 4 h of overtime, not 8.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-09T08:00", "2026-03-09T21:00", "12:00-13:00")
                        .dailyShifts("E1", "2026-03-10", 4, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaidMinutes()).isEqualTo(240);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("60000");
    }

    @Test
    void saturdayOffIsOrdinaryWorkBeyondForty() {
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart().toString() + " " + p.seconds() / 60)
                .containsExactly("2026-03-14 240");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("60000");
    }

    @Test
    void holidayHoursAreNeverAlsoOvertime() {
        VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .dailyShifts("E1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00")
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .paysNothing();
    }

    @Test
    void aMonthlyWageIsDividedByItsStandardHoursAndRoundedOncePerLine() {
        // 2,500,000 / 209 = 11,961.72...; 1.5 x 2 h = 35,885.17... -> 35,885.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(2_500_000, 209))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("35885");
    }

    @Test
    void aWorkplaceOfFourOwesNoPremium() {
        VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.workplace(4).employee("E1", e -> e.hourly(15_000))
                        .shift("E1", "2026-03-10T09:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .paysNothing();
    }

    @Test
    void aMinorsExtendedWorkBeginsAfterSevenHours() {
        // Art. 69 and 56(1): the 8th hour of a 16-year-old's day is extended work: 1 h x 1.5 x 10,320 = 15,480.
        var outcome = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(Kr.withAgreement().employee("M1", e -> e.hourly(10_320).born("2009-06-01"))
                        .shift("M1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaidMinutes()).isEqualTo(60);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("15480");
    }
}
