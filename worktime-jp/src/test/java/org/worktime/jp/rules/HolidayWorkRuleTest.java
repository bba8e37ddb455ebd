package org.worktime.jp.rules;

import static org.worktime.jp.rules.Jp.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.DayType;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class HolidayWorkRuleTest {

    @Test
    @ViolatingFixture
    void sundayWorkWithoutAnAgreement() {
        VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(240).period("2026-03-15", "2026-03-16").messageContains("no Art. 36 agreement");
    }

    @Test
    @CleanFixture
    void sundayWorkUnderAnAgreementProvidingForHolidayWork() {
        VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(Jp.withAgreement().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anAgreementWithoutHolidayWork() {
        VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(Jp.workplace().agreementRecord(Jp.agreement("2025-04-01", "2026-03-31", Map.of("holidayWork", "false")))
                        .employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().messageContains("does not provide for holiday work");
    }

    @Test
    void saturdayAndANationalHolidayAreNotStatutoryHolidays() {
        VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(Jp.workplace().day("2026-03-20", DayType.PUBLIC_HOLIDAY).employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-14T09:00", "2026-03-14T13:00")
                        .shift("E1", "2026-03-20T09:00", "2026-03-20T13:00"))
                .between(Jp.MONDAY, "2026-03-22")
                .hasNoFindings();
    }

    @Test
    void aDesignatedDateIsTheStatutoryHoliday() {
        VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(Jp.workplace().day("2026-03-11", DayType.WEEKLY_HOLIDAY).employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-11T09:00", "2026-03-11T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().period("2026-03-11", "2026-03-12");
    }

    @Test
    void onlyTheMinutesOnTheHolidayItselfAreHolidayWork() {
        // Saturday 20:00 to Sunday 02:00: the two hours after midnight are holiday work.
        VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(Jp.workplace().employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-14T20:00", "2026-03-15T02:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().measuredMinutes(120).period("2026-03-15", "2026-03-16");
    }

    @Test
    void statutoryHolidaysDesignatedByDateReplaceTheWeeklyPattern() {
        // Four-week system: the 11th is designated, so the Sunday is a non-statutory day off.
        VERIFIER.verifyThat(HolidayWorkRule.class)
                .given(Jp.workplace().attribute("jp.statutory-holiday-dates", "2026-03-11, 2026-03-18").employee("E1", e -> e.wage(Jp.yen(300_000)))
                        .shift("E1", "2026-03-11T09:00", "2026-03-11T13:00")
                        .shift("E1", "2026-03-15T09:00", "2026-03-15T13:00"))
                .between(Jp.MONDAY, Jp.SUNDAY)
                .violatesOnce().period("2026-03-11", "2026-03-12");
    }
}
