package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class SelectiveRestRuleTest {

    private static Scenario lateThenEarly(Map<String, String> terms) {
        return SelectiveHoursRuleTest.selective(Kr.withAgreement(), terms, "2026-03-01", "2026-12-31")
                .employee("S1", e -> e.hourly(12_000))
                .shift("S1", "2026-03-10T12:00", "2026-03-10T22:00", "17:00-18:00")
                .shift("S1", "2026-03-11T08:00", "2026-03-11T17:00", "12:00-13:00");
    }

    @Test
    @ViolatingFixture
    void tenHoursOfRestUnderAThreeMonthResearchPeriod() {
        VERIFIER.verifyThat(SelectiveRestRule.class)
                .given(lateThenEarly(Map.of("settlementMonths", "3", "rnd", "true")))
                .between("2026-03-01", "2026-05-31")
                .violatesOnce().measuredMinutes(600).limitMinutes(660).period("2026-03-11", "2026-03-12");
    }

    @Test
    @CleanFixture
    void aOneMonthPeriodNeedsNoElevenHourRest() {
        VERIFIER.verifyThat(SelectiveRestRule.class)
                .given(lateThenEarly(Map.of("settlementMonths", "1")))
                .between("2026-03-01", "2026-03-31")
                .hasNoFindings();
    }

    @Test
    void aWrittenExceptionForUnavoidableCasesLiftsIt() {
        VERIFIER.verifyThat(SelectiveRestRule.class)
                .given(lateThenEarly(Map.of("settlementMonths", "3", "rnd", "true", "restException", "true")))
                .between("2026-03-01", "2026-05-31")
                .hasNoFindings();
    }
}
