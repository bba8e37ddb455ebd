package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Art. 58(3): discretionary work, hours deemed by agreement; night and holiday premiums on the actual time. */
class DeemedHoursRuleTest {

    private static Scenario researcher(org.worktime.core.testing.Scenario workplace, Map<String, String> terms, String job) {
        return Flexible.arrangement(workplace, DeemedHours.KIND, "2026-01-01", "2026-12-31", terms)
                .employee("R1", e -> e.monthly(6_270_000, 209).attribute("job", job))
                // Five 12-hour days, 10:00 to 23:00 with an hour's break: 60 h actually worked, 1 h a day at night.
                .dailyShifts("R1", Kr.MONDAY, 5, "10:00", "23:00", "14:00-15:00");
    }

    @Test
    @CleanFixture
    void sixtyHoursActuallyWorkedAreFortyDeemed() {
        var outcome = VERIFIER.verifyThat(DeemedHoursRule.class)
                .given(researcher(Kr.withoutAgreement(), Map.of("deemedHours", "8h", "noInstructions", "true", "jobs", "RND"), "RND"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.hasNoFindings();
        // No limit is broken and no overtime is owed; the night hour of each day is still paid (6,270,000 / 209 = 30,000
        // an hour; 5 x 1 h x 0.5 x 30,000 = 75,000).
        assertThat(outcome.report().findings()).isEmpty();
        assertThat(outcome.report().payLines()).extracting(p -> p.kind()).containsOnly("NIGHT");
        assertThat(outcome.report().payLines().stream().mapToLong(p -> p.amount().getAmount().longValue()).sum()).isEqualTo(75_000);
    }

    @Test
    void nineDeemedHoursADayAreAnHourOfExtendedWorkADay() {
        var outcome = VERIFIER.verifyThat(DeemedHoursRule.class)
                .given(researcher(Kr.withoutAgreement(), Map.of("deemedHours", "9h", "noInstructions", "true", "jobs", "RND"), "RND"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        // Without an Art. 53 agreement, each deemed 9-hour day breaks Art. 50(2), and the 45-hour week Art. 50(1).
        assertThat(outcome.report().findings()).extracting(f -> f.ruleId() + " " + f.measured().value())
                .containsExactly("KR-LSA-50-1 2700", "KR-LSA-50-2 540", "KR-LSA-50-2 540", "KR-LSA-50-2 540", "KR-LSA-50-2 540", "KR-LSA-50-2 540");
        var paid = VERIFIER.verifyThat(OvertimePremiumRule.class)
                .given(researcher(Kr.withAgreement(), Map.of("deemedHours", "9h", "noInstructions", "true", "jobs", "RND"), "RND"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        // 5 x 1 h x 1.5 x 30,000 = 225,000.
        assertThat(paid.totalPaid()).isEqualByComparingTo("225000");
    }

    @Test
    @ViolatingFixture
    void aSalesJobCannotBeDeemed() {
        var outcome = VERIFIER.verifyThat(DeemedHoursRule.class)
                .given(researcher(Kr.withAgreement(), Map.of("deemedHours", "8h", "noInstructions", "true", "jobs", "RND,SALES"), "SALES"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.single(Severity.WARNING).messageContains("the job SALES is not a discretionary job of Decree Art. 31");
        // So the 60 hours actually worked count: 20 h of extended work, beyond 12.
        assertThat(outcome.report().findings()).anyMatch(f -> f.ruleId().equals("KR-LSA-53-1") && f.measured().value().intValue() == 1200);
    }

    @Test
    void anAgreementWithoutTheNoInstructionsStatementCannotDeem() {
        VERIFIER.verifyThat(DeemedHoursRule.class)
                .given(researcher(Kr.withAgreement(), Map.of("deemedHours", "8h", "jobs", "RND"), "RND"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.WARNING).messageContains("does not state that the employer gives no specific instructions");
    }

    /** A 12-hour day of sales visits outside the workplace (Tuesday 2026-03-10, 08:00 to 21:00, an hour's break). */
    private static Scenario outsideDay(Scenario workplace) {
        org.worktime.core.domain.Shift visit = Scenario.in("KR", "Asia/Seoul").employee("S1", e -> { })
                .shift("S1", "2026-03-10T08:00", "2026-03-10T21:00", "12:00-13:00").dataset().shiftsOf("S1").get(0);
        return workplace.employee("S1", e -> e.monthly(4_180_000, 209)).shiftRecord(visit.withOutsideWorkplace(true));
    }

    @Test
    void aDayOutsideTheWorkplaceCountsAsTheContractualHours() {
        // Art. 58(1): 12 h recorded outside, but the hours are deemed to be the contractual 8: no Art. 50(2) finding
        // and no overtime, even without an Art. 53 agreement.
        var outcome = VERIFIER.verifyThat(DailyRegularHoursRule.class).given(outsideDay(Kr.withoutAgreement()))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.hasNoFindings();
        assertThat(outcome.report().payLines()).extracting(p -> p.kind()).doesNotContain("OVERTIME");
    }

    @Test
    void aWrittenAgreementCanDeemTenHoursForOutsideWork() {
        // Art. 58(2): the agreement fixes 10 h: 2 h beyond 8, an Art. 50(2) breach without an Art. 53 agreement, and with
        // one 2 h x 1.5 x 20,000 (4,180,000 / 209) = 60,000 of overtime.
        Scenario noAgreement = Flexible.arrangement(Kr.withoutAgreement(), DeemedHours.OUTSIDE_KIND, "2026-01-01", "2026-12-31",
                Map.of("deemedHours", "10h"));
        VERIFIER.verifyThat(DailyRegularHoursRule.class).given(outsideDay(noAgreement)).between(Kr.MONDAY, Kr.SUNDAY)
                .violatesOnce().measuredMinutes(600).limitMinutes(480);
        Scenario withAgreement = Flexible.arrangement(Kr.withAgreement(), DeemedHours.OUTSIDE_KIND, "2026-01-01", "2026-12-31",
                Map.of("deemedHours", "10h"));
        assertThat(VERIFIER.verifyThat(OvertimePremiumRule.class).given(outsideDay(withAgreement)).between(Kr.MONDAY, Kr.SUNDAY).totalPaid())
                .isEqualByComparingTo("60000");
    }
}
