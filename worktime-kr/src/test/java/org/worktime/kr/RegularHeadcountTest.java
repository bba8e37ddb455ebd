package org.worktime.kr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** kr.md EX-12. */
class RegularHeadcountTest {

    @Test
    void fourWorkersOverTwentyOperatingDays() {
        assertThat(RegularHeadcount.average(4 * 20, 20)).isEqualByComparingTo("4.00");
        assertThat(RegularHeadcount.isFiveOrMore(RegularHeadcount.average(4 * 20, 20))).isFalse();
    }

    @Test
    void fiveOnWeekdaysAndFourAtTheWeekend() {
        // (5 x 5 + 4 x 2) / 7 = 4.71: under 5.
        assertThat(RegularHeadcount.average(5 * 5 + 4 * 2, 7)).isEqualByComparingTo("4.71");
        assertThat(RegularHeadcount.isFiveOrMore(RegularHeadcount.average(33, 7))).isFalse();
        assertThat(RegularHeadcount.isFiveOrMore(RegularHeadcount.average(35, 7))).isTrue();
    }
}
