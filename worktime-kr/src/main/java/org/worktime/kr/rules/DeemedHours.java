package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;

/**
 * Discretionary work with deemed hours (Art. 58(3), 재량근로): an agreement of kind {@code KR-LSA-58-3} with the worker
 * representative naming the jobs (term {@code jobs}, category codes of Decree Art. 31, e.g. {@code RND}), stating that
 * the employer gives no specific instructions on means and time (term {@code noInstructions: true}) and fixing the
 * hours deemed worked per working day (term {@code deemedHours}, e.g. {@code 9h}). The employee's job is the
 * attribute {@code job}. While valid, each working day counts as the deemed hours for the limits and the overtime
 * premium; night and holiday premiums still follow the time actually worked (kr.md 2.5.4).
 */
final class DeemedHours {

    static final String KIND = "KR-LSA-58-3";
    /** Art. 58(2): the written agreement fixing the hours deemed for work outside the workplace. */
    static final String OUTSIDE_KIND = "KR-LSA-58-1";
    static final String JOB_ATTRIBUTE = "job";

    private final Agreement agreement;

    private DeemedHours(Agreement agreement) {
        this.agreement = agreement;
    }

    static Optional<DeemedHours> on(EmployeeContext context, LocalDate date) {
        for (Agreement a : context.workplace().agreements()) {
            if (a.kind().equals(KIND) && a.covers(context.employeeId(), date)) {
                return Optional.of(new DeemedHours(a));
            }
        }
        return Optional.empty();
    }

    Agreement agreement() {
        return agreement;
    }

    /** Why the arrangement cannot be used for the employee on the date; empty when it can. */
    List<Text> invalidity(EmployeeContext context, LocalDate date) {
        List<Text> reasons = new ArrayList<>();
        String deemed = agreement.terms().get("deemedHours");
        try {
            if (deemed == null || Parameter.parseSeconds(deemed) <= 0) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            reasons.add(Text.of("kr.deemed.no-hours"));
        }
        if (!Boolean.parseBoolean(agreement.terms().getOrDefault("noInstructions", "false").trim())) {
            reasons.add(Text.of("kr.deemed.no-instructions"));
        }
        String job = context.employee().attributes().get(JOB_ATTRIBUTE);
        List<String> agreed = codes(agreement.terms().getOrDefault("jobs", ""));
        List<String> listed = codes(context.parameter("kr.lsa58-3.jobs", date).text());
        if (job == null) {
            reasons.add(Text.of("kr.deemed.job-unknown"));
        } else if (!agreed.contains(job.trim().toUpperCase(Locale.ROOT))) {
            reasons.add(Text.of("kr.deemed.job-not-agreed", "job", job));
        } else if (!listed.contains(job.trim().toUpperCase(Locale.ROOT))) {
            reasons.add(Text.of("kr.deemed.job-not-listed", "job", job));
        }
        return reasons;
    }

    long deemedSeconds() {
        return Parameter.parseSeconds(agreement.terms().get("deemedHours"));
    }

    private static List<String> codes(String text) {
        return Arrays.stream(text.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    /** The hours deemed worked on a working day, when a valid arrangement covers the employee on the date. */
    static Optional<Long> deemedOn(EmployeeContext context, LocalDate date) {
        Optional<Long> discretionary = discretionaryOn(context, date);
        if (discretionary.isPresent()) {
            return discretionary;
        }
        // Most employees never work outside: skip boxing the day for the set look-up then.
        java.util.Set<Long> outside = context.attachment(RuleSupport.EmployeeFacts.class, RuleSupport.EmployeeFacts::of).outsideDays();
        if (outside.isEmpty() || !outside.contains(date.toEpochDay())) {
            return Optional.empty();
        }
        // Art. 58(1)-(2): a day of work outside the workplace counts as the hours a written agreement fixes, else the
        // contractual hours (the "hours normally needed" of the proviso are not an input).
        for (Agreement a : context.workplace().agreements()) {
            if (a.kind().equals(OUTSIDE_KIND) && a.covers(context.employeeId(), date) && a.terms().containsKey("deemedHours")) {
                return Optional.of(Parameter.parseSeconds(a.terms().get("deemedHours")));
            }
        }
        return Optional.of(context.employee().contractualHours().minutesPerDay() * 60L);
    }

    /** Whether any day of the week from {@code weekStart} is counted at deemed hours. */
    static boolean affectsWeek(EmployeeContext context, LocalDate weekStart) {
        if (discretionaryOn(context, weekStart).isPresent()) {
            return true;
        }
        java.util.Set<Long> outside = context.attachment(RuleSupport.EmployeeFacts.class, RuleSupport.EmployeeFacts::of).outsideDays();
        if (outside.isEmpty()) {
            return false;
        }
        long start = weekStart.toEpochDay();
        for (long d = start; d < start + 7; d++) {
            if (outside.contains(d)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Long> discretionaryOn(EmployeeContext context, LocalDate date) {
        if (!RuleSupport.hasAny(context, KIND)) {
            return Optional.empty();
        }
        Optional<DeemedHours> deemed = on(context, date);
        if (deemed.isEmpty()) {
            return Optional.empty();
        }
        List<Text> reasons = context.memo(List.of(deemed.get().agreement, date.withDayOfMonth(1), KIND), k -> deemed.get().invalidity(context, date));
        return reasons.isEmpty() ? Optional.of(deemed.get().deemedSeconds()) : Optional.empty();
    }
}
