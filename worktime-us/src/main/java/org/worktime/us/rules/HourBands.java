package org.worktime.us.rules;

import java.util.EnumMap;
import java.util.Map;

/**
 * Classifies the seconds of one workweek, in time order, into bands, and tells whether the base wage already pays the
 * straight time of each (an hourly wage pays every hour; a salary pays the first hours it covers, chronologically).
 * Under the federal reading an hour is overtime once the week passes 40 hours. Under California's, each workday's hours
 * beyond 8 are daily overtime and beyond 12 double time; on the seventh consecutive day of work in the workweek the
 * first 8 hours are overtime and the rest double time; and non-overtime hours beyond 40 are weekly overtime. Every hour
 * falls in exactly one band, the highest, so nothing is paid twice (no pyramiding).
 */
final class HourBands {

    /** Seconds per band: index 0 those whose straight time the wage pays, index 1 those it does not. */
    private final Map<Band, long[]> seconds = new EnumMap<>(Band.class);

    private HourBands() {
    }

    long covered(Band band) {
        return seconds.getOrDefault(band, new long[2])[0];
    }

    long uncovered(Band band) {
        return seconds.getOrDefault(band, new long[2])[1];
    }

    long total(Band band) {
        return covered(band) + uncovered(band);
    }

    Iterable<Band> bands() {
        return seconds.keySet();
    }

    private void add(Band band, boolean covered, long s) {
        seconds.computeIfAbsent(band, b -> new long[2])[covered ? 0 : 1] += s;
    }

    /** Federal bands: straight time to {@code weekLimit} seconds, overtime beyond. */
    static HourBands federal(Workweek week, long weekLimit, long coveredLimit) {
        HourBands out = new HourBands();
        long total = 0;
        for (Piece p : week.pieces()) {
            long cursor = p.start();
            while (cursor < p.end()) {
                long chunk = p.end() - cursor;
                chunk = cap(chunk, weekLimit - total);
                chunk = cap(chunk, coveredLimit - total);
                out.add(total < weekLimit ? Band.REGULAR : Band.FEDERAL_OVERTIME, total < coveredLimit, chunk);
                total += chunk;
                cursor += chunk;
            }
        }
        return out;
    }

    /** California's bands (Labor Code 510(a)); thresholds in seconds. */
    static HourBands california(Workweek week, long dayLimit, long doubleAfter, long seventhDoubleAfter, long weekLimit, long coveredLimit) {
        return california(week, dayLimit, doubleAfter, seventhDoubleAfter, weekLimit, coveredLimit, null, 0);
    }

    /**
     * California's bands under an alternative workweek schedule (Labor Code 511(b)) when {@code scheduled} is given (seconds
     * per workday, 0 for a day not scheduled): a scheduled day's own hours replace the 8-hour day; on a day not scheduled
     * the first {@code unscheduledDoubleAfter} seconds are overtime and the rest double time. Null: the ordinary bands.
     */
    static HourBands california(Workweek week, long dayLimit, long doubleAfter, long seventhDoubleAfter, long weekLimit, long coveredLimit,
            long[] scheduled, long unscheduledDoubleAfter) {
        HourBands out = new HourBands();
        long[] days = week.daySeconds();
        boolean seventh = true;
        for (long d : days) {
            seventh &= d > 0;
        }
        long[] bounds = week.dayBounds();
        long[] dayTotal = new long[7];
        long regular = 0;
        long total = 0;
        for (Piece p : week.pieces()) {
            long cursor = p.start();
            while (cursor < p.end()) {
                int day = dayOf(bounds, cursor);
                long chunk = Math.min(p.end(), bounds[day + 1]) - cursor;
                chunk = cap(chunk, coveredLimit - total);
                Band band;
                long limit = scheduled == null ? dayLimit : scheduled[day];
                if (seventh && day == 6) {
                    band = dayTotal[day] < seventhDoubleAfter ? Band.CA_SEVENTH : Band.CA_SEVENTH_DOUBLE;
                    chunk = cap(chunk, seventhDoubleAfter - dayTotal[day]);
                } else if (limit == 0) {
                    // Only under a schedule: a day it does not schedule has no straight time at all.
                    band = dayTotal[day] < unscheduledDoubleAfter ? Band.CA_UNSCHEDULED : Band.CA_UNSCHEDULED_DOUBLE;
                    chunk = cap(chunk, unscheduledDoubleAfter - dayTotal[day]);
                } else if (dayTotal[day] < limit) {
                    chunk = cap(chunk, limit - dayTotal[day]);
                    if (regular < weekLimit) {
                        chunk = cap(chunk, weekLimit - regular);
                        band = Band.REGULAR;
                        regular += chunk;
                    } else {
                        band = Band.CA_WEEKLY;
                    }
                } else if (dayTotal[day] < doubleAfter) {
                    chunk = cap(chunk, doubleAfter - dayTotal[day]);
                    band = Band.CA_DAILY;
                } else {
                    band = Band.CA_DOUBLE;
                }
                out.add(band, total < coveredLimit, chunk);
                dayTotal[day] += chunk;
                total += chunk;
                cursor += chunk;
            }
        }
        return out;
    }

    /** The chunk, shortened to a positive distance to the next threshold (a threshold already passed does not cut). */
    private static long cap(long chunk, long distance) {
        return distance > 0 ? Math.min(chunk, distance) : chunk;
    }

    private static int dayOf(long[] bounds, long second) {
        for (int d = 0; d < 7; d++) {
            if (second < bounds[d + 1]) {
                return d;
            }
        }
        return 6;
    }
}
