package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.jp.rules.Jp.VERIFIER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Severity;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

class ConsentRenewalRuleTest {

    /** An HPS resolution from 2026-04-01; the worker's consent given on {@code consentOn}, open-ended. */
    private static Scenario consentOn(String date) {
        return Jp.workplace().agreementRecord(Hps.resolution("interval"))
                .employee("E1", e -> e.wage(Jp.yen(1_000_000)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "consulting"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, date, null);
    }

    @Test
    @ViolatingFixture
    void aConsentOlderThanAYearIsAWarningFromItsAnniversary() {
        var finding = VERIFIER.verifyThat(ConsentRenewalRule.class).given(consentOn("2025-06-15")).between("2026-06-01", "2026-06-30")
                .single(Severity.WARNING).messageContains("given on 2025-06-15, more than 12 months before 2026-06-15").finding();
        assertThat(finding.period().getStart()).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    @CleanFixture
    void aConsentGivenWithinTheYear() {
        VERIFIER.verifyThat(ConsentRenewalRule.class).given(consentOn("2026-04-01")).between("2026-06-01", "2026-06-30").hasNoFindings();
        // Before its anniversary an older consent is still fine.
        VERIFIER.verifyThat(ConsentRenewalRule.class).given(consentOn("2025-06-15")).between("2026-05-01", "2026-05-31").hasNoFindings();
        assertThat(LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)).contains(LocalDate.of(2026, 6, 15))).isTrue();
    }
}
