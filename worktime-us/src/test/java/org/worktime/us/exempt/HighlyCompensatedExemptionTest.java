package org.worktime.us.exempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.us.exempt.Ex.VERIFIER;

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

class HighlyCompensatedExemptionTest {

    private static Scenario t12() {
        return Ex.federal().employee("H", e -> e.salaried("USD", "90000", "YEAR", "40"))
                .attest("H", HighlyCompensatedExemption.DUTIES, "2020-01-01", null)
                .earning("H", "commission", "USD", "12000", "2020-01-01", "2020-12-31");
    }

    private static Earning catchUp(String amount, LocalDate paidOn) {
        return new Earning("H", "bonus.catch_up", Money.of(CurrencyUnit.USD, new java.math.BigDecimal(amount)),
                LocalDateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), paidOn, Map.of());
    }

    /** T12: salary 90,000 + commissions 12,000 = 102,000 < 107,432: short by 5,432.00, payable by 2021-01-31. */
    @Test
    @ViolatingFixture
    void t12ShortOfTheTotalWithoutACatchUp() {
        var d = VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(t12()).decides("H", "2020-06-01").isNotExempt()
                .condition("hce.total_compensation", Verdict.NOT_EXEMPT).condition("hce.salary_part", Verdict.EXEMPT);
        var total = d.eligibility().evidence().stream().filter(e -> e.key().equals("hce.total_compensation")).findFirst().orElseThrow();
        assertThat(total.observed().in(Language.EN)).startsWith("102,000.00 USD = salary 90,000.00 USD + commissions, bonuses and other pay 12,000.00 USD");
        assertThat(total.threshold().in(Language.EN)).startsWith("107,432.00 USD over 2020-01-01 to 2020-12-31").contains("short by 5,432.00 USD")
                .contains("by 2021-01-31");
    }

    /**
     * A salary in won (Korea's reform debate compares its workforce with this test): without a stated rate the total
     * cannot be judged; at 1 USD = 1,400 KRW, KRW 160,000,000 a year is 114,285.71 USD, above USD 107,432.
     */
    @Test
    void aSalaryInAnotherCurrencyNeedsAStatedRate() {
        Scenario s = Ex.federal().employee("K", e -> e.salaried("KRW", "160000000", "YEAR", "40"))
                .attest("K", HighlyCompensatedExemption.DUTIES, "2026-01-01", null);
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("K", "2026-06-01").isIndeterminate()
                .condition("hce.total_compensation", Verdict.INDETERMINATE).missing("exchange rate");
        var rates = org.worktime.core.exempt.ExchangeRates.of(java.util.List.of(new org.worktime.core.exempt.ExchangeRate(CurrencyUnit.USD,
                CurrencyUnit.of("KRW"), new java.math.BigDecimal("1400"), LocalDate.of(2026, 5, 29), "stated")));
        var d = VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("K", "2026-06-01", rates).isExempt();
        assertThat(d.eligibility().evidence().stream().filter(e -> e.key().equals("hce.total_compensation")).findFirst().orElseThrow()
                .observed().in(Language.EN)).startsWith("114,285.71 USD");
    }

    @Test
    @CleanFixture
    void t12CatchUpWithinOneMonthRestoresTheExemption() {
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(t12().earningRecord(catchUp("5432", LocalDate.of(2021, 1, 20))))
                .decides("H", "2020-06-01").isExempt();
    }

    @Test
    void t12CatchUpTooLateDoesNotCount() {
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(t12().earningRecord(catchUp("5432", LocalDate.of(2021, 2, 15))))
                .decides("H", "2020-06-01").isNotExempt();
    }

    /** T13: 26 weeks employed: 107,432 x 26/52 = 53,716.00, with at least 26 x 684 = 17,784 as salary. */
    @Test
    void t13PartialYearIsProRated() {
        Scenario s = Ex.federal().employee("H", e -> e.salaried("USD", "1000", "WEEK", "40").employed("2025-07-03", null))
                .attest("H", HighlyCompensatedExemption.DUTIES, "2025-07-03", null)
                .earning("H", "bonus.nondiscretionary", "USD", "27716", "2025-07-03", "2025-12-31");
        var d = VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("H", "2025-09-01").isExempt();
        var total = d.eligibility().evidence().stream().filter(e -> e.key().equals("hce.total_compensation")).findFirst().orElseThrow();
        assertThat(total.threshold().in(Language.EN)).startsWith("53,716.00 USD (107,432.00 USD x 26/52 weeks employed)");
        assertThat(total.observed().in(Language.EN)).startsWith("53,716.00 USD = salary 26,000.00 USD");
        Scenario short1 = Ex.federal().employee("H", e -> e.salaried("USD", "1000", "WEEK", "40").employed("2025-07-03", null))
                .attest("H", HighlyCompensatedExemption.DUTIES, "2025-07-03", null)
                .earning("H", "bonus.nondiscretionary", "USD", "27715", "2025-07-03", "2025-12-31");
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(short1).decides("H", "2025-09-01").isNotExempt();
    }

    @Test
    void theSalaryPartGetsNoBonusCredit() {
        Scenario s = Ex.federal().employee("H", e -> e.salaried("USD", "650", "WEEK", "40"))
                .attest("H", HighlyCompensatedExemption.DUTIES, "2025-01-01", null)
                .earning("H", "commission", "USD", "90000", "2025-01-01", "2025-12-31");
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("H", "2025-06-01").isNotExempt()
                .condition("hce.salary_part", Verdict.NOT_EXEMPT).condition("hce.total_compensation", Verdict.EXEMPT);
    }

    /** In August 2024 the HCE level in force is still 107,432 (the vacated 132,964 is not applied). */
    @Test
    void august2024UsesThe2019Level() {
        Scenario s = Ex.federal().employee("H", e -> e.salaried("USD", "110000", "YEAR", "40"))
                .attest("H", HighlyCompensatedExemption.DUTIES, "2024-01-01", null);
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("H", "2024-08-01").isExempt();
    }

    @Test
    void discretionaryBonusesDoNotCount() {
        Scenario s = Ex.federal().employee("H", e -> e.salaried("USD", "90000", "YEAR", "40"))
                .attest("H", HighlyCompensatedExemption.DUTIES, "2025-01-01", null)
                .earning("H", "bonus.discretionary", "USD", "50000", "2025-01-01", "2025-12-31");
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("H", "2025-06-01").isNotExempt();
    }

    /** Pay in another currency counts only at a stated rate; without one the answer is indeterminate and names the rate. */
    @Test
    void commissionsInEurosNeedAStatedRate() {
        Scenario s = Ex.federal().employee("H", e -> e.salaried("USD", "90000", "YEAR", "40"))
                .attest("H", HighlyCompensatedExemption.DUTIES, "2025-01-01", null)
                .earning("H", "commission", "EUR", "20000", "2025-01-01", "2025-12-31");
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("H", "2025-06-01").isIndeterminate()
                .missing("an exchange rate from EUR to USD");
        var rates = org.worktime.core.exempt.ExchangeRates.of(java.util.List.of(new org.worktime.core.exempt.ExchangeRate(CurrencyUnit.EUR,
                CurrencyUnit.USD, new java.math.BigDecimal("1.10"), LocalDate.of(2025, 12, 31), "test")));
        VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("H", "2025-06-01", rates).isExempt(); // 90,000 + 22,000
    }

    /**
     * 541.601(a)(2): a 52-week period from 2019-07-01 spans the change of 2020-01-01: 100,000 for 184 days and 107,432
     * for 182 days of 366: (18,400,000 + 19,552,624) / 366 = 103,695.69; 104,000 is enough, 103,000 is not.
     */
    @Test
    void aPeriodAcrossALevelChangeIsProportional() {
        for (String[] c : new String[][] {{"104000", "EXEMPT"}, {"103000", "NOT_EXEMPT"}}) {
            Scenario s = Ex.federal().employee("H", e -> e.salaried("USD", c[0], "YEAR", "40").attribute("us.flsa541.year_start", "07-01"))
                    .attest("H", HighlyCompensatedExemption.DUTIES, "2019-01-01", null);
            var d = VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(s).decides("H", "2020-03-02").verdict(Verdict.valueOf(c[1]));
            var total = d.eligibility().evidence().stream().filter(e -> e.key().equals("hce.total_compensation")).findFirst().orElseThrow();
            assertThat(total.threshold().in(Language.EN)).startsWith("103,695.69 USD over 2019-07-01 to 2020-06-30")
                    .contains("100,000.00 USD from 2019-07-01, 107,432.00 USD from 2020-01-01, 541.601(a)(2)");
        }
    }

    /**
     * 541.601(b)(1) allows the weekly part on a fee basis: fees of USD 120,000 for a 2,000-hour engagement over 2026
     * (2,400.00 for 40 hours) are the whole total, above USD 107,432; USD 100,000 is short by 7,432.00.
     */
    @Test
    void aFeeBasisMeetsTheWeeklyPartAndTheFeesTheTotal() {
        java.util.function.Function<String, Scenario> consultant = fee -> Ex.federal().employee("H", e -> e.noWage())
                .attest("H", HighlyCompensatedExemption.DUTIES, "2026-01-01", null).attest("H", FeeBasis.SINGLE_JOBS, "2026-01-01", null)
                .earningRecord(new Earning("H", "fee", Money.of(CurrencyUnit.USD, new java.math.BigDecimal(fee)),
                        LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), null, Map.of("hours", "2000")));
        var d = VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(consultant.apply("120000")).decides("H", "2026-06-01").isExempt()
                .condition("fee.level", Verdict.EXEMPT);
        assertThat(d.eligibility().evidence().stream().filter(e -> e.key().equals("hce.total_compensation")).findFirst().orElseThrow().observed().in(Language.EN))
                .isEqualTo("120,000.00 USD = salary 0.00 USD + commissions, bonuses and other pay 120,000.00 USD");
        var short_ = VERIFIER.verifyThat(HighlyCompensatedExemption.class).given(consultant.apply("100000")).decides("H", "2026-06-01").isNotExempt()
                .condition("fee.level", Verdict.EXEMPT).condition("hce.total_compensation", Verdict.NOT_EXEMPT);
        assertThat(short_.eligibility().evidence().stream().filter(e -> e.key().equals("hce.total_compensation")).findFirst().orElseThrow()
                .threshold().in(Language.EN)).contains("short by 7,432.00 USD");
    }
}
