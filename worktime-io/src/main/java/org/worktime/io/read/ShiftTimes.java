package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.Interval;

/**
 * Turns the date-time texts of shift files into instants, in the workplace's zone, strictly: a local time in a
 * daylight-saving gap is refused, and so is an ambiguous one (in the overlap) unless written with an offset.
 *
 * <p>Parsing is hand-rolled and the zone offset is cached per local day (a day with no transition within a
 * day either side has one offset), so a million shifts read in well under a second of this class's time.
 * Not thread-safe: one instance per read.
 */
final class ShiftTimes {

    private static final int NOT_UNIFORM = Integer.MIN_VALUE;
    private static final int CACHE_SIZE = 4096;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean fixed;
    private final int fixedOffset;
    private final long[] cacheDay = new long[CACHE_SIZE];
    private final int[] cacheOffset = new int[CACHE_SIZE];

    ShiftTimes(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffset = fixed ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
        java.util.Arrays.fill(cacheDay, Long.MIN_VALUE);
    }

    ZoneId zone() {
        return zone;
    }

    // ---- start and end -----------------------------------------------------------------------------------------

    /**
     * Parses {@code yyyy-MM-ddTHH:mm[:ss[.fff]]} (a space may stand for the {@code T}), optionally followed by an
     * offset ({@code Z}, {@code +09:00}, {@code +0900}, {@code +09}) and/or a bracketed zone id
     * ({@code [Asia/Seoul]}). Without offset or zone the time is local to the workplace.
     */
    Instant instant(String text) throws ValueException {
        String s = text.trim();
        int n = s.length();
        if (n == 0) {
            throw new ValueException(Text.of("io.read.value.missing"));
        }
        if (n < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':'
                || !(s.charAt(10) == 'T' || s.charAt(10) == ' ' || s.charAt(10) == 't')
                || !Values.digits(s, 0, 4) || !Values.digits(s, 5, 7) || !Values.digits(s, 8, 10)
                || !Values.digits(s, 11, 13) || !Values.digits(s, 14, 16)) {
            throw new ValueException(Text.of("io.read.time.date-time", "text", s));
        }
        int year = Values.number(s, 0, 4);
        int month = Values.number(s, 5, 7);
        int day = Values.number(s, 8, 10);
        int hour = Values.number(s, 11, 13);
        int minute = Values.number(s, 14, 16);
        int second = 0;
        int nano = 0;
        int pos = 16;
        if (pos < n && s.charAt(pos) == ':') {
            if (pos + 3 > n || !Values.digits(s, pos + 1, pos + 3)) {
                throw new ValueException(Text.of("io.read.time.date-time", "text", s));
            }
            second = Values.number(s, pos + 1, pos + 3);
            pos += 3;
            if (pos < n && s.charAt(pos) == '.') {
                int start = ++pos;
                while (pos < n && pos - start < 9 && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                    pos++;
                }
                if (pos == start) {
                    throw new ValueException(Text.of("io.read.time.date-time", "text", s));
                }
                nano = Values.number(s, start, pos);
                for (int i = pos - start; i < 9; i++) {
                    nano *= 10;
                }
            }
        }
        Values.checkDate(s, Text.of("io.read.value.what.date-time"), year, month, day);
        if (hour > 23) {
            Text hint = hour == 24 && minute == 0 && second == 0 && nano == 0
                    ? Text.of("io.read.time.write-midnight", "date", LocalDate.of(year, month, day).plusDays(1)) : Text.empty();
            throw new ValueException(Text.of("io.read.time.no-hour", "text", s, "hour", hour, "hint", hint));
        }
        if (minute > 59) {
            throw new ValueException(Text.of("io.read.time.no-minute", "text", s, "minute", minute));
        }
        if (second > 59) {
            throw new ValueException(Text.of("io.read.time.no-second", "text", s, "second", second));
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        int secondOfDay = hour * 3600 + minute * 60 + second;
        if (pos == n) {
            return Instant.ofEpochSecond(resolveStrict(epochDay, secondOfDay, nano, rules, zone, s), nano);
        }
        return withSuffix(s, pos, LocalDateTime.of(year, month, day, hour, minute, second, nano));
    }

    /** A local date-time (from an Excel date cell) in the workplace zone. */
    Instant instant(LocalDateTime local) throws ValueException {
        return Instant.ofEpochSecond(resolveStrict(local.toLocalDate().toEpochDay(), local.toLocalTime().toSecondOfDay(),
                local.getNano(), rules, zone, local.toString()), local.getNano());
    }

    private Instant withSuffix(String s, int pos, LocalDateTime local) throws ValueException {
        int n = s.length();
        ZoneOffset offset = null;
        char c = s.charAt(pos);
        if (c == 'Z' || c == 'z') {
            offset = ZoneOffset.UTC;
            pos++;
        } else if (c == '+' || c == '-') {
            int end = pos + 1;
            while (end < n && (Character.isDigit(s.charAt(end)) || s.charAt(end) == ':')) {
                end++;
            }
            String o = s.substring(pos, end);
            try {
                offset = ZoneOffset.of(o);
            } catch (DateTimeException e) {
                throw new ValueException(Text.of("io.read.time.bad-offset", "text", s, "offset", o));
            }
            pos = end;
        }
        ZoneId explicitZone = null;
        if (pos < n) {
            if (s.charAt(pos) != '[' || s.charAt(n - 1) != ']') {
                throw new ValueException(Text.of("io.read.time.bad-suffix", "text", s));
            }
            String id = s.substring(pos + 1, n - 1);
            try {
                explicitZone = ZoneId.of(id);
            } catch (DateTimeException e) {
                throw new ValueException(Text.of("io.read.time.unknown-zone", "text", s, "zone", id));
            }
        }
        if (offset != null) {
            if (explicitZone != null && !explicitZone.getRules().isValidOffset(local, offset)) {
                throw new ValueException(Text.of("io.read.time.offset-not-in-force", "text", s, "offset", offset, "zone", explicitZone,
                        "local", local));
            }
            return local.toInstant(offset);
        }
        long sec = resolveStrict(local.toLocalDate().toEpochDay(), local.toLocalTime().toSecondOfDay(), local.getNano(),
                explicitZone.getRules(), explicitZone, s);
        return Instant.ofEpochSecond(sec, local.getNano());
    }

    private long resolveStrict(long epochDay, int secondOfDay, int nano, ZoneRules zoneRules, ZoneId zoneId, String shown)
            throws ValueException {
        if (zoneRules == rules) {
            int offset = uniformOffset(epochDay);
            if (offset != NOT_UNIFORM) {
                return epochDay * 86_400 + secondOfDay - offset;
            }
        }
        LocalDateTime local = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), LocalTime.ofSecondOfDay(secondOfDay).withNano(nano));
        ZoneOffsetTransition t = zoneRules.getTransition(local);
        if (t == null) {
            return local.toEpochSecond(zoneRules.getOffset(local));
        }
        if (t.isGap()) {
            throw new ValueException(Text.of("io.read.time.gap", "text", shown, "zone", zoneId, "before", t.getDateTimeBefore().toLocalTime(),
                    "after", t.getDateTimeAfter().toLocalTime(), "date", t.getDateTimeBefore().toLocalDate()));
        }
        throw new ValueException(Text.of("io.read.time.ambiguous", "text", shown, "zone", zoneId, "before", t.getDateTimeBefore().toLocalTime(),
                "after", t.getDateTimeAfter().toLocalTime(), "date", t.getDateTimeBefore().toLocalDate(),
                "first", local + t.getOffsetBefore().toString(), "second", local + t.getOffsetAfter().toString()));
    }

    /** The zone offset in seconds on a local day with no transition near it, or {@link #NOT_UNIFORM}. */
    private int uniformOffset(long epochDay) {
        if (fixed) {
            return fixedOffset;
        }
        int slot = (int) (epochDay & (CACHE_SIZE - 1));
        if (cacheDay[slot] == epochDay) {
            return cacheOffset[slot];
        }
        // Offsets lie within +-18 h, so the local day lies within the UTC days before, on and after it.
        long from = (epochDay - 1) * 86_400;
        long to = (epochDay + 2) * 86_400;
        ZoneOffsetTransition next = rules.nextTransition(Instant.ofEpochSecond(from - 1));
        int result = next == null || next.toEpochSecond() >= to
                ? rules.getOffset(Instant.ofEpochSecond(epochDay * 86_400)).getTotalSeconds()
                : NOT_UNIFORM;
        cacheDay[slot] = epochDay;
        cacheOffset[slot] = result;
        return result;
    }

    /** The workplace zone's offset at an instant, in seconds. */
    int offsetAt(long epochSecond) {
        int offset = uniformOffset(Math.floorDiv(epochSecond, 86_400));
        return offset != NOT_UNIFORM ? offset : rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
    }

    /** The instant as a local date-time in the workplace zone, for messages. */
    String show(Instant instant) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(),
                ZoneOffset.ofTotalSeconds(offsetAt(instant.getEpochSecond()))).toString();
    }

    // ---- breaks ------------------------------------------------------------------------------------------------

    /**
     * A break: {@code HH:MM-HH:MM} in local wall time, each time resolved to its first occurrence at or after the
     * shift start (so {@code 23:30-00:30} works in a night shift), or two date-times {@code start/end}.
     */
    Interval breakOf(String text, Instant shiftStart) throws ValueException {
        String s = text.trim();
        int slash = s.indexOf('/');
        if (slash >= 0) {
            Instant a = instant(s.substring(0, slash));
            Instant b = instant(s.substring(slash + 1));
            return checkedBreak(s, a, b);
        }
        int dash = s.indexOf('-');
        int from = dash < 0 ? -1 : localTime(s, 0, dash);
        int to = dash < 0 ? -1 : localTime(s, dash + 1, s.length());
        if (from < 0 || to < 0) {
            throw new ValueException(Text.of("io.read.time.break-format", "text", s));
        }
        long startSec = shiftStart.getEpochSecond();
        long startDay = Math.floorDiv(startSec + offsetAt(startSec), 86_400);
        Instant a = Instant.ofEpochSecond(firstAtOrAfter(s, startDay, from, shiftStart));
        Instant b = Instant.ofEpochSecond(firstAtOrAfter(s, startDay, to, shiftStart));
        return checkedBreak(s, a, b);
    }

    private static Interval checkedBreak(String s, Instant a, Instant b) throws ValueException {
        if (b.equals(a)) {
            throw new ValueException(Text.of("io.read.time.break-empty", "text", s));
        }
        if (b.isBefore(a)) {
            throw new ValueException(Text.of("io.read.time.break-reversed", "text", s));
        }
        return Interval.of(a, b);
    }

    /** {@code H:MM}, {@code HH:MM} or {@code HH:MM:SS} in {@code s[from, to)} as second of day, or -1. */
    private static int localTime(String s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        int colon = s.indexOf(':', from);
        if (colon < 0 || colon >= to || colon - from < 1 || colon - from > 2 || !Values.digits(s, from, colon)) {
            return -1;
        }
        int len = to - colon - 1;
        if (!(len == 2 || len == 5 && s.charAt(colon + 3) == ':')) {
            return -1;
        }
        if (!Values.digits(s, colon + 1, colon + 3) || len == 5 && !Values.digits(s, colon + 4, colon + 6)) {
            return -1;
        }
        int h = Values.number(s, from, colon);
        int m = Values.number(s, colon + 1, colon + 3);
        int sec = len == 5 ? Values.number(s, colon + 4, colon + 6) : 0;
        if (h > 23 || m > 59 || sec > 59) {
            return -1;
        }
        return h * 3600 + m * 60 + sec;
    }

    private long firstAtOrAfter(String text, long startDay, int secondOfDay, Instant notBefore) throws ValueException {
        long floor = notBefore.getEpochSecond() + (notBefore.getNano() > 0 ? 1 : 0);
        long candidate = 0;
        for (long day = startDay; day <= startDay + 1; day++) {
            long wall = day * 86_400 + secondOfDay;
            int offset = uniformOffset(day);
            if (offset != NOT_UNIFORM) {
                candidate = wall - offset;
                if (candidate >= floor) {
                    return candidate;
                }
                continue;
            }
            LocalDateTime local = LocalDateTime.ofEpochSecond(wall, 0, ZoneOffset.UTC);
            List<ZoneOffset> offsets = new ArrayList<>(rules.getValidOffsets(local));
            if (offsets.isEmpty()) {
                ZoneOffsetTransition t = rules.getTransition(local);
                if (t.toEpochSecond() < floor) {
                    continue;
                }
                throw new ValueException(Text.of("io.read.time.break-gap", "text", text, "time", local.toLocalTime(), "date", local.toLocalDate(),
                        "zone", zone, "before", t.getDateTimeBefore().toLocalTime(), "after", t.getDateTimeAfter().toLocalTime()));
            }
            offsets.sort((x, y) -> Integer.compare(y.getTotalSeconds(), x.getTotalSeconds()));
            for (ZoneOffset o : offsets) {
                candidate = wall - o.getTotalSeconds();
                if (candidate >= floor) {
                    return candidate;
                }
            }
        }
        return candidate;
    }

    /** Exact "30 h 15 min" for messages, in each language. */
    static Text hoursMinutes(long seconds) {
        long minutes = seconds / 60;
        return Text.of("io.read.time.hours-minutes", "hours", minutes / 60, "minutes", minutes % 60);
    }
}
