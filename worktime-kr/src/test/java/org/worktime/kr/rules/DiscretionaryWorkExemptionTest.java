package org.worktime.kr.rules;

import static org.worktime.kr.rules.Kr.VERIFIER;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class DiscretionaryWorkExemptionTest {

    private static Scenario researcher(Map<String, String> terms) {
        return Kr.withoutAgreement()
                .agreementRecord(new Agreement("KR-LSA-58-3", LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        Set.of(), terms))
                .employee("R1", e -> e.monthly(8_000_000, 209).attribute("job", "RND"));
    }

    @Test
    @CleanFixture
    void aResearcherUnderAValidAgreementHasDeemedHours() {
        VERIFIER.verifyThat(DiscretionaryWorkExemption.class)
                .given(researcher(Map.of("jobs", "RND", "noInstructions", "true", "deemedHours", "9h")))
                .decides("R1", "2026-03-10")
                .isExempt()
                .condition("job", Verdict.EXEMPT)
                .condition("deemed-hours", Verdict.EXEMPT);
    }

    @Test
    @ViolatingFixture
    void anAgreementThatGivesInstructionsIsNotDiscretionaryWork() {
        VERIFIER.verifyThat(DiscretionaryWorkExemption.class)
                .given(researcher(Map.of("jobs", "RND", "deemedHours", "9h")))
                .decides("R1", "2026-03-10")
                .isNotExempt()
                .condition("no-instructions", Verdict.NOT_EXEMPT);
    }

    @Test
    void outsideTheAgreementPeriodOrWithoutAJobNothingIsDeemed() {
        Scenario s = researcher(Map.of("jobs", "RND", "noInstructions", "true", "deemedHours", "9h"));
        VERIFIER.verifyThat(DiscretionaryWorkExemption.class).given(s).decides("R1", "2027-01-01").isNotExempt()
                .condition("agreement", Verdict.NOT_EXEMPT);
        Scenario noJob = Kr.withoutAgreement()
                .agreementRecord(new Agreement("KR-LSA-58-3", LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        Set.of(), Map.of("jobs", "RND", "noInstructions", "true", "deemedHours", "9h")))
                .employee("R2", e -> e.monthly(8_000_000, 209));
        VERIFIER.verifyThat(DiscretionaryWorkExemption.class).given(noJob).decides("R2", "2026-03-10").isIndeterminate()
                .missing("attribute 'job'");
    }

    @Test
    void aJobTheAgreementDoesNotNameIsNotCovered() {
        Scenario s = Kr.withoutAgreement()
                .agreementRecord(new Agreement("KR-LSA-58-3", LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                        Set.of(), Map.of("jobs", "RND", "noInstructions", "true", "deemedHours", "9h")))
                .employee("S1", e -> e.monthly(5_000_000, 209).attribute("job", "SALES"));
        VERIFIER.verifyThat(DiscretionaryWorkExemption.class).given(s).decides("S1", "2026-03-10").isNotExempt()
                .condition("job", Verdict.NOT_EXEMPT);
    }
}
