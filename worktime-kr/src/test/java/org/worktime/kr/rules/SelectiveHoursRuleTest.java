package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 52 selective hours, with the 12-hour average of Art. 53(2) and the premium. */
class SelectiveHoursRuleTest {

    /** March 2026 settled as one month with a total of 160 h (less than the 177:08 h the 40-hour average allows). */
    private static final Map<String, String> MARCH = Map.of("settlementMonths", "1", "totalHours", "160h");

    /** 154 h: 6 h a day in the weeks of 3 and 23 March, 10 h a day in the weeks of 9 and 16 March. */
    static Scenario march(Scenario workplace) {
        return workplace.employee("S1", e -> e.hourly(12_000))
                .dailyShifts("S1", "2026-03-03", 4, "09:00", "15:30", "12:00-12:30")
                .dailyShifts("S1", "2026-03-09", 5, "08:00", "19:00", "12:00-13:00")
                .dailyShifts("S1", "2026-03-16", 5, "08:00", "19:00", "12:00-13:00")
                .dailyShifts("S1", "2026-03-23", 5, "09:00", "15:30", "12:00-12:30");
    }

    /** 170 h: the same and 8 h on 30 and 31 March. */
    static Scenario marchPlusSixteen(Scenario workplace) {
        return march(workplace).dailyShifts("S1", "2026-03-30", 2, "09:00", "18:00", "12:00-13:00");
    }

    static Scenario selective(Scenario workplace, Map<String, String> terms, String from, String to) {
        return Flexible.arrangement(workplace, SelectiveArrangement.KIND, from, to, terms);
    }

    @Test
    @CleanFixture
    void tenHourDaysWithinTheMonthsTotalAreLawfulWithoutAnAgreement() {
        var outcome = VERIFIER.verifyThat(SelectiveHoursRule.class)
                .given(march(selective(Kr.withoutAgreement(), MARCH, "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31");
        outcome.hasNoFindings();
        // No daily or weekly finding either, and no overtime premium: the period's total binds. (The hourly worker's
        // weekly holiday allowances and the 2 March holiday are still paid.)
        assertThat(outcome.report().findings()).isEmpty();
        assertThat(outcome.report().payLines()).extracting(p -> p.kind())
                .containsOnly("WEEKLY_HOLIDAY_ALLOWANCE", "PUBLIC_HOLIDAY_PAY");
    }

    @Test
    @ViolatingFixture
    void sixteenHoursBeyondTheTotalWithoutAnAgreement() {
        VERIFIER.verifyThat(SelectiveHoursRule.class)
                .given(marchPlusSixteen(selective(Kr.withoutAgreement(), MARCH, "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31")
                .violatesOnce().measuredMinutes(170 * 60).limitMinutes(160 * 60).period("2026-03-01", "2026-04-01");
    }

    @Test
    void withAnAgreementTheTenHoursBeyondArePaidAtOneAndAHalf() {
        var outcome = VERIFIER.verifyThat(SelectiveHoursPremiumRule.class)
                .given(marchPlusSixteen(selective(Kr.withAgreement(), MARCH, "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31");
        // 170 - 160 = 10 h x 1.5 x 12,000 = 180,000.
        assertThat(outcome.payLines()).extracting(p -> p.period() + " " + p.kind() + " " + p.seconds() / 3600 + " " + p.amount())
                .containsExactly("2026-03-01/2026-04-01 SELECTIVE_OVERTIME 10 KRW 180000");
        assertThat(outcome.report().findings()).isEmpty();
    }

    @Test
    void extendedWorkAbove12HoursAWeekOnAverageBreaksArticle53Paragraph2() {
        // February 2026 (28 days), total 100 h: 150 h worked in fifteen 10-hour days (avoiding Seollal, 16-18 Feb):
        // 50 h of extended work against 12 x 28 / 7 = 48 h.
        Scenario scenario = selective(Kr.withAgreement(), Map.of("settlementMonths", "1", "totalHours", "100h"), "2026-02-01", "2026-12-31")
                .employee("S1", e -> e.hourly(12_000))
                .dailyShifts("S1", "2026-02-02", 5, "08:00", "19:00", "12:00-13:00")
                .dailyShifts("S1", "2026-02-09", 5, "08:00", "19:00", "12:00-13:00")
                .dailyShifts("S1", "2026-02-23", 5, "08:00", "19:00", "12:00-13:00");
        VERIFIER.verifyThat(ExtendedWorkCapRule.class).given(scenario).between("2026-02-01", "2026-02-28")
                .violatesOnce().measuredMinutes(50 * 60).limitMinutes(48 * 60).period("2026-02-01", "2026-03-01")
                .messageContains("Art. 53(2)");
    }

    @Test
    void aThreeMonthPeriodOutsideResearchFallsBackToTheOrdinaryLimits() {
        var outcome = VERIFIER.verifyThat(SelectiveHoursRule.class)
                .given(march(selective(Kr.withoutAgreement(), Map.of("settlementMonths", "3"), "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31");
        outcome.single(Severity.WARNING).messageContains("a settlement period of 3 months is longer than Art. 52(1) allows outside R&D");
        assertThat(outcome.report().findings()).filteredOn(f -> f.ruleId().equals("KR-LSA-50-2")).hasSize(10);
    }

    @Test
    void aMinorCannotWorkSelectiveHours() {
        VERIFIER.verifyThat(SelectiveHoursRule.class)
                .given(selective(Kr.withoutAgreement(), MARCH, "2026-03-01", "2026-12-31").employee("M1", e -> e.hourly(12_000).born("2009-06-01"))
                        .shift("M1", "2026-03-10T09:00", "2026-03-10T15:00", "12:00-12:30"))
                .between("2026-03-01", "2026-03-31")
                .single(Severity.WARNING).messageContains("the worker is a minor (Art. 52(1))");
    }

    @Test
    void aThreeMonthResearchPeriodIsSettledMonthByMonth() {
        // R&D, 1 March to 31 May 2026, 460 h in all (5 h a day on average over 92 days): March's share is 155 h.
        // 170 h worked in March: 15 h x 1.5 x 12,000 = 270,000, settled for March alone (Art. 52(2)2).
        var outcome = VERIFIER.verifyThat(SelectiveHoursPremiumRule.class)
                .given(marchPlusSixteen(selective(Kr.withAgreement(), Map.of("settlementMonths", "3", "rnd", "true", "totalHours", "460h"),
                        "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-05-31");
        assertThat(outcome.payLines()).extracting(p -> p.period() + " " + p.seconds() / 3600 + " " + p.multiplier() + " " + p.amount())
                .containsExactly("2026-03-01/2026-04-01 15 1.5 KRW 270000");
    }

    @Test
    void anUnreadableCoreTimeMakesTheAgreementUnusable() {
        VERIFIER.verifyThat(SelectiveHoursRule.class)
                .given(march(selective(Kr.withoutAgreement(), Map.of("settlementMonths", "1", "coreTime", "10-16"), "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31")
                .single(Severity.WARNING).messageContains("the core time (coreTime) cannot be read: 10-16");
        VERIFIER.verifyThat(SelectiveHoursRule.class)
                .given(march(selective(Kr.withoutAgreement(), Map.of("settlementMonths", "1", "totalHours", "160h", "coreTime", "10:00-16:00"),
                        "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31")
                .hasNoFindings();
    }
}
