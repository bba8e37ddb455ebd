package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;

/**
 * Act No. 15513's addendum puts public bodies with the 300+ band for its phase-in dates; Art. 11 still follows the real
 * headcount (issue 10): a 3-person public body owes no Art. 56 night premium, a 5-person one does.
 */
class PublicSectorScopeTest {

    @Test
    void aThreePersonPublicBodyOwesNoNightPremiumAFivePersonOneDoes() {
        var three = VERIFIER.verifyThat(NightPremiumRule.class)
                .given(Kr.workplace(3).publicSector().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T18:00", "2026-03-11T00:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        three.paysNothing();
        var five = VERIFIER.verifyThat(NightPremiumRule.class)
                .given(Kr.workplace(5).publicSector().employee("E1", e -> e.hourly(12_000))
                        .shift("E1", "2026-03-10T18:00", "2026-03-11T00:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        // 22:00-24:00: 2 h x 0.5 x 12,000.
        assertThat(five.totalPaid()).isEqualByComparingTo("12000");
    }

    @Test
    void aSmallPublicBodyStillHadTheSevenDayWeekFrom2018July() {
        // A public body of 20, week of 2019-03-04: the 7-day week of Art. 2(1)7 applied to it from 2018-07-01 (a private
        // workplace of 20 only from 2021-07-01), so the Sunday counts: 45 + 14 - 40 = 19 h of extended work.
        VERIFIER.verifyThat(ExtendedWorkCapRule.class)
                .given(Kr.workplace(20).publicSector().agreement(Agreements.EXTENDED_WORK).employee("E1", e -> e.monthly(4_000_000, 209))
                        .dailyShifts("E1", "2019-03-04", 5, "09:00", "19:00", "12:00-13:00")
                        .shift("E1", "2019-03-10T08:00", "2019-03-10T23:00", "12:00-13:00"))
                .between("2019-03-04", "2019-03-10")
                .violatesOnce().measuredMinutes(19 * 60);
    }
}
