package org.worktime.us.exempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.exempt.Ex.VERIFIER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.i18n.Language;
import org.worktime.core.domain.Earning;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

/** Violating fixture: a case the test must find not exempt; clean fixture: one it must find exempt. */
class ExecutiveExemptionTest {

    private static Scenario manager(String weekly) {
        return Ex.federal().employee("M", e -> e.salaried("USD", weekly, "WEEK", "40"))
                .attest("M", ExecutiveExemption.DUTIES, "2019-01-01", null);
    }

    @Test
    @CleanFixture
    void aSalariedManagerAboveTheLevelIsExempt() {
        var d = VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("1000")).decides("M", "2026-03-02").isExempt()
                .condition("salary.basis", Verdict.EXEMPT).condition("salary.level", Verdict.EXEMPT).condition("duties.executive", Verdict.EXEMPT);
        assertThat(d.eligibility().evidence().get(1).threshold().in(Language.EN)).startsWith("684.00 USD a week (541.600(a), in force from 2020-01-01)");
        assertThat(d.eligibility().evidence().get(2).observed().in(Language.EN)).startsWith("attested by Test HR on 2019-01-01");
    }

    @Test
    @ViolatingFixture
    void belowTheStandardLevelIsNotExempt() {
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("650")).decides("M", "2025-03-01").isNotExempt()
                .condition("salary.level", Verdict.NOT_EXEMPT);
    }

    /**
     * USD 700 a week on 2024-08-01: the 2024 rule announced USD 844 from 2024-07-01, but its vacatur on 2024-11-15 set it
     * aside from the start, so the date is judged at USD 684 and the manager is exempt; the evidence names the vacated
     * value. A user who wants the window judged as it was applied at the time overrides us.flsa541.2024-rule.as-applied.
     */
    @Test
    void july2024WindowIsJudgedAtTheValueReallyInForce() {
        var d = VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("700")).decides("M", "2024-08-01").isExempt();
        assertThat(d.eligibility().evidence().get(1).threshold().in(Language.EN)).contains("684.00 USD a week")
                .contains("the 2024 rule's 844.00 USD (announced from 2024-07-01) was vacated on 2024-11-15 and is not the level in force");
        var asApplied = Ex.decideWith(new ExecutiveExemption(), manager("700"), "M", "2024-08-01",
                Ex.row("us.flsa541.2024-rule.as-applied", "true", "2024-07-01", "2024-11-15"));
        assertThat(asApplied.verdict()).isEqualTo(Verdict.NOT_EXEMPT);
        assertThat(asApplied.evidence().get(1).threshold().in(Language.EN)).startsWith("844.00 USD a week").contains("judged as applied before its vacatur on 2024-11-15");
        // After the vacatur nobody applied it: the same override leaves 2024-12-01 at USD 684.
        assertThat(Ex.decideWith(new ExecutiveExemption(), manager("700"), "M", "2024-12-01",
                Ex.row("us.flsa541.2024-rule.as-applied", "true", "2024-07-01", "2024-11-15")).verdict()).isEqualTo(Verdict.EXEMPT);
    }

    /** USD 700 a week on 2025-03-01: the 2024 rule's USD 1,128 never took effect. */
    @Test
    void march2025IsJudgedAt684() {
        var d = VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("700")).decides("M", "2025-03-01").isExempt();
        assertThat(d.eligibility().evidence().get(1).threshold().in(Language.EN)).contains("1,128.00 USD").contains("vacated on 2024-11-15");
    }

    @Test
    void theLevelHistory455Then684() {
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("500")).decides("M", "2019-12-31").isExempt();
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("500")).decides("M", "2020-01-01").isNotExempt();
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("500")).decides("M", "2004-01-01").isIndeterminate()
                .condition("parameters", Verdict.INDETERMINATE).missing("us.flsa541.salary-level");
    }

    @Test
    void withoutTheDutiesAttestationTheAnswerIsIndeterminate() {
        VERIFIER.verifyThat(ExecutiveExemption.class).given(Ex.federal().employee("M", e -> e.salaried("USD", "1000", "WEEK", "40")))
                .decides("M", "2026-03-02").isIndeterminate().condition("duties.executive", Verdict.INDETERMINATE).missing("us.duties.executive");
    }

    @Test
    void dutiesAttestedNotToHoldFail() {
        Scenario s = Ex.federal().employee("M", e -> e.salaried("USD", "1000", "WEEK", "40"))
                .attestRecord(new org.worktime.core.domain.Attestation("M", ExecutiveExemption.DUTIES, false, "J. Doe (HR)", LocalDate.of(2026, 1, 5),
                        LocalDateRange.ofUnboundedEnd(LocalDate.of(2026, 1, 1)), "directs one part-time clerk"));
        VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", "2026-03-02").isNotExempt().condition("duties.executive", Verdict.NOT_EXEMPT);
    }

    @Test
    void hourlyPayIsNoSalaryBasis() {
        VERIFIER.verifyThat(ExecutiveExemption.class)
                .given(Ex.federal().employee("M", e -> e.hourly("USD", new java.math.BigDecimal("50"))).attest("M", ExecutiveExemption.DUTIES, "2026-01-01", null))
                .decides("M", "2026-03-02").isNotExempt().condition("salary.basis", Verdict.NOT_EXEMPT);
    }

    @Test
    void aPracticeOfImproperDeductionsDefeatsTheSalaryBasis() {
        VERIFIER.verifyThat(ExecutiveExemption.class).given(manager("1000").attest("M", Conditions.IMPROPER_DEDUCTIONS, "2026-01-01", null))
                .decides("M", "2026-03-02").isNotExempt().condition("salary.basis", Verdict.NOT_EXEMPT);
    }

    /**
     * T11: at USD 684 the bonus credit is at most 3,556.80 a year and the salary at least 615.60 a week; 52 x 615.60 =
     * 32,011.20 with 3,000 of bonuses is 556.80 short: not exempt unless one catch-up payment comes in the next pay period.
     */
    @Test
    void t11TenPercentBonusCreditAndCatchUp() {
        Scenario s = manager("615.60").earning("M", "bonus.nondiscretionary", "USD", "3000", "2025-01-01", "2025-12-31");
        var d = VERIFIER.verifyThat(ExecutiveExemption.class).given(s).decides("M", "2025-06-02").isNotExempt()
                .condition("salary.bonus_credit", Verdict.NOT_EXEMPT);
        var credit = d.eligibility().evidence().stream().filter(e -> e.key().equals("salary.bonus_credit")).findFirst().orElseThrow();
        assertThat(credit.observed().in(Language.EN)).contains("salary 32,011.20 USD + bonuses and commissions 3,000.00 USD");
        assertThat(credit.threshold().in(Language.EN)).contains("35,568.00 USD (52 x 684.00 USD), bonuses credited up to 3,556.80 USD")
                .contains("short by 556.80 USD: one catch-up payment of it by 2026-01-14");
        Scenario caughtUp = s.earningRecord(new Earning("M", "bonus.catch_up", org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, 556.80),
                LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), LocalDate.of(2026, 1, 9), java.util.Map.of()));
        VERIFIER.verifyThat(ExecutiveExemption.class).given(caughtUp).decides("M", "2025-06-02").isExempt();
    }

    @Test
    void belowNinetyPercentNoBonusCanHelp() {
        VERIFIER.verifyThat(ExecutiveExemption.class)
                .given(manager("615.59").earning("M", "commission", "USD", "20000", "2025-01-01", "2025-12-31"))
                .decides("M", "2025-06-02").isNotExempt().condition("salary.level", Verdict.NOT_EXEMPT);
    }

    @Test
    void theCreditIsCappedAtTenPercent() {
        // 600 is under 615.60: not even the floor. 620 a week: 32,240 + a credit capped at 3,556.80 = 35,796.80 >= 35,568.
        VERIFIER.verifyThat(ExecutiveExemption.class)
                .given(manager("620").earning("M", "commission", "USD", "20000", "2025-01-01", "2025-12-31"))
                .decides("M", "2025-06-02").isExempt().condition("salary.bonus_credit", Verdict.EXEMPT);
    }
}
