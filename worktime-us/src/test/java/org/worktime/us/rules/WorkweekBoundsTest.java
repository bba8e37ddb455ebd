package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workweek's day boundaries, worked out without a date per day, are exactly the zone's, across offset changes. */
class WorkweekBoundsTest {

    @Test
    void everyWeekOfElevenYearsHasTheZonesBoundaries() {
        for (ZoneId zone : List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("America/New_York"), ZoneId.of("Pacific/Honolulu"),
                ZoneId.of("Asia/Tokyo"), ZoneOffset.ofHours(-5))) {
            for (LocalTime time : List.of(LocalTime.MIDNIGHT, LocalTime.of(2, 30), LocalTime.of(1, 0), LocalTime.of(23, 0))) {
                for (LocalDate start = LocalDate.of(2020, 1, 5); start.getYear() < 2031; start = start.plusDays(3)) {
                    long[] bounds = Workweek.bounds(start, time, zone);
                    for (int d = 0; d <= 7; d++) {
                        assertThat(bounds[d]).as("%s %s %s day %d", zone, time, start, d)
                                .isEqualTo(start.plusDays(d).atTime(time).atZone(zone).toEpochSecond());
                    }
                }
            }
        }
    }

    @Test
    void aWeekWithTheSpringChangeLasts167Hours() {
        long[] bounds = Workweek.bounds(LocalDate.of(2026, 3, 8), LocalTime.MIDNIGHT, ZoneId.of("America/Los_Angeles"));

        assertThat(bounds[1] - bounds[0]).isEqualTo(23 * 3600L);
        assertThat(bounds[7] - bounds[0]).isEqualTo(167 * 3600L);
    }
}
