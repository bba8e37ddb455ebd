package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import org.junit.jupiter.api.Test;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.ViolatingFixture;

class ExclusionRuleTest {

    @Test
    @ViolatingFixture
    void surveillanceWorkWithoutApprovalIsNotExcluded() {
        var outcome = VERIFIER.verifyThat(ExclusionRule.class)
                .given(Kr.withoutAgreement().employee("G1", e -> e.hourly(12_000).exclusion("SURVEILLANCE_INTERMITTENT", null))
                        .shift("G1", "2026-03-10T08:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.single(Severity.WARNING).messageContains("no approval is on file");
        // So the hours rules were applied: 11 h with no agreement breaks Art. 50(2).
        assertThat(outcome.report().findings()).anyMatch(f -> f.ruleId().equals("KR-LSA-50-2"));
    }

    @Test
    @CleanFixture
    void aManagerIsExcludedFromTheHoursRules() {
        var outcome = VERIFIER.verifyThat(ExclusionRule.class)
                .given(Kr.withoutAgreement().employee("M1", e -> e.monthly(7_000_000, 209).exclusion("MANAGERIAL_CONFIDENTIAL", null))
                        .shift("M1", "2026-03-10T08:00", "2026-03-10T23:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY);
        outcome.hasNoFindings();
        assertThat(outcome.report().findings()).noneMatch(f -> f.ruleId().startsWith("KR-LSA-5"));
        // ...but keeps the night premium (Art. 56(3)): one hour from 22:00 to 23:00.
        assertThat(outcome.report().payLines()).extracting(p -> p.kind() + " " + p.seconds()).containsExactly("NIGHT 3600");
    }

    @Test
    void approvedSurveillanceWorkIsExcluded() {
        VERIFIER.verifyThat(ExclusionRule.class)
                .given(Kr.withoutAgreement().employee("G1", e -> e.hourly(12_000).exclusion("SURVEILLANCE_INTERMITTENT", "2025-01-01"))
                        .shift("G1", "2026-03-10T08:00", "2026-03-10T20:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .hasNoFindings();
    }

    @Test
    void anUnknownCategoryIsAWarning() {
        VERIFIER.verifyThat(ExclusionRule.class)
                .given(Kr.withoutAgreement().employee("X1", e -> e.hourly(12_000).exclusion("EXECUTIVE", null))
                        .shift("X1", "2026-03-10T09:00", "2026-03-10T18:00", "12:00-13:00"))
                .between(Kr.MONDAY, Kr.SUNDAY)
                .single(Severity.WARNING).messageContains("'EXECUTIVE' is not an Art. 63 category");
    }
}
