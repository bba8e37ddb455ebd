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
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Earning;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** 541.602-541.603 from the pay data: deductions of the pay period 2026-03-01 to 2026-03-14 from a USD 1,000 weekly salary. */
class SalaryBasisTest {

    private static Scenario manager() {
        return Ex.federal().employee("M", e -> e.salaried("USD", "1000", "WEEK", "40").employed("2020-01-06", null))
                .attest("M", ExecutiveExemption.DUTIES, "2020-01-06", null);
    }

    private static Earning deduction(String kind, String amount, String from, String to, Map<String, String> attributes) {
        return new Earning("M", kind, Money.of(CurrencyUnit.USD, new BigDecimal(amount)), LocalDateRange.ofClosed(LocalDate.parse(from),
                LocalDate.parse(to)), null, attributes);
    }

    private static Earning inPeriod(String kind, String amount, Map<String, String> attributes) {
        return deduction(kind, amount, "2026-03-01", "2026-03-14", attributes);
    }

    private static Evidence basis(Scenario s, String date, Verdict verdict) {
        var d = VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", date);
        var basis = d.eligibility().evidence().stream().filter(e -> e.key().equals("salary.basis")).findFirst().orElseThrow();
        assertThat(basis.outcome()).isEqualTo(verdict);
        return basis;
    }

    /** A half-day absence docked USD 100: improper, not reimbursed; the exemption is lost for that pay period only. */
    @Test
    @ViolatingFixture
    void aPartialDayDeductionDefeatsTheSalaryBasisForItsPeriod() {
        Scenario s = manager().earningRecord(inPeriod("deduction.partial_day_personal", "100", Map.of()));
        VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", "2026-03-02").isNotExempt().condition("salary.basis", Verdict.NOT_EXEMPT);
        assertThat(basis(s, "2026-03-02", Verdict.NOT_EXEMPT).observed().in(Language.EN)).isEqualTo("1,000.00 USD per WEEK (1,000.00 USD a week); 100.00 USD"
                + " deduction.partial_day_personal over 2026-03-01 to 2026-03-14: IMPROPER, not a deduction 541.602(b) permits, and not"
                + " reimbursed: the salary basis is lost for the period (541.603(b))");
        assertThat(basis(s, "2026-03-02", Verdict.NOT_EXEMPT).citation().article()).isEqualTo("541.603");
        VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", "2026-03-15").isExempt();
        // Any deduction kind 541.602(b) does not list is improper too (lack of work, 541.602(a)(1)).
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager().earningRecord(inPeriod("deduction.no_work_available", "200", Map.of())))
                .decides("M", "2026-03-02").isNotExempt();
    }

    @Test
    @CleanFixture
    void permittedDeductionsKeepTheSalaryBasis() {
        Scenario s = manager().earningRecord(inPeriod("deduction.full_day_personal", "200", Map.of()))
                .earningRecord(inPeriod("deduction.fmla.intermittent", "100", Map.of())).earningRecord(inPeriod("deduction.offset", "40", Map.of()))
                .earningRecord(inPeriod("deduction.safety_penalty", "50", Map.of()));
        VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", "2026-03-02").isExempt();
        assertThat(basis(s, "2026-03-02", Verdict.EXEMPT).observed().in(Language.EN)).contains("200.00 USD deduction.full_day_personal over 2026-03-01 to"
                + " 2026-03-14: permitted (541.602(b)(1))").contains("100.00 USD deduction.fmla.intermittent over 2026-03-01 to 2026-03-14: permitted (541.602(b)(7))")
                .contains("permitted (541.602(b)(3))").contains("permitted (541.602(b)(4))");
    }

    /** 541.602(b)(5) and (b)(2): permitted only under a written disciplinary policy, or a bona fide sick-leave plan. */
    @Test
    void aDisciplinarySuspensionNeedsTheWrittenPolicy() {
        Scenario s = manager().earningRecord(inPeriod("deduction.disciplinary_full_day", "200", Map.of()));
        VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", "2026-03-02").isIndeterminate()
                .missing("us.salary_basis.written_disciplinary_policy");
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager().earningRecord(inPeriod("deduction.disciplinary_full_day", "200", Map.of()))
                .attest("M", Deductions.DISCIPLINARY_POLICY, "2025-01-01", null)).decides("M", "2026-03-02").isExempt();
        Scenario noPolicy = manager().earningRecord(inPeriod("deduction.disciplinary_full_day", "200", Map.of()))
                .attestRecord(new Attestation("M", Deductions.DISCIPLINARY_POLICY, false, "J. Doe (HR)", LocalDate.of(2026, 3, 20),
                        LocalDateRange.ofUnboundedEnd(LocalDate.of(2025, 1, 1)), "no written policy"));
        assertThat(basis(noPolicy, "2026-03-02", Verdict.NOT_EXEMPT).observed().in(Language.EN)).contains("IMPROPER, "
                + "us.salary_basis.written_disciplinary_policy attested NOT to hold by J. Doe (HR), so not permitted by 541.602(b)(5), and not reimbursed");
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager().earningRecord(inPeriod("deduction.full_day_sickness", "200", Map.of())))
                .decides("M", "2026-03-02").isIndeterminate().missing("us.salary_basis.sick_leave_plan");
    }

    /** 541.602(b)(6): pro-rating is permitted in the week the employment began or ended, not in another week. */
    @Test
    void firstAndLastWeekProRating() {
        Scenario hired = Ex.federal().employee("M", e -> e.salaried("USD", "1000", "WEEK", "40").employed("2026-03-04", null))
                .attest("M", ExecutiveExemption.DUTIES, "2026-03-04", null)
                .earningRecord(deduction("deduction.first_last_week", "400", "2026-03-01", "2026-03-07", Map.of()))
                .earningRecord(deduction("deduction.first_last_week", "200", "2026-03-15", "2026-03-21", Map.of()));
        assertThat(basis(hired, "2026-03-05", Verdict.EXEMPT).observed().in(Language.EN)).endsWith("400.00 USD deduction.first_last_week over 2026-03-01 to"
                + " 2026-03-07: permitted (541.602(b)(6))");
        assertThat(basis(hired, "2026-03-16", Verdict.NOT_EXEMPT).observed().in(Language.EN)).contains("IMPROPER, not in the first or last week of employment"
                + " (hired 2026-03-04)");
        Scenario leaving = Ex.federal().employee("M", e -> e.salaried("USD", "1000", "WEEK", "40").employed("2020-01-06", "2026-03-18"))
                .attest("M", ExecutiveExemption.DUTIES, "2020-01-06", null)
                .earningRecord(deduction("deduction.first_last_week", "200", "2026-03-15", "2026-03-21", Map.of()));
        basis(leaving, "2026-03-16", Verdict.EXEMPT);
    }

    /** 541.603(c), (d): a reimbursed improper deduction keeps the exemption under the safe harbor or when isolated. */
    @Test
    void theSafeHarborNeedsThePolicyAndTheReimbursement() {
        Map<String, String> paidBack = Map.of("reimbursed_on", "2026-03-20");
        Scenario reimbursed = manager().earningRecord(inPeriod("deduction.partial_day_personal", "100", paidBack));
        VERIFIER.verifyThat(ExecutiveExemption.class).given(reimbursed).decides("M", "2026-03-02").isIndeterminate()
                .missing("us.salary_basis.safe_harbor").missing("us.salary_basis.isolated_or_inadvertent");
        Scenario harbor = manager().earningRecord(inPeriod("deduction.partial_day_personal", "100", paidBack))
                .attest("M", SalaryBasis.SAFE_HARBOR, "2025-01-01", null);
        assertThat(basis(harbor, "2026-03-02", Verdict.EXEMPT).observed().in(Language.EN)).endsWith("IMPROPER, not a deduction 541.602(b) permits; reimbursed"
                + " on 2026-03-20 under the safe harbor attested by Test HR (541.603(d))");
        VERIFIER.verifyThat(ExecutiveExemption.class).given(harbor).decides("M", "2026-03-02").isExempt();
        // The policy without the reimbursement saves nothing.
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager().earningRecord(inPeriod("deduction.partial_day_personal", "100", Map.of()))
                .attest("M", SalaryBasis.SAFE_HARBOR, "2025-01-01", null)).decides("M", "2026-03-02").isNotExempt();
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager().earningRecord(inPeriod("deduction.partial_day_personal", "100", paidBack))
                .attest("M", SalaryBasis.ISOLATED, "2026-03-01", "2026-03-14")).decides("M", "2026-03-02").isExempt();
        // Improper deductions continued after complaints: a person attests the practice, and the safe harbor is gone.
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager().earningRecord(inPeriod("deduction.partial_day_personal", "100", paidBack))
                .attest("M", SalaryBasis.SAFE_HARBOR, "2025-01-01", null).attest("M", Conditions.IMPROPER_DEDUCTIONS, "2026-03-01", null))
                .decides("M", "2026-03-02").isNotExempt();
    }

    @Test
    void anUnreadableReimbursementDateIsNamed() {
        Scenario s = manager().earningRecord(inPeriod("deduction.partial_day_personal", "100", Map.of("reimbursed_on", "soon")));
        VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", "2026-03-02").isIndeterminate().condition("data", Verdict.INDETERMINATE)
                .missing("reimbursed_on='soon'");
    }
}
