package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;

/**
 * Whether an article applies to an employee on a date: Art. 11 and Decree Table 1 (workplace size as recorded, from the
 * {@code kr.scope.min-headcount.*} rows) and Art. 63 (excluded categories).
 */
record Applicability(Outcome outcome, Text reason) {

    enum Outcome { APPLIES, NOT_APPLICABLE, UNKNOWN }

    static final Applicability APPLIES = new Applicability(Outcome.APPLIES, Text.empty());

    /** The {@code kr.scope.min-headcount.*} rows, one per article of Decree Table 1 that the rules ask about. */
    static final String ART50 = "kr.scope.min-headcount.art50";
    static final String ART53 = "kr.scope.min-headcount.art53";
    static final String ART54 = "kr.scope.min-headcount.art54";
    static final String ART55_1 = "kr.scope.min-headcount.art55-1";
    static final String ART55_2 = "kr.scope.min-headcount.art55-2";
    static final String ART56 = "kr.scope.min-headcount.art56";
    static final String ART69 = "kr.scope.min-headcount.art69";
    static final String ART70 = "kr.scope.min-headcount.art70";
    static final String ART71 = "kr.scope.min-headcount.art71";
    static final String ART74 = "kr.scope.min-headcount.art74";

    /**
     * @param scopeKey         the {@code kr.scope.min-headcount.*} row, e.g. {@link #ART50}
     * @param art63Lifts       whether an Art. 63 exclusion takes the employee out of this article
     */
    static Applicability of(EmployeeContext context, String scopeKey, LocalDate date, boolean art63Lifts) {
        RuleSupport.EmployeeFacts facts = context.attachment(RuleSupport.EmployeeFacts.class, RuleSupport.EmployeeFacts::of);
        long day = date.toEpochDay();
        if (facts.applicability.applies(scopeKey, art63Lifts, day)) {
            return APPLIES;
        }
        if (art63Lifts && facts.art63Excludes(day)) {
            return new Applicability(Outcome.NOT_APPLICABLE, Text.of("kr.scope.excluded-art63"));
        }
        int minimum = context.parameter(scopeKey, date).integer();
        long until = context.parameterStableUntil(scopeKey, date);
        if (art63Lifts) {
            until = Math.min(until, facts.art63From());
        }
        if (minimum == 0) {
            facts.applicability.remember(scopeKey, art63Lifts, day, until);
            return APPLIES;
        }
        // Art. 11 scope follows the workplace's real regular headcount, a public body's too: Act No. 15513's addendum puts
        // public bodies with the 300+ band for its phase-in dates only (the headcount-scoped rows), not for Art. 11.
        OptionalInt headcount = context.workplace().headcountOn(date);
        if (headcount.isEmpty()) {
            return new Applicability(Outcome.UNKNOWN, Text.of("kr.scope.headcount-unknown",
                    "date", date, "minimum", minimum));
        }
        if (headcount.getAsInt() < minimum) {
            return new Applicability(Outcome.NOT_APPLICABLE, Text.of("kr.scope.below-headcount", "minimum", minimum));
        }
        facts.applicability.remember(scopeKey, art63Lifts, day, Math.min(until, nextHeadcountChange(context, date)));
        return APPLIES;
    }

    /** The first epoch day after the date on which the workplace's recorded headcount changes (as read by headcountOn). */
    private static long nextHeadcountChange(EmployeeContext context, LocalDate date) {
        for (var period : context.workplace().headcount()) {
            if (period.from().isAfter(date)) {
                return period.from().toEpochDay();
            }
        }
        return Long.MAX_VALUE;
    }

    /**
     * The days over which an article was found to apply to one employee, per scope row: rules ask per shift and per day,
     * and the answer can only change where the Art. 63 approval, the scope row or the recorded headcount changes
     * (those are the bounds kept). Only APPLIES is kept: the other answers carry a text and are rare.
     */
    static final class Memo {
        private String[] keys = new String[8];
        private boolean[] lifts = new boolean[8];
        private long[] from = new long[8];
        private long[] until = new long[8];
        private int size;

        boolean applies(String key, boolean art63Lifts, long day) {
            // The keys are the constants above: found by identity (several share their length and most of their text).
            for (int i = 0; i < size; i++) {
                if (keys[i] == key && lifts[i] == art63Lifts) {
                    return day >= from[i] && day < until[i];
                }
            }
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key) && lifts[i] == art63Lifts) {
                    return day >= from[i] && day < until[i];
                }
            }
            return false;
        }

        void remember(String key, boolean art63Lifts, long day, long untilDay) {
            int i = 0;
            while (i < size && !((keys[i] == key || keys[i].equals(key)) && lifts[i] == art63Lifts)) {
                i++;
            }
            if (i == size) {
                if (size == keys.length) {
                    keys = java.util.Arrays.copyOf(keys, size * 2);
                    lifts = java.util.Arrays.copyOf(lifts, size * 2);
                    from = java.util.Arrays.copyOf(from, size * 2);
                    until = java.util.Arrays.copyOf(until, size * 2);
                }
                keys[i] = key;
                lifts[i] = art63Lifts;
                size++;
            }
            from[i] = day;
            until[i] = untilDay;
        }
    }

    /**
     * Like {@link #of} for the adult hours rules (Arts 50 and 53): a known minor is judged by Art. 69 instead.
     */
    static Applicability ofAdultHours(EmployeeContext context, String scopeKey, LocalDate date) {
        if (Protection.isKnownMinor(context, date)) {
            return new Applicability(Outcome.NOT_APPLICABLE, Text.of("kr.scope.minor"));
        }
        return of(context, scopeKey, date, true);
    }

    boolean applies() {
        return outcome == Outcome.APPLIES;
    }

    boolean unknown() {
        return outcome == Outcome.UNKNOWN;
    }
}
