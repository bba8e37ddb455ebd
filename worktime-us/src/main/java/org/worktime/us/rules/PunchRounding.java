package org.worktime.us.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.us.UsAttributes;

/**
 * Hours worked as the US pack counts them: each shift's span less its breaks, with the start and end punches rounded to
 * the nearest 5, 6 or 15 minutes when the workplace says so ({@code us.punch_rounding}, 29 CFR 785.48(b)); a half
 * increment rounds up. Breaks are not rounded. Another increment is not one the regulation accepts: punches are then
 * taken as recorded (and US-FLSA-785-48 says so).
 */
final class PunchRounding {

    private PunchRounding() {
    }

    /** The configured increment in minutes, if any, whether accepted or not. */
    static OptionalInt configured(EmployeeContext context) {
        String value = context.workplace().attributes().get(UsAttributes.PUNCH_ROUNDING);
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(value.trim()));
    }

    /** Whether an increment is one of 785.48(b)'s, as dated in {@code us.flsa785-48.increments}. */
    static boolean accepted(EmployeeContext context, int minutes, LocalDate date) {
        return context.findParameter("us.flsa785-48.increments", date)
                .map(p -> Arrays.stream(p.text().split(",")).map(String::trim).anyMatch(s -> s.equals(String.valueOf(minutes))))
                .orElse(false);
    }

    /** The work pieces of every shift in the context, in order, with the accepted rounding applied. */
    static List<Piece> pieces(EmployeeContext context) {
        UsState state = UsState.of(context);
        if (state.pieces == null) {
            state.pieces = build(context, true);
        }
        return state.pieces;
    }

    /** The pieces as punched, without rounding. */
    static List<Piece> exactPieces(EmployeeContext context) {
        // No increment configured: the pieces are already as punched (the same list build(context, false) makes).
        return configured(context).isEmpty() ? pieces(context) : build(context, false);
    }

    private static List<Piece> build(EmployeeContext context, boolean round) {
        OptionalInt increment = round ? configured(context) : OptionalInt.empty();
        List<Piece> pieces = new ArrayList<>();
        for (Shift shift : context.timeline().shifts()) {
            long start = shift.start().getEpochSecond();
            long end = shift.end().getEpochSecond();
            if (increment.isPresent()
                    && accepted(context, increment.getAsInt(), shift.start().atZone(context.workplace().zone()).toLocalDate())) {
                long step = increment.getAsInt() * 60L;
                start = nearest(start, step);
                end = nearest(end, step);
                if (end <= start) {
                    continue;
                }
            }
            var rate = shift.rate() == null ? null : shift.rate().getAmount();
            int first = pieces.size();
            long cursor = start;
            for (Interval b : shift.breaks()) {
                long bs = Math.max(b.getStart().getEpochSecond(), start);
                long be = Math.min(b.getEnd().getEpochSecond(), end);
                if (be <= bs) {
                    continue;
                }
                if (bs > cursor) {
                    pieces.add(new Piece(cursor, bs, rate));
                }
                cursor = Math.max(cursor, be);
            }
            if (end > cursor) {
                pieces.add(new Piece(cursor, end, rate));
            }
            trim(pieces, first, shift.unplacedBreakSeconds());
        }
        return List.copyOf(pieces);
    }

    /**
     * Break minutes without their times come off the shift's last worked minutes (its pieces from {@code first}): the
     * hours are exact, where the break fell is not known (a California meal period needs its times).
     */
    private static void trim(List<Piece> pieces, int first, long seconds) {
        for (int i = pieces.size() - 1; seconds > 0 && i >= first; i--) {
            Piece p = pieces.get(i);
            long cut = Math.min(seconds, p.seconds());
            seconds -= cut;
            if (cut == p.seconds()) {
                pieces.remove(i);
            } else {
                pieces.set(i, new Piece(p.start(), p.end() - cut, p.rate()));
            }
        }
    }

    /** The nearest multiple of {@code step} (whole-hour zone offsets keep local and epoch multiples aligned); ties go up. */
    static long nearest(long epochSecond, long step) {
        long below = Math.floorDiv(epochSecond, step) * step;
        return epochSecond - below >= (step + 1) / 2 ? below + step : below;
    }
}
