package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.rules.Us.VERIFIER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class CaliforniaMinimumWageRuleTest {

    private static Scenario fortyHoursAt(String rate) {
        return Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal(rate))).dailyShifts("E1", "2025-03-03", 5, "08:00", "16:00");
    }

    @Test
    @ViolatingFixture
    void sixteenFortyNineIn2025IsACentShortEveryHour() {
        var f = VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(fortyHoursAt("16.49")).between("2025-03-02", "2025-03-08")
                .violatesOnce().messageContains("40:00 h of the workweek from 2025-03-02 paid as low as 16.49 USD an hour, below the California"
                        + " minimum wage of 16.50 USD (Cal. Lab. Code § 1182.12): 0.40 USD owed.").finding();
        assertThat(f.limit().value()).isEqualByComparingTo("16.50");
        assertThat(f.citation().version()).isEqualTo("annual adjustment under 1182.12(c)");
    }

    @Test
    @CleanFixture
    void sixteenFiftyIsTheMinimum() {
        VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(fortyHoursAt("16.50")).between("2025-03-02", "2025-03-08").hasNoFindings();
    }

    /** The rate of 2026 (USD 16.90) binds from Thursday 2026-01-01: the two last days owe 0.40 an hour, Monday to Wednesday nothing. */
    @Test
    void theNewYearsRateBindsFromNewYearsDay() {
        Scenario s = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("16.50"))).dailyShifts("E1", "2025-12-29", 5, "08:00", "16:00");
        VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(s).between("2025-12-28", "2026-01-03").violatesOnce()
                .messageContains("16:00 h of the workweek from 2025-12-28 paid as low as 16.50 USD").messageContains("6.40 USD owed.");
        Scenario before = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("16.50"))).dailyShifts("E1", "2025-12-29", 3, "08:00", "16:00");
        VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(before).between("2025-12-28", "2026-01-03").hasNoFindings();
    }

    /** No averaging in California (Armenta): a bonus that satisfies the FLSA's workweek test does not pay the hours. */
    @Test
    void aBonusDoesNotMakeUpForHoursBelowTheMinimum() {
        Scenario s = fortyHoursAt("16.00").earning("E1", "bonus.nondiscretionary", "USD", "100.00", "2025-03-03", "2025-03-07");
        VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").violatesOnce()
                .messageContains("20.00 USD owed.");
        VERIFIER.verifyThat(FederalMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").hasNoFindings();
    }

    /** A shift at its own job rate is compared at that rate. */
    @Test
    void eachJobRateIsComparedOnItsOwn() {
        Scenario s = Us.california().employee("E1", e -> e.hourly("USD", new BigDecimal("20.00")))
                .shift("E1", "2025-03-03T08:00", "2025-03-03T16:00")
                .shiftAtRate("E1", "2025-03-04T08:00", "2025-03-04T12:00", "USD", "15.00");
        VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").violatesOnce()
                .messageContains("4:00 h of the workweek from 2025-03-02 paid as low as 15.00 USD").messageContains("6.00 USD owed.");
    }

    @Test
    void outsideCaliforniaTheRuleIsSilent() {
        Scenario s = Us.federal().employee("E1", e -> e.hourly("USD", new BigDecimal("8.00"))).dailyShifts("E1", "2025-03-03", 5, "08:00", "16:00");
        VERIFIER.verifyThat(CaliforniaMinimumWageRule.class).given(s).between("2025-03-02", "2025-03-08").hasNoFindings();
    }
}
