package org.worktime.core.exempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ExemptSpiTest {

    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");

    @Test
    void aRegimeExemptsWhenAnyTestDoes() {
        assertThat(Verdict.anyOf(List.of(Verdict.NOT_EXEMPT, Verdict.INDETERMINATE, Verdict.EXEMPT))).isEqualTo(Verdict.EXEMPT);
        assertThat(Verdict.anyOf(List.of(Verdict.NOT_EXEMPT, Verdict.INDETERMINATE))).isEqualTo(Verdict.INDETERMINATE);
        assertThat(Verdict.anyOf(List.of(Verdict.NOT_EXEMPT))).isEqualTo(Verdict.NOT_EXEMPT);
        assertThat(Verdict.anyOf(List.of())).isEqualTo(Verdict.NOT_EXEMPT);
    }

    @Test
    void aTestNeedsEveryCondition() {
        assertThat(Verdict.allOf(List.of(Verdict.EXEMPT, Verdict.INDETERMINATE, Verdict.NOT_EXEMPT))).isEqualTo(Verdict.NOT_EXEMPT);
        assertThat(Verdict.allOf(List.of(Verdict.EXEMPT, Verdict.INDETERMINATE))).isEqualTo(Verdict.INDETERMINATE);
        assertThat(Verdict.allOf(List.of(Verdict.EXEMPT))).isEqualTo(Verdict.EXEMPT);
    }

    @Test
    void convertsOnlyWithAStatedRateAndBothWays() {
        ExchangeRates rates = ExchangeRates.of(List.of(new ExchangeRate(CurrencyUnit.USD, KRW, new BigDecimal("1400"),
                LocalDate.of(2026, 11, 2), "Bank of Korea")));
        assertThat(rates.convert(Money.of(CurrencyUnit.USD, new BigDecimal("107432")), KRW).orElseThrow().getAmount())
                .isEqualByComparingTo("150404800");
        assertThat(rates.convert(Money.of(KRW, new BigDecimal("1400")), CurrencyUnit.USD).orElseThrow().getAmount())
                .isEqualByComparingTo("1");
        assertThat(rates.convert(Money.of(CurrencyUnit.JPY, new BigDecimal("10750000")), KRW)).isEmpty();
        assertThat(ExchangeRates.none().convert(Money.of(KRW, BigDecimal.TEN), KRW).orElseThrow().getAmount()).isEqualByComparingTo("10");
    }
}
