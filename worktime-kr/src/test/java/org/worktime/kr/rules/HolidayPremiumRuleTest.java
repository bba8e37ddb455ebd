package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class HolidayPremiumRuleTest {

    @Test
    @ViolatingFixture
    void tenHoursOnTheWeeklyHoliday() {
        // 8 h x 1.5 x 10,000 = 120,000 and 2 h x 2.0 x 10,000 = 40,000.
        var outcome = VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-15T08:00", "2026-03-15T19:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.payLines()).extracting(p -> p.kind() + " " + p.seconds() / 60 + " " + p.multiplier() + " " + p.amount())
                .containsExactly("HOLIDAY 480 1.5 KRW 120000", "HOLIDAY_OVER_8H 120 2.0 KRW 40000");
    }

    @Test
    @CleanFixture
    void workOnASaturdayOffIsNotHolidayWork() {
        VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-14T08:00", "2026-03-14T19:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .paysNothing();
    }

    @Test
    void aNightShiftIntoTheHolidayIsHolidayWorkFromMidnight() {
        // Saturday 20:00 to Sunday 06:00: 6 h on Sunday at 1.5 (the night premium is a separate line).
        var outcome = VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-14T20:00", "2026-03-15T06:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.payLines()).extracting(p -> p.period().getStart() + " " + p.seconds() / 60)
                .containsExactly("2026-03-15 360");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("90000");
    }

    @Test
    void publicHolidaysBecamePaidHolidaysByWorkplaceSize() {
        // 2021-03-01 (Independence Movement Day, a Monday): paid holiday for 30-299 from 2021, for 5-29 only from 2022.
        var forty = VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.workplace(40).agreement(Agreements.EXTENDED_WORK).employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2021-03-01T09:00", "2021-03-01T18:00", "12:00-13:00"))
                .between("2021-03-01", "2021-03-07");
        assertThat(forty.totalPaid()).isEqualByComparingTo("120000");
        VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.workplace(20).agreement(Agreements.EXTENDED_WORK).employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2021-03-01T09:00", "2021-03-01T18:00", "12:00-13:00"))
                .between("2021-03-01", "2021-03-07")
                .paysNothing();
    }

    @Test
    void theSubstituteHolidayForMarchFirst2026IsAHoliday() {
        var outcome = VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.withAgreement().employee("E1", e -> e.monthly(3_135_000, 209))
                        .shift("E1", "2026-03-02T09:00", "2026-03-02T18:00", "12:00-13:00"))
                .between("2026-03-02", "2026-03-08");
        // 3,135,000 / 209 = 15,000 an hour; 8 h x 1.5 = 180,000.
        assertThat(outcome.totalPaid()).isEqualByComparingTo("180000");
    }

    @Test
    void eightHolidayHoursAreTwelveHoursOfPayOrOfCompensatoryLeave() {
        // kr.md EX-05 (Art. 57): 8 h of holiday work with a written compensatory-leave agreement: either 12 h of wages
        // (8 x 1.5 x 10,000 = 120,000) or 12 h of compensatory leave.
        var outcome = VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.withAgreement().agreement(Agreements.COMPENSATORY_LEAVE).employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        assertThat(outcome.totalPaid()).isEqualByComparingTo("120000");
        assertThat(outcome.payLines().get(0).note().en()).endsWith("Or 12:00 h of compensatory leave instead (Art. 57 agreement on file).");
        assertThat(outcome.payLines().get(0).note().ko()).endsWith("또는 보상휴가 12:00시간 (제57조 서면합의).");
    }

    @Test
    void holidayWorkOnOctober5PaidOnOctober25FallsUnderArticle107AsAmended() {
        // Issue 10's example: 2026-10-05 (the substitute for National Foundation Day) worked, paid on 2026-10-25: the wage
        // fell due after Act No. 21533 took effect (2026-10-08), so Art. 107, not Art. 109.
        var outcome = VERIFIER.verifyThat(HolidayPremiumRule.class)
                .given(Kr.withAgreement().paySchedule(20, 25).employee("E1", e -> e.hourly(10_000))
                        .shift("E1", "2026-10-05T09:00", "2026-10-05T18:00", "12:00-13:00"))
                .between("2026-10-05", "2026-10-11");
        org.assertj.core.api.Assertions.assertThat(outcome.payLines()).singleElement().satisfies(line ->
                org.assertj.core.api.Assertions.assertThat(line.note().en()).startsWith("If unpaid: Labor Standards Act Art. 107(1)")
                        .endsWith("(due on the payday 2026-10-25)"));
    }
}
