package org.worktime.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkweekStartTest {

    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    private static Workplace workplace(LocalTime start) {
        return new Workplace("w", "w", "US", LA, DayOfWeek.SUNDAY, List.of(), WorkplaceCalendar.standard(), List.of(), false, Map.of(),
                start);
    }

    private static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(LA);
    }

    @Test
    void aWeekStartingSundayAtSixOwnsSundayMorningBeforeSixToThePreviousWeek() {
        Workplace w = workplace(LocalTime.of(6, 0));
        assertThat(w.weekStartOf(at("2025-03-16T05:59").toInstant())).isEqualTo(at("2025-03-09T06:00"));
        assertThat(w.weekStartOf(at("2025-03-16T06:00").toInstant())).isEqualTo(at("2025-03-16T06:00"));
        assertThat(w.weekStartOf(at("2025-03-22T23:00").toInstant())).isEqualTo(at("2025-03-16T06:00"));
    }

    @Test
    void theWeekKeepsItsWallClockStartAcrossTheSpringChangeAndLasts167Hours() {
        Workplace w = workplace(LocalTime.of(6, 0));
        // Clocks went from 02:00 PST to 03:00 PDT on Sunday 2025-03-09, inside the week that ends at 06:00 that day.
        ZonedDateTime start = w.weekStartOf(at("2025-03-05T12:00").toInstant());
        ZonedDateTime next = w.weekStartOf(at("2025-03-10T12:00").toInstant());
        assertThat(start).isEqualTo(at("2025-03-02T06:00"));
        assertThat(next).isEqualTo(at("2025-03-09T06:00"));
        assertThat(Duration.between(start, next).toHours()).isEqualTo(167);
    }

    @Test
    void aMidnightWeekIsTheDefault() {
        Workplace w = new Workplace("w", "w", "US", LA, DayOfWeek.SUNDAY, List.of(), WorkplaceCalendar.standard(), List.of(), false,
                Map.of());
        assertThat(w.weekStartTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(w.weekStartOf(at("2025-11-08T23:59").toInstant())).isEqualTo(at("2025-11-02T00:00"));
    }
}
