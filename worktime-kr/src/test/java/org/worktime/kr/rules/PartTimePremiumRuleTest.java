package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

/** Fixed-term and Part-time Workers Act Art. 6(3): a 4-day, 32-hour part-timer and a 20-hour one, at KRW 10,320 an hour. */
class PartTimePremiumRuleTest {

    private static final DayOfWeek[] MON_THU = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY};
    private static final DayOfWeek[] MON_FRI = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY};

    private static org.worktime.core.testing.Scenario fourDays() {
        return Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(480, MON_THU))
                .dailyShifts("P1", Kr.MONDAY, 4, "09:00", "18:00", "12:00-13:00");
    }

    @Test
    @CleanFixture
    void thirtyTwoHoursWithinTheContractEarnNoPremium() {
        VERIFIER.verifyThat(PartTimePremiumRule.class).given(fourDays()).between(Kr.MONDAY, Kr.SUNDAY).paysNothing();
    }

    @Test
    @ViolatingFixture
    void theThirtyThirdHourIsBeyondTheContract() {
        var outcome = VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(fourDays().shift("P1", "2026-03-13T09:00", "2026-03-13T10:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaidMinutes()).isEqualTo(60);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("15480");
        assertThat(outcome.payLines().get(0).citation().article()).isEqualTo("Art. 6(3)");
    }

    @Test
    void aFifthEightHourDayIsPaidAtOneAndAHalfAndNotAlsoAsArticle56Overtime() {
        // 40 h in the week: nothing beyond 8 a day or 40 a week for Art. 56(1); 8 h beyond the contract: 8 x 1.5 x 10,320.
        var outcome = VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(fourDays().shift("P1", "2026-03-13T09:00", "2026-03-13T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("123840");
        assertThat(outcome.report().payLines()).extracting(p -> p.ruleId() + " " + p.seconds() / 3600)
                .containsExactlyInAnyOrder("KR-PTWA-6-3 8", "KR-LSA-55-1-ALLOWANCE 6");
    }

    @Test
    void hoursBeyondEightADayAreArticle56sAndTheRestOfTheExcessIsArticle6s() {
        // Mon-Thu 10 h, Friday 8 h: 16 h beyond the contract, of which 8 (beyond 8 a day) are Art. 56(1)'s.
        var outcome = VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(480, MON_THU))
                        .dailyShifts("P1", Kr.MONDAY, 4, "09:00", "20:00", "12:00-13:00")
                        .shift("P1", "2026-03-13T09:00", "2026-03-13T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaidMinutes()).isEqualTo(8 * 60);
        assertThat(outcome.report().payLines()).filteredOn(p -> p.ruleId().equals("KR-LSA-56-1"))
                .extracting(p -> p.seconds() / 3600).containsExactly(2L, 2L, 2L, 2L);
    }

    @Test
    void anHourBeyondTheContractualDayCountsEvenInAShortWeek() {
        // 4 h a day, Monday to Friday (20 h): Monday 5 h, the rest 4 h, 21 h in all.
        var outcome = VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(Kr.withAgreement().employee("P2", e -> e.hourly(10_320).contract(240, MON_FRI))
                        .shift("P2", "2026-03-09T09:00", "2026-03-09T14:00")
                        .dailyShifts("P2", "2026-03-10", 4, "09:00", "13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaidMinutes()).isEqualTo(60);
    }

    @Test
    void notBefore2014September19NorInAWorkplaceOfFourNorForAFullTimer() {
        VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(480, MON_THU))
                        .dailyShifts("P1", "2014-09-15", 5, "09:00", "18:00", "12:00-13:00"))
                .between("2014-09-15", "2014-09-21").paysNothing();
        var from = VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(Kr.withAgreement().employee("P1", e -> e.hourly(10_320).contract(480, MON_THU))
                        .dailyShifts("P1", "2014-09-22", 5, "09:00", "18:00", "12:00-13:00"))
                .between("2014-09-22", "2014-09-28");
        assertThat(from.totalPaidMinutes()).isEqualTo(8 * 60);
        VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(Kr.workplace(4).employee("P1", e -> e.hourly(10_320).contract(480, MON_THU))
                        .dailyShifts("P1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY).paysNothing();
        VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(Kr.withAgreement().employee("F1", e -> e.hourly(10_320))
                        .dailyShifts("F1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY).paysNothing();
    }

    @Test
    void aWorkplaceWhoseFullTimersWorkThirtyTwoHoursHasNoPartTimerOnAThirtyTwoHourContract() {
        VERIFIER.verifyThat(PartTimePremiumRule.class)
                .given(Kr.withAgreement().attribute(PartTime.FULL_TIME_ATTRIBUTE, "32")
                        .employee("P1", e -> e.hourly(10_320).contract(480, MON_THU))
                        .dailyShifts("P1", Kr.MONDAY, 5, "09:00", "18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY).paysNothing();
    }
}
