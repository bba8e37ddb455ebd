package org.worktime.us.rules;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.RuleInfo;

/**
 * A California alternative workweek schedule (Labor Code 511(a); IWC wage orders, section 3(B)-(C)) on file as an
 * agreement of kind {@code US-CA-LC-511}, and whether it is valid: the schedule stays within 10 hours a day and 40 a
 * week, at least two thirds of the work unit voted for it in a secret ballot held at least 14 days after the written
 * disclosure, and the result was reported within 30 days. Each number is a dated parameter row, read on the vote's date
 * for the election and on the week's date for the schedule. A schedule that fails any condition is not applied: the
 * week is paid under the ordinary 8-hour day, and US-CA-LC-511 says why.
 *
 * <p>Terms: {@code schedule} (e.g. {@code MON-THU 10h} or {@code MON-THU 9h, FRI 4h}), {@code voteDate},
 * {@code voteShare} ({@code 0.75}, {@code 75%} or {@code 15/20}), {@code disclosureDate}, {@code reportDate}.
 */
record AlternativeWorkweek(Agreement agreement, Map<DayOfWeek, Long> schedule, List<Text> failures) {

    static final String KIND = "US-CA-LC-511";

    boolean valid() {
        return failures.isEmpty();
    }

    /** Scheduled seconds for each workday of a week starting on {@code start}; 0 for a day not scheduled. */
    long[] scheduledDays(LocalDate start) {
        long[] out = new long[7];
        for (int d = 0; d < 7; d++) {
            out[d] = schedule.getOrDefault(start.plusDays(d).getDayOfWeek(), 0L);
        }
        return out;
    }

    String scheduleText() {
        return agreement.terms().getOrDefault("schedule", "");
    }

    /** The alternative schedule covering the employee on the date, judged; empty when none is on file or the rule is not in force. */
    static Optional<AlternativeWorkweek> on(EmployeeContext context, LocalDate date) {
        if (!RuleInfo.of(AlternativeWorkweekRule.class).isEffectiveOn(date)) {
            return Optional.empty();
        }
        for (Agreement a : context.workplace().agreementsOfKind(KIND)) {
            if (a.covers(context.employeeId(), date)) {
                return Optional.of(judge(context, a, date));
            }
        }
        return Optional.empty();
    }

    /** A valid schedule covering the employee on the date, or none: the gate of the alternative pay bands. */
    static Optional<AlternativeWorkweek> validOn(EmployeeContext context, LocalDate date) {
        return on(context, date).filter(AlternativeWorkweek::valid);
    }

    static AlternativeWorkweek judge(EmployeeContext context, Agreement a, LocalDate date) {
        List<Text> failures = new ArrayList<>();
        Map<DayOfWeek, Long> schedule = schedule(a.terms().get("schedule"), failures);
        if (!schedule.isEmpty()) {
            checkSchedule(context, schedule, date, failures);
        }
        LocalDate vote = date(a, "voteDate", failures);
        if (vote != null) {
            checkVote(context, a, vote, failures);
            checkDisclosure(context, a, vote, failures);
            checkReport(context, a, vote, date, failures);
        }
        return new AlternativeWorkweek(a, schedule, List.copyOf(failures));
    }

    private static void checkSchedule(EmployeeContext context, Map<DayOfWeek, Long> schedule, LocalDate date, List<Text> failures) {
        Parameter day = context.parameter("us.ca.lc511.day-limit", date);
        Parameter week = context.parameter("us.ca.lc511.week-limit", date);
        long total = 0;
        for (var e : schedule.entrySet()) {
            total += e.getValue();
            if (e.getValue() > day.seconds()) {
                failures.add(Text.of("us.aws.day-over", "day", e.getKey().name(), "hours", hours(e.getValue()), "limit", hours(day.seconds())));
            }
        }
        if (total > week.seconds()) {
            failures.add(Text.of("us.aws.week-over", "hours", hours(total), "limit", hours(week.seconds())));
        }
    }

    /** At least two thirds of the affected work unit (511(a)); compared as exact fractions so that 12 of 18 passes. */
    private static void checkVote(EmployeeContext context, Agreement a, LocalDate vote, List<Text> failures) {
        String raw = a.terms().get("voteShare");
        BigDecimal[] share = fraction(raw);
        if (share == null) {
            failures.add(missing("voteShare", raw));
            return;
        }
        BigDecimal[] needed = fraction(context.parameter("us.ca.lc511.vote-share", vote).text());
        if (share[0].multiply(needed[1]).compareTo(needed[0].multiply(share[1])) < 0) {
            failures.add(Text.of("us.aws.vote-short", "vote", vote, "share", raw, "needed", needed[0].toPlainString() + "/" + needed[1].toPlainString()));
        }
    }

    /** The written disclosure, with its meetings, at least 14 days before the vote (wage orders 3(C)(3)). */
    private static void checkDisclosure(EmployeeContext context, Agreement a, LocalDate vote, List<Text> failures) {
        LocalDate disclosure = date(a, "disclosureDate", failures);
        if (disclosure == null) {
            return;
        }
        int days = context.parameter("us.ca.lc511.disclosure-days", vote).integer();
        if (disclosure.plusDays(days).isAfter(vote)) {
            failures.add(Text.of("us.aws.disclosure-late", "disclosure", disclosure, "days", days, "vote", vote));
        }
    }

    /**
     * The result reported within 30 days after it is final (511(e)), read as 30 days after the vote. A report not on file
     * fails only once those days have passed by the date judged: a recent vote is not yet late.
     */
    private static void checkReport(EmployeeContext context, Agreement a, LocalDate vote, LocalDate date, List<Text> failures) {
        int days = context.parameter("us.ca.lc511.report-days", vote).integer();
        LocalDate due = vote.plusDays(days);
        String raw = a.terms().get("reportDate");
        if (raw == null || raw.isBlank()) {
            if (date.isAfter(due)) {
                failures.add(Text.of("us.aws.report-missing", "vote", vote, "due", due));
            }
            return;
        }
        LocalDate report = date(a, "reportDate", failures);
        if (report != null && report.isAfter(due)) {
            failures.add(Text.of("us.aws.report-late", "vote", vote, "report", report, "days", days, "due", due));
        }
    }

    /** {@code MON-THU 10h, FRI 4h}: days or ranges of days, each with its hours; a day named twice is an error. */
    static Map<DayOfWeek, Long> schedule(String raw, List<Text> failures) {
        Map<DayOfWeek, Long> out = new EnumMap<>(DayOfWeek.class);
        if (raw == null || raw.isBlank()) {
            failures.add(missing("schedule", raw));
            return out;
        }
        try {
            for (String item : raw.split("[,;]")) {
                String[] parts = item.trim().split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalArgumentException(item);
                }
                long seconds = Parameter.parseSeconds(parts[1]);
                String[] range = parts[0].split("-");
                DayOfWeek from = day(range[0]);
                DayOfWeek to = range.length == 2 ? day(range[1]) : from;
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    if (out.put(d, seconds) != null) {
                        throw new IllegalArgumentException(d + " twice");
                    }
                    if (d == to) {
                        break;
                    }
                }
            }
        } catch (RuntimeException e) {
            failures.add(missing("schedule", raw));
            out.clear();
        }
        return out;
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation.toUpperCase()) && abbreviation.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException(abbreviation);
    }

    /** {@code 0.75}, {@code 75%} or {@code 15/20} as numerator and denominator; null when not one of these. */
    static BigDecimal[] fraction(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String s = raw.trim();
            if (s.endsWith("%")) {
                return new BigDecimal[] {new BigDecimal(s.substring(0, s.length() - 1).trim()), BigDecimal.valueOf(100)};
            }
            int slash = s.indexOf('/');
            if (slash > 0) {
                BigDecimal den = new BigDecimal(s.substring(slash + 1).trim());
                return den.signum() > 0 ? new BigDecimal[] {new BigDecimal(s.substring(0, slash).trim()), den} : null;
            }
            return new BigDecimal[] {new BigDecimal(s), BigDecimal.ONE};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Agreement a, String term, List<Text> failures) {
        String raw = a.terms().get(term);
        try {
            if (raw != null && !raw.isBlank()) {
                return LocalDate.parse(raw.trim());
            }
        } catch (DateTimeParseException e) {
            // reported below, with the value
        }
        failures.add(missing(term, raw));
        return null;
    }

    private static Text missing(String term, String raw) {
        return raw == null || raw.isBlank()
                ? Text.of("us.aws.term-missing", "term", term)
                : Text.of("us.aws.term-unreadable", "term", term, "value", raw);
    }

    /** Decimal hours ({@code 10}, {@code 9.5}): the form the schedule's terms are written in. */
    private static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
