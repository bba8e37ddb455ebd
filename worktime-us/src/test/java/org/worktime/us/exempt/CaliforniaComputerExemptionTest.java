package org.worktime.us.exempt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Language;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;

import static org.assertj.core.api.Assertions.assertThat;

class CaliforniaComputerExemptionTest {

    private static Scenario engineer(String annual) {
        return Ex.california().employee("SE", e -> e.salaried("USD", annual, "YEAR", "40"))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2025-01-01", null);
    }

    /** T18: a software engineer paid 120,000 in 2026 fails Labor Code 515.5 (122,573.13). */
    @Test
    @ViolatingFixture
    void t18SoftwareEngineerBelowTheAnnualFigure() {
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(engineer("120000")).decides("SE", "2026-03-02").isNotExempt()
                .condition("pay.level", Verdict.NOT_EXEMPT);
        // In 2025 the figure was 118,657.43: the same salary was enough.
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(engineer("120000")).decides("SE", "2025-06-02").isExempt();
    }

    @Test
    @CleanFixture
    void hourlyAtTheFigure() {
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class)
                .given(Ex.california().employee("SE", e -> e.hourly("USD", new BigDecimal("58.85"))).attest("SE", CaliforniaComputerExemption.DUTIES, "2026-01-01", null))
                .decides("SE", "2026-03-02").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class)
                .given(Ex.california().employee("SE", e -> e.hourly("USD", new BigDecimal("58.84"))).attest("SE", CaliforniaComputerExemption.DUTIES, "2026-01-01", null))
                .decides("SE", "2026-03-02").isNotExempt();
    }

    @Test
    void monthlySalaryAgainstTheMonthlyFigure() {
        Scenario s = Ex.california().employee("SE", e -> e.salaried("USD", "10214.44", "MONTH", "40")).attest("SE", CaliforniaComputerExemption.DUTIES, "2026-01-01", null);
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(s).decides("SE", "2026-03-02").isExempt();
    }

    /** T18: the engineer at 120,000 may still be exempt in California as a professional, over 70,304 with >50% exempt duties. */
    @Test
    void t18TheCaliforniaRegimeCanStillExemptUnder515A() {
        Scenario s = engineer("120000").attest("SE", CaliforniaWhiteCollarExemption.DUTIES, "2026-01-01", null);
        var dataset = s.dataset();
        var decisions = Exemptions.decide(ExemptionQuery.of(dataset, dataset.employee("SE"), java.time.LocalDate.of(2026, 3, 2), Ex.PACK.parameters(), null),
                UsExemptionTests.CALIFORNIA);
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).verdict()).isEqualTo(Verdict.EXEMPT);
        assertThat(decisions.get(0).tests()).extracting(t -> t.test().id() + " " + t.verdict())
                .containsExactly("US-CA-LC-515-A EXEMPT", "US-CA-LC-515-5 NOT_EXEMPT", "US-CA-LC-515-6 NOT_EXEMPT");
        assertThat(List.of(decisions.get(0).regime().id())).containsExactly("US-CA");
    }

    /** A pay in won: without a stated rate the 515.5 figure cannot be compared (never a currency error); at 1,400 it can. */
    @Test
    void aPayInAnotherCurrencyNeedsAStatedRate() {
        var rates = org.worktime.core.exempt.ExchangeRates.of(List.of(new org.worktime.core.exempt.ExchangeRate(org.joda.money.CurrencyUnit.USD,
                org.joda.money.CurrencyUnit.of("KRW"), new BigDecimal("1400"), java.time.LocalDate.of(2026, 1, 2), "stated")));
        Scenario monthly = Ex.california().employee("SE", e -> e.salaried("KRW", "15000000", "MONTH", "40"))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2025-01-01", null);
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(monthly).decides("SE", "2026-03-02").isIndeterminate()
                .condition("pay.level", Verdict.INDETERMINATE).missing("exchange rate from KRW to USD");
        // KRW 15,000,000 / 1,400 = 10,714.29 USD a month, above 10,214.44 USD.
        var d = Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(monthly).decides("SE", "2026-03-02", rates).isExempt();
        assertThat(d.eligibility().evidence().get(0).observed().in(Language.EN)).isEqualTo("10,714.29 USD a month");
        Scenario hourly = Ex.california().employee("SE", e -> e.hourly("KRW", new BigDecimal("80000")))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2025-01-01", null);
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(hourly).decides("SE", "2026-03-02").isIndeterminate();
        // KRW 80,000 / 1,400 = 57.14 USD an hour, below 58.85 USD.
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(hourly).decides("SE", "2026-03-02", rates).isNotExempt();
        Scenario annual = Ex.california().employee("SE", e -> e.salaried("KRW", "160000000", "YEAR", "40"))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2025-01-01", null);
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(annual).decides("SE", "2026-03-02").isIndeterminate();
    }

    /**
     * 2024: 115,763.35 USD a year (DIR). Before 2024 the figures of DIR's list (issue 10): 2023 112,065.20 USD a year,
     * so the 2024 salary is exempt in 2023 too (it was indeterminate before the rows were added); 2020 has no annual
     * figure in any source seen: indeterminate, naming the parameter.
     */
    @Test
    void the2024FigureAndTheYearsBefore() {
        Scenario s = Ex.california().employee("SE", e -> e.salaried("USD", "115763.35", "YEAR", "40"))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2020-01-01", null);
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(s).decides("SE", "2024-06-03").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(Ex.california().employee("SE", e -> e.salaried("USD", "115763.34", "YEAR", "40"))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2020-01-01", null)).decides("SE", "2024-06-03").isNotExempt();
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(s).decides("SE", "2023-06-01").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(s).decides("SE", "2020-06-01").isIndeterminate().missing("us.ca.lc515-5.annual");
    }

    /** 2023 at the boundary (112,065.20 USD a year, 53.80 an hour); 2013's hourly figure (39.90) from DIR's list. */
    @Test
    void theFiguresBefore2024AreBoundariesToo() {
        java.util.function.Function<String, Scenario> in2023 = annual -> Ex.california().employee("SE", e -> e.salaried("USD", annual, "YEAR", "40"))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2023-01-01", null);
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(in2023.apply("112065.20")).decides("SE", "2023-06-01").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(in2023.apply("112065.19")).decides("SE", "2023-06-01").isNotExempt();
        Scenario hourly = Ex.california().employee("SE", e -> e.hourly("USD", new BigDecimal("39.90")))
                .attest("SE", CaliforniaComputerExemption.DUTIES, "2013-01-01", null);
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(hourly).decides("SE", "2013-06-03").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaComputerExemption.class).given(hourly).decides("SE", "2014-06-02").isNotExempt(); // 40.38
    }
}
