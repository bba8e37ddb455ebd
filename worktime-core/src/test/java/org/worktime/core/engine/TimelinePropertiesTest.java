package org.worktime.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threeten.extra.Interval;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Shift;
import org.worktime.core.time.DailyWindow;

/** Properties of the timeline over random shifts in zones with and without DST, across midnights and transitions. */
class TimelinePropertiesTest {

    private static final List<String> ZONES = List.of("Asia/Seoul", "America/Los_Angeles", "Europe/London", "Australia/Lord_Howe",
            "Asia/Tokyo", "America/St_Johns");
    private static final DailyWindow NIGHT = DailyWindow.of(LocalTime.of(22, 0), LocalTime.of(6, 0));

    record Case(ZoneId zone, Shift shift, DayAttribution attribution) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        // Starts spread over 2024-2027 so that DST transitions are hit; shifts up to 24 h with up to 3 breaks.
        // Whole minutes, so that a brute-force count minute by minute is exact (zone offsets here are whole minutes).
        Arbitrary<Long> starts = Arbitraries.longs().between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() / 60,
                Instant.parse("2027-12-31T00:00:00Z").getEpochSecond() / 60).map(m -> m * 60);
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 24 * 60).map(m -> m * 60);
        Arbitrary<List<Integer>> breakCuts = Arbitraries.integers().between(1, 1000).list().ofMaxSize(6);
        return Combinators.combine(zones, starts, lengths, breakCuts, Arbitraries.of(DayAttribution.class))
                .as((zone, start, length, cuts, attribution) -> new Case(zone, shift(start, length, cuts), attribution));
    }

    private static Shift shift(long start, int length, List<Integer> cuts) {
        // Cut points in thousandths of the shift, taken in pairs as breaks strictly inside it.
        List<Long> points = cuts.stream().map(c -> start + (long) length * c / 1001 / 60 * 60).distinct().sorted().toList();
        List<Interval> breaks = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            long a = points.get(i);
            long b = points.get(i + 1);
            if (a > start && b < start + length && b > a) {
                breaks.add(Interval.of(Instant.ofEpochSecond(a), Instant.ofEpochSecond(b)));
            }
        }
        return new Shift("E", Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + length), breaks, Shift.Origin.ACTUAL, false);
    }

    private static Timeline timeline(Case c) {
        return Timeline.build(List.of(c.shift()), c.zone(), d -> DayType.WORKDAY, new TimelinePolicy(NIGHT, c.attribution()));
    }

    @Property(tries = 2000)
    void minutesAreConservedWhenSplit(@ForAll("cases") Case c) {
        Timeline t = timeline(c);
        assertThat(t.totalSeconds()).isEqualTo(c.shift().workedSeconds());
        Ledger ledger = Ledger.of(t);
        long byWorkDay = 0;
        long byCalendarDay = 0;
        LocalDate first = LocalDate.ofInstant(c.shift().start(), c.zone()).minusDays(1);
        for (int d = 0; d < 4; d++) {
            byWorkDay += ledger.workedOn(first.plusDays(d));
            byCalendarDay += ledger.workedOnCalendarDate(first.plusDays(d));
        }
        assertThat(byWorkDay).isEqualTo(c.shift().workedSeconds());
        assertThat(byCalendarDay).isEqualTo(c.shift().workedSeconds());
    }

    @Property(tries = 2000)
    void nightNeverExceedsWorkedAndSegmentsStayInOneLocalDay(@ForAll("cases") Case c) {
        Timeline t = timeline(c);
        assertThat(t.nightSeconds()).isBetween(0L, t.totalSeconds());
        for (int i = 0; i < t.size(); i++) {
            assertThat(t.seconds(i)).isPositive();
            LocalDate startDay = LocalDate.ofInstant(Instant.ofEpochSecond(t.startEpochSecond(i)), c.zone());
            LocalDate lastDay = LocalDate.ofInstant(Instant.ofEpochSecond(t.endEpochSecond(i) - 1), c.zone());
            assertThat(lastDay).isEqualTo(startDay).isEqualTo(t.calendarDate(i));
            // Night is decided per segment: its first and last second agree with the window.
            int firstSecond = Instant.ofEpochSecond(t.startEpochSecond(i)).atZone(c.zone()).toLocalTime().toSecondOfDay();
            int lastSecond = Instant.ofEpochSecond(t.endEpochSecond(i) - 1).atZone(c.zone()).toLocalTime().toSecondOfDay();
            assertThat(NIGHT.contains(firstSecond)).isEqualTo(t.isNight(i));
            assertThat(NIGHT.contains(lastSecond)).isEqualTo(t.isNight(i));
            if (i > 0) {
                assertThat(t.startEpochSecond(i)).isGreaterThanOrEqualTo(t.endEpochSecond(i - 1));
            }
        }
    }

    @Property(tries = 500)
    void nightSecondsEqualABruteForceCountByMinute(@ForAll("cases") Case c) {
        Timeline t = timeline(c);
        long expected = 0;
        Shift s = c.shift();
        for (long second = s.start().getEpochSecond(); second < s.end().getEpochSecond(); second += 60) {
            boolean inBreak = false;
            for (Interval b : s.breaks()) {
                if (second >= b.getStart().getEpochSecond() && second < b.getEnd().getEpochSecond()) {
                    inBreak = true;
                }
            }
            int secondOfDay = Instant.ofEpochSecond(second).atZone(c.zone()).toLocalTime().toSecondOfDay();
            if (!inBreak && NIGHT.contains(secondOfDay)) {
                expected += 60;
            }
        }
        assertThat(t.nightSeconds()).isEqualTo(expected);
    }
}
