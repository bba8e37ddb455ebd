package org.worktime.kr.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.kr.rules.Kr.VERIFIER;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.i18n.Language;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class SpecialExtendedWorkExemptionTest {

    private static Scenario chipLab(String ground) {
        return Kr.withoutAgreement()
                .agreementRecord(new Agreement("KR-LSA-53-4", LocalDateRange.ofClosed(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 10, 31)),
                        Set.of("C1"), Map.of("ground", ground, "approvedOn", "2025-04-28")))
                .employee("C1", e -> e.monthly(7_000_000, 209).attribute("job", "RND"))
                .attest("C1", "kr.53-4.consent", "2025-04-20", "2025-10-31");
    }

    @Test
    @CleanFixture
    void theSemiconductorTrackLiftsTheCapTo64ThenTo60Hours() {
        var first = VERIFIER.verifyThat(SpecialExtendedWorkExemption.class).given(chipLab("SEMICONDUCTOR_RND"))
                .decides("C1", "2025-06-15").isExempt().condition("consent", Verdict.EXEMPT);
        assertThat(first.eligibility().evidence().get(0).observed().in(Language.EN)).endsWith("weekly limit 64 h");
        var later = VERIFIER.verifyThat(SpecialExtendedWorkExemption.class).given(chipLab("SEMICONDUCTOR_RND"))
                .decides("C1", "2025-08-01").isExempt();
        assertThat(later.eligibility().evidence().get(0).observed().in(Language.EN)).endsWith("weekly limit 60 h");
    }

    @Test
    @ViolatingFixture
    void aWorkloadSurgeIsNotAnRndAuthorization() {
        VERIFIER.verifyThat(SpecialExtendedWorkExemption.class).given(chipLab("WORKLOAD_SURGE"))
                .decides("C1", "2025-06-15").isNotExempt().condition("authorization", Verdict.NOT_EXEMPT);
    }

    @Test
    void withoutTheWorkersConsentOnFileItCannotBeDecided() {
        Scenario s = Kr.withoutAgreement()
                .agreementRecord(new Agreement("KR-LSA-53-4", LocalDateRange.ofClosed(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 7, 31)),
                        Set.of(), Map.of("ground", "RND", "approvedOn", "2025-04-28")))
                .employee("C2", e -> e.monthly(7_000_000, 209));
        var d = VERIFIER.verifyThat(SpecialExtendedWorkExemption.class).given(s).decides("C2", "2025-06-15").isIndeterminate()
                .missing("kr.53-4.consent");
        assertThat(d.eligibility().evidence().get(0).observed().in(Language.EN)).endsWith("weekly limit 64 h");
    }
}
