package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class SelectiveHoursPremiumRuleTest {

    private static final Map<String, String> MARCH = Map.of("settlementMonths", "1", "totalHours", "160h");

    @Test
    @ViolatingFixture
    void hoursBeyondTheSettlementPeriodsTotalArePaid() {
        var outcome = VERIFIER.verifyThat(SelectiveHoursPremiumRule.class)
                .given(SelectiveHoursRuleTest.marchPlusSixteen(SelectiveHoursRuleTest.selective(Kr.withAgreement(), MARCH, "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31");
        assertThat(outcome.totalPaid()).isEqualByComparingTo("180000");
    }

    @Test
    @CleanFixture
    void tenHourDaysWithinTheTotalOweNoPremium() {
        VERIFIER.verifyThat(SelectiveHoursPremiumRule.class)
                .given(SelectiveHoursRuleTest.march(SelectiveHoursRuleTest.selective(Kr.withAgreement(), MARCH, "2026-03-01", "2026-12-31")))
                .between("2026-03-01", "2026-03-31")
                .paysNothing();
    }
}
