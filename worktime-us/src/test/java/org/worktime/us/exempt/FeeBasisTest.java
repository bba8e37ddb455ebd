package org.worktime.us.exempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.exempt.Ex.VERIFIER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.i18n.Language;
import org.worktime.core.domain.Earning;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** 541.605: a fee for a single job, tested against USD 684 a week at its rate for the time worked, as if for 40 hours. */
class FeeBasisTest {

    private static Scenario artist(String fee, String hours) {
        Map<String, String> attributes = hours == null ? Map.of() : Map.of("hours", hours);
        return Ex.federal().employee("A", e -> e.noWage())
                .attest("A", ProfessionalExemption.DUTIES, "2026-01-01", null)
                .attest("A", FeeBasis.SINGLE_JOBS, "2026-01-01", null)
                .earningRecord(new Earning("A", "fee", Money.of(CurrencyUnit.USD, new BigDecimal(fee)),
                        LocalDateRange.ofClosed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)), null, attributes));
    }

    /** USD 350 for a picture that took 20 hours: USD 700 for 40 hours, above USD 684. */
    @Test
    @CleanFixture
    void aFeeAboveTheLevelForFortyHoursIsExempt() {
        var d = VERIFIER.verifyThat(ProfessionalExemption.class).given(artist("350", "20")).decides("A", "2026-03-04").isExempt()
                .condition("fee.basis", Verdict.EXEMPT).condition("fee.level", Verdict.EXEMPT);
        var level = d.eligibility().evidence().stream().filter(e -> e.key().equals("fee.level")).findFirst().orElseThrow();
        assertThat(level.observed().in(Language.EN)).isEqualTo("350.00 USD for the job 2026-03-02 to 2026-03-06 in 20 h = 700.00 USD for 40 h");
        assertThat(level.threshold().in(Language.EN)).startsWith("684.00 USD a week");
        assertThat(level.citation().article()).isEqualTo("541.605(b)");
    }

    /** USD 340 in 20 hours is USD 680 for 40 hours: short of USD 684. The administrative exemption reads fees the same way. */
    @Test
    @ViolatingFixture
    void aFeeBelowTheLevelForFortyHoursIsNotExempt() {
        var d = VERIFIER.verifyThat(ProfessionalExemption.class).given(artist("340", "20")).decides("A", "2026-03-04").isNotExempt()
                .condition("fee.level", Verdict.NOT_EXEMPT);
        assertThat(d.eligibility().evidence().stream().filter(e -> e.key().equals("fee.level")).findFirst().orElseThrow().observed().in(Language.EN))
                .endsWith("= 680.00 USD for 40 h");
        VERIFIER.verifyThat(AdministrativeExemption.class).given(artist("342", "20").attest("A", AdministrativeExemption.DUTIES, "2026-01-01", null))
                .decides("A", "2026-03-04").isExempt().condition("fee.level", Verdict.EXEMPT);
        VERIFIER.verifyThat(AdministrativeExemption.class).given(artist("341.99", "20").attest("A", AdministrativeExemption.DUTIES, "2026-01-01", null))
                .decides("A", "2026-03-04").isNotExempt();
    }

    @Test
    void theHoursAndTheSingleJobNatureAreNeeded() {
        VERIFIER.verifyThat(ProfessionalExemption.class).given(artist("350", null)).decides("A", "2026-03-04").isIndeterminate()
                .condition("fee.level", Verdict.INDETERMINATE).missing("earning attribute hours");
        VERIFIER.verifyThat(ProfessionalExemption.class).given(artist("350", "twenty")).decides("A", "2026-03-04").isIndeterminate()
                .missing("hours='twenty'");
        VERIFIER.verifyThat(ProfessionalExemption.class)
                .given(Ex.federal().employee("A", e -> e.noWage()).attest("A", ProfessionalExemption.DUTIES, "2026-01-01", null)
                        .earningRecord(new Earning("A", "fee", Money.of(CurrencyUnit.USD, new BigDecimal("350")),
                                LocalDateRange.ofClosed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)), null, Map.of("hours", "20"))))
                .decides("A", "2026-03-04").isIndeterminate().condition("fee.basis", Verdict.INDETERMINATE).missing("us.fee_basis.single_jobs");
    }

    /** The fee speaks for the workweek of the job (Sunday 2026-03-01 to Saturday 03-07): a pay rule asks on its first day. */
    @Test
    void theFeeSpeaksForItsWorkweek() {
        VERIFIER.verifyThat(ProfessionalExemption.class).given(artist("350", "20")).decides("A", "2026-03-01").isExempt();
        VERIFIER.verifyThat(ProfessionalExemption.class).given(artist("350", "20")).decides("A", "2026-03-07").isExempt();
    }

    /** Outside the job's workweek there is no fee to test; the executive exemption has no fee basis at all (541.605(a)). */
    @Test
    void onlyTheJobsDatesAndOnlyAdministrativeAndProfessional() {
        VERIFIER.verifyThat(ProfessionalExemption.class).given(artist("350", "20")).decides("A", "2026-03-09").isIndeterminate()
                .condition("salary.basis", Verdict.INDETERMINATE).missing("the employee's wage");
        VERIFIER.verifyThat(ExecutiveExemption.class).given(artist("350", "20").attest("A", ExecutiveExemption.DUTIES, "2026-01-01", null))
                .decides("A", "2026-03-04").isIndeterminate().condition("salary.basis", Verdict.INDETERMINATE);
    }
}
