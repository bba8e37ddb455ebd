package org.worktime.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DailyWindowTest {

    private static final DailyWindow KR = DailyWindow.parse("22:00-06:00");

    @Test
    void aWindowAcrossMidnightIsHalfOpen() {
        assertThat(KR.crossesMidnight()).isTrue();
        assertThat(KR.contains(LocalTime.of(21, 59, 59).toSecondOfDay())).isFalse();
        assertThat(KR.contains(LocalTime.of(22, 0).toSecondOfDay())).isTrue();
        assertThat(KR.contains(0)).isTrue();
        assertThat(KR.contains(LocalTime.of(5, 59, 59).toSecondOfDay())).isTrue();
        assertThat(KR.contains(LocalTime.of(6, 0).toSecondOfDay())).isFalse();
    }

    @Test
    void nextBoundaryIsStrictlyAfter() {
        assertThat(KR.nextBoundaryAfter(0)).isEqualTo(6 * 3600);
        assertThat(KR.nextBoundaryAfter(6 * 3600)).isEqualTo(22 * 3600);
        assertThat(KR.nextBoundaryAfter(22 * 3600)).isEqualTo(86_400);
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatThrownBy(() -> DailyWindow.parse("22:00-22:00")).hasMessageContaining("needs a start different from its end");
    }

    @Test
    void durationsPrintAsHoursAndMinutes() {
        assertThat(Durations.hoursAndMinutes(52 * 3600 + 30 * 60)).isEqualTo("52:30");
        assertThat(Durations.hoursAndMinutes(-90 * 60)).isEqualTo("-1:30");
        assertThat(Durations.minutes(90)).isEqualByComparingTo("1.50");
    }
}
