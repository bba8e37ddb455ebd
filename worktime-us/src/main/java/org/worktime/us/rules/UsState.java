package org.worktime.us.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.us.exempt.UsExemptionTests;

/**
 * What the US rules compute once per employee evaluation and share: the work pieces, the workweeks cut from them, the
 * weeks' pay, and each week's exemption decisions (the pay rules and the three minimum-wage rules all ask the same
 * question of the same week). Kept as the context's attachment (filled lazily, outside any memo, since one value is
 * built from the other).
 */
final class UsState {

    List<Piece> pieces;
    List<Workweek> workweeks;
    List<WeekPay.Result> weeks;
    /** Each workweek's pay inputs (absent: no pay on file), by the week itself (identity: weeks are cut once). */
    final Map<Workweek, java.util.Optional<WeekInputs>> inputs = new java.util.IdentityHashMap<>();
    /** Decisions by regime's test list (FEDERAL, CALIFORNIA, compared by identity) and date. */
    private final ByDay federal = new ByDay();
    private final ByDay california = new ByDay();
    private ExemptionQuery lastQuery;

    /** The last minimum and rate compared hour by hour (by identity), their difference, and its share per piece length. */
    private java.math.BigDecimal floorMinimum;
    private java.math.BigDecimal floorRate;
    private java.math.BigDecimal floorDifference;
    private final Map<Long, java.math.BigDecimal> floorShares = new HashMap<>();

    /**
     * What a piece of {@code seconds} paid at {@code rate} falls short of {@code minimum} by, to 34 digits
     * ({@code (minimum - rate) x seconds / 3600}, as {@link HourlyFloor} sums it). Every week of a salaried employee
     * compares the same rate with the same minimum over pieces of a few lengths: each division is done once. The same
     * difference (value and scale) and length give the same quotient, so the kept one is the answer.
     */
    java.math.BigDecimal shortfall(java.math.BigDecimal minimum, java.math.BigDecimal rate, long seconds) {
        if (minimum != floorMinimum || rate != floorRate) {
            java.math.BigDecimal difference = minimum.subtract(rate);
            floorMinimum = minimum;
            floorRate = rate;
            if (!difference.equals(floorDifference)) {
                floorDifference = difference;
                floorShares.clear();
            }
        }
        java.math.BigDecimal share = floorShares.get(seconds);
        if (share == null) {
            share = floorDifference.multiply(java.math.BigDecimal.valueOf(seconds)).divide(UsPay.HOUR, java.math.MathContext.DECIMAL128);
            floorShares.put(seconds, share);
        }
        return share;
    }

    static UsState of(EmployeeContext context) {
        return context.attachment(UsState.class, c -> new UsState());
    }

    /**
     * The employee's standing under a regime on a date, decided once per evaluation: the query is the same whoever asks
     * (it is built from the context and the date only), so is the answer. A null answer (no test in force) is kept too.
     * The rules read its verdicts and missing items only ({@link UsExemptionTests#standing}: the evidence's words are
     * left out).
     */
    static RegimeDecision decision(EmployeeContext context, LocalDate date, List<ExemptionTest> tests) {
        ByDay byDate = tests == UsExemptionTests.FEDERAL ? of(context).federal
                : tests == UsExemptionTests.CALIFORNIA ? of(context).california : null;
        if (byDate == null) {
            return UsExemptionTests.decide(context, date, tests);
        }
        long day = date.toEpochDay();
        if (byDate.has(day)) {
            return byDate.get(day);
        }
        RegimeDecision known = UsExemptionTests.standing(context, of(context).query(context, date), tests);
        byDate.put(day, known);
        return known;
    }

    /**
     * Decisions by epoch day, in an array over the days asked (a null decision is kept too). A hash map keyed by
     * {@code LocalDate} was slow here: its hash codes of one year's dates share their low bits month by month, so the
     * map's buckets filled and turned into trees.
     */
    private static final class ByDay {
        private long first;
        private RegimeDecision[] values = new RegimeDecision[0];
        private boolean[] known = new boolean[0];

        boolean has(long day) {
            long i = day - first;
            return i >= 0 && i < known.length && known[(int) i];
        }

        RegimeDecision get(long day) {
            return values[(int) (day - first)];
        }

        void put(long day, RegimeDecision decision) {
            if (known.length == 0) {
                first = day - 7;
                values = new RegimeDecision[400];
                known = new boolean[400];
            }
            if (day < first || day - first >= known.length) {
                long from = Math.min(first, day - 7);
                long until = Math.max(first + known.length, day + 400);
                RegimeDecision[] v = new RegimeDecision[(int) (until - from)];
                boolean[] k = new boolean[v.length];
                System.arraycopy(values, 0, v, (int) (first - from), values.length);
                System.arraycopy(known, 0, k, (int) (first - from), known.length);
                values = v;
                known = k;
                first = from;
            }
            values[(int) (day - first)] = decision;
            known[(int) (day - first)] = true;
        }
    }

    /** The exemption query of a date, the same one for both regimes (their tests share what it gives). */
    private ExemptionQuery query(EmployeeContext context, LocalDate date) {
        if (lastQuery == null) {
            lastQuery = ExemptionQuery.of(context, date);
        } else if (!lastQuery.on().equals(date)) {
            // The same query on another date: its lists are already immutable copies, so they are not copied again.
            ExemptionQuery q = lastQuery;
            lastQuery = new ExemptionQuery(q.employee(), q.workplace(), date, q.parameters(), q.earnings(), q.attestations(), q.shifts(),
                    q.rates(), q.leave());
        }
        return lastQuery;
    }
}
