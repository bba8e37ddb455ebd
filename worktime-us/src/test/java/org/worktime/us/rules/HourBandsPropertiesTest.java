package org.worktime.us.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the hour bands over random weeks of work: every second in exactly one band, no pyramiding. */
class HourBandsPropertiesTest {

    private static final long H = 3600;

    /** Seven workdays of 24 h from second 0; each day's work starts at 06:00 and lasts the given minutes (0-18 h). */
    private static Workweek week(List<Integer> minutesPerDay) {
        long[] bounds = new long[8];
        for (int d = 0; d <= 7; d++) {
            bounds[d] = d * 24 * H;
        }
        List<Piece> pieces = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            long start = bounds[d] + 6 * H;
            if (minutesPerDay.get(d) > 0) {
                pieces.add(new Piece(start, start + minutesPerDay.get(d) * 60L, null));
            }
        }
        return new Workweek(LocalDate.of(2026, 3, 15), bounds, pieces);
    }

    private static long sum(HourBands bands) {
        long total = 0;
        for (Band b : Band.values()) {
            total += bands.total(b);
        }
        return total;
    }

    @Property
    void everySecondFallsInExactlyOneBand(@ForAll @Size(7) List<@IntRange(min = 0, max = 1080) Integer> minutes,
            @ForAll @IntRange(min = 20, max = 60) int coveredHours) {
        Workweek w = week(minutes);
        HourBands fed = HourBands.federal(w, 40 * H, coveredHours * H);
        HourBands ca = HourBands.california(w, 8 * H, 12 * H, 8 * H, 40 * H, coveredHours * H);
        assertThat(sum(fed)).isEqualTo(w.seconds());
        assertThat(sum(ca)).isEqualTo(w.seconds());
        assertThat(fed.total(Band.FEDERAL_OVERTIME)).isEqualTo(Math.max(0, w.seconds() - 40 * H));
        // Covered seconds are the first ones, up to what the salary covers.
        long covered = 0;
        for (Band b : Band.values()) {
            covered += ca.covered(b);
        }
        assertThat(covered).isEqualTo(Math.min(w.seconds(), coveredHours * H));
    }

    @Property
    void californiaNeverCountsFewerOvertimeHoursThanTheFlsa(@ForAll @Size(7) List<@IntRange(min = 0, max = 1080) Integer> minutes) {
        Workweek w = week(minutes);
        HourBands ca = HourBands.california(w, 8 * H, 12 * H, 8 * H, 40 * H, Long.MAX_VALUE);
        long caOvertime = w.seconds() - ca.total(Band.REGULAR);
        assertThat(caOvertime).isGreaterThanOrEqualTo(Math.max(0, w.seconds() - 40 * H));
        assertThat(ca.total(Band.REGULAR)).isLessThanOrEqualTo(40 * H);
    }
}
