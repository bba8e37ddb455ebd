package org.worktime.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayScheduleTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aPeriodClosingOnThe20thIsPaidOnThe25th() {
        PaySchedule s = PaySchedule.of(20, 25);
        assertThat(s.paydayFor(d("2026-10-05"))).isEqualTo(d("2026-10-25"));
        assertThat(s.paydayFor(d("2026-10-20"))).isEqualTo(d("2026-10-25"));
        assertThat(s.paydayFor(d("2026-10-21"))).isEqualTo(d("2026-11-25"));
    }

    @Test
    void aCalendarMonthPaidOnThe10thOfTheNext() {
        PaySchedule s = PaySchedule.of(PaySchedule.LAST, 10);
        assertThat(s.periodEndFor(d("2026-02-14"))).isEqualTo(d("2026-02-28"));
        assertThat(s.paydayFor(d("2026-02-28"))).isEqualTo(d("2026-03-10"));
        assertThat(s.paydayFor(d("2026-12-31"))).isEqualTo(d("2027-01-10"));
    }

    @Test
    void paidOnTheLastDayOfTheMonthItCloses() {
        PaySchedule s = PaySchedule.of(PaySchedule.LAST, PaySchedule.LAST);
        assertThat(s.paydayFor(d("2026-02-01"))).isEqualTo(d("2026-02-28"));
        assertThatThrownBy(() -> PaySchedule.of(0, 25)).hasMessageContaining("1 to 31");
    }
}
