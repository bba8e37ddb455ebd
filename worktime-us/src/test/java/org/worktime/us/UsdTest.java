package org.worktime.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UsdTest {

    @Test
    void groupsThousandsAndRoundsHalfUpToTheCent() {
        assertThat(Usd.number(new BigDecimal("0"))).isEqualTo("0.00");
        assertThat(Usd.number(new BigDecimal("5.225"))).isEqualTo("5.23");
        assertThat(Usd.number(new BigDecimal("684"))).isEqualTo("684.00");
        assertThat(Usd.number(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(Usd.number(new BigDecimal("107432"))).isEqualTo("107,432.00");
        assertThat(Usd.number(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.89");
        assertThat(Usd.number(new BigDecimal("-556.8"))).isEqualTo("-556.80");
        assertThat(Usd.number(new BigDecimal("-0.004"))).isEqualTo("0.00");
    }
}
