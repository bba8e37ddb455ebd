package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.RuleInfo;

/** Small helpers shared by the Korean rules: building findings with the citation of the row in force. */
final class RuleSupport {

    private RuleSupport() {
    }

    /** The rule's citation, with the version of the parameter row the rule's number came from. */
    static Citation citation(RuleInfo info, Parameter row) {
        return Findings.citation(info, row);
    }

    static Basis basis(EmployeeContext context, LocalDateRange period) {
        return context.basis(period);
    }

    static Finding violation(EmployeeContext context, RuleInfo info, LocalDateRange period, Measure measured, Measure limit,
            Citation citation, Penalty penalty, Text message) {
        return Findings.violation(context, info, period, measured, limit, citation, penalty, message);
    }

    static Finding warning(EmployeeContext context, RuleInfo info, LocalDateRange period, Measure measured, Measure limit,
            Citation citation, Text message) {
        return Findings.warning(context, info, period, measured, limit, citation, message);
    }

    static Finding indeterminate(EmployeeContext context, RuleInfo info, LocalDateRange period, Text message) {
        return Findings.indeterminate(context, info, period, message);
    }

    /**
     * Reports an unknown applicability once per employee and rule: the first date it arises, with the reason.
     * Returns whether the caller may go on (the article applies).
     */
    static boolean applies(Applicability applicability, EmployeeContext context, RuleInfo info, LocalDateRange period,
            boolean[] reportedUnknown, Consumer<Finding> findings) {
        if (applicability.unknown() && !reportedUnknown[0]) {
            reportedUnknown[0] = true;
            findings.accept(indeterminate(context, info, period, cannotDecide(applicability.reason())));
        }
        return applicability.applies();
    }

    /**
     * The weeks of the evaluation in which the employee is employed and the article applies, each given to
     * {@code body} with its start date; an unknown workplace size is reported once as indeterminate.
     */
    static void forEachApplicableWeek(EmployeeContext context, RuleInfo info, String scopeKey, boolean adultsOnly,
            Consumer<Finding> findings, java.util.function.BiConsumer<LocalDate, LocalDateRange> body) {
        boolean[] unknownReported = {false};
        for (LocalDate weekStart : context.weekStarts()) {
            LocalDateRange week = week(weekStart);
            if (!employedDuring(context, week)) {
                continue;
            }
            Applicability applicability = adultsOnly
                    ? Applicability.ofAdultHours(context, scopeKey, weekStart)
                    : Applicability.of(context, scopeKey, weekStart, true);
            if (applies(applicability, context, info, week, unknownReported, findings)) {
                body.accept(weekStart, week);
            }
        }
    }

    /**
     * Whether the workplace has any agreement of these kinds covering the employee at some time: rules for
     * arrangements return at once when it has none (most employees), instead of asking day by day.
     */
    static boolean hasAny(EmployeeContext context, String... kinds) {
        return context.attachment(EmployeeFacts.class, EmployeeFacts::of).hasAny(kinds);
    }

    /**
     * Facts about one employee that the rules ask for again and again, computed once per evaluation. The ages of
     * minority are read on first use (they need the {@code kr.minor.*} rows), so that asking for any other fact never
     * fails where it did not fail before; the Art. 63 category is parsed once (rules ask per day and shift).
     */
    static final class EmployeeFacts {
        private final EmployeeContext context;
        private final java.util.Set<String> agreementKinds;
        private final java.util.Set<Long> outsideDays;
        private final long art63From;
        /** The memoised {@link Applicability} answers of this employee (see {@link Applicability.Memo}). */
        final Applicability.Memo applicability = new Applicability.Memo();
        private boolean minorKnown;
        private long minorFrom;
        private long minorUntil;

        private EmployeeFacts(EmployeeContext context, java.util.Set<String> agreementKinds, java.util.Set<Long> outsideDays,
                long art63From) {
            this.context = context;
            this.agreementKinds = agreementKinds;
            this.outsideDays = outsideDays;
            this.art63From = art63From;
        }

        static EmployeeFacts of(EmployeeContext context) {
            java.util.Set<String> kinds = new java.util.HashSet<>();
            for (org.worktime.core.domain.Agreement a : context.workplace().agreements()) {
                if (a.employees().isEmpty() || a.employees().contains(context.employeeId())) {
                    kinds.add(a.kind());
                }
            }
            java.util.Set<Long> outside = new java.util.HashSet<>();
            for (org.worktime.core.domain.Shift shift : context.timeline().shifts()) {
                if (shift.outsideWorkplace()) {
                    outside.add(shift.start().atZone(context.workplace().zone()).toLocalDate().toEpochDay());
                }
            }
            return new EmployeeFacts(context, java.util.Set.copyOf(kinds), java.util.Set.copyOf(outside),
                    Art63Category.excludedFrom(context.employee()));
        }

        java.util.Set<String> agreementKinds() {
            return agreementKinds;
        }

        /** The answers of {@link #hasAny(String...)} by the kinds asked (the callers pass the same constants every day). */
        private final String[][] askedKinds = new String[16][];
        private final boolean[] hadAny = new boolean[16];
        private int asked;

        /**
         * Whether any of the kinds is among the employee's agreement kinds. Rules ask per day and shift with the same
         * constant kinds; the answer is kept per list of kinds (compared by identity, so without hashing the strings).
         */
        boolean hasAny(String... kinds) {
            for (int i = 0; i < asked; i++) {
                if (sameKinds(askedKinds[i], kinds)) {
                    return hadAny[i];
                }
            }
            boolean any = false;
            for (String kind : kinds) {
                if (agreementKinds.contains(kind)) {
                    any = true;
                    break;
                }
            }
            if (asked < askedKinds.length) {
                askedKinds[asked] = kinds.clone();
                hadAny[asked] = any;
                asked++;
            }
            return any;
        }

        private static boolean sameKinds(String[] a, String[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                if (a[i] != b[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The regular-hours limits of Arts 50 and 69, as asked per day and week (see {@link DatedSeconds}). */
        final DatedSeconds adultDayLimit = new DatedSeconds("kr.lsa50.day-limit");
        final DatedSeconds minorDayLimit = new DatedSeconds("kr.lsa69.day-limit");
        final DatedSeconds adultWeekLimit = new DatedSeconds("kr.lsa50.week-limit");
        final DatedSeconds minorWeekLimit = new DatedSeconds("kr.lsa69.week-limit");

        /** The work days outside the workplace, as epoch days. */
        java.util.Set<Long> outsideDays() {
            return outsideDays;
        }

        /** Whether an Art. 63 exclusion lifts the hours rules on the epoch day (as {@link Art63Category#excludes}). */
        boolean art63Excludes(long epochDay) {
            return epochDay >= art63From;
        }

        /** The first epoch day from which the Art. 63 exclusion lifts the hours rules (Long.MAX_VALUE: never). */
        long art63From() {
            return art63From;
        }

        /** The 15th birthday as an epoch day (Long.MAX_VALUE without a birth date). */
        long minorFrom() {
            readMinority();
            return minorFrom;
        }

        /** The 18th birthday as an epoch day (Long.MIN_VALUE without a birth date). */
        long minorUntil() {
            readMinority();
            return minorUntil;
        }

        private void readMinority() {
            if (minorKnown) {
                return;
            }
            long from = Long.MAX_VALUE;
            long until = Long.MIN_VALUE;
            LocalDate birth = context.employee().birthDate();
            if (birth != null) {
                LocalDate on = context.period().getStart();
                from = birth.plusYears(context.parameter("kr.minor.min-age", on).integer()).toEpochDay();
                until = birth.plusYears(context.parameter("kr.minor.max-age", on).integer() + 1L).toEpochDay();
            }
            minorFrom = from;
            minorUntil = until;
            minorKnown = true;
        }
    }

    static LocalDateRange week(LocalDate weekStart) {
        return LocalDateRange.of(weekStart, weekStart.plusDays(7));
    }

    static LocalDateRange day(LocalDate date) {
        return LocalDateRange.ofClosed(date, date);
    }

    static boolean employedDuring(EmployeeContext context, LocalDateRange range) {
        LocalDate hired = context.employee().hireDate();
        LocalDate left = context.employee().endDate();
        return (hired == null || hired.isBefore(range.getEnd())) && (left == null || !left.isBefore(range.getStart()));
    }

    /** "Cannot decide: {reason}." */
    static Text cannotDecide(Text reason) {
        return Text.of("kr.cannot-decide", "reason", reason);
    }

    /** Seconds as a duration argument of a message (written h:mm). */
    static java.time.Duration duration(long seconds) {
        return java.time.Duration.ofSeconds(seconds);
    }
}
