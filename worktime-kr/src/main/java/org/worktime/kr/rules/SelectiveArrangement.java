package org.worktime.kr.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;

/**
 * A selective working-hours arrangement on file (Art. 52, 선택적 근로시간제): an agreement of kind {@code KR-LSA-52}
 * with the worker representative, for workers whose start and end times are left to them. Terms:
 * {@code settlementMonths} (the settlement period, 1; up to 3 with {@code rnd: true} for research and development of
 * new products or technology), optionally {@code totalHours} (the period's total; at most 40 h a week on average).
 * Settlement periods follow one another from the agreement's first day; one is covered only when it lies wholly
 * inside the validity.
 */
final class SelectiveArrangement {

    static final String KIND = "KR-LSA-52";

    private final Agreement agreement;
    private final int months;
    private final boolean rnd;
    private final Long totalHours;
    private final List<Text> formErrors;

    private SelectiveArrangement(Agreement agreement, int months, boolean rnd, Long totalHours, List<Text> formErrors) {
        this.agreement = agreement;
        this.months = months;
        this.rnd = rnd;
        this.totalHours = totalHours;
        this.formErrors = formErrors;
    }

    static Optional<SelectiveArrangement> on(EmployeeContext context, LocalDate date) {
        for (Agreement a : context.workplace().agreements()) {
            if (a.kind().equals(KIND) && a.covers(context.employeeId(), date)) {
                return Optional.of(context.memo(a, k -> parse(a)));
            }
        }
        return Optional.empty();
    }

    private static SelectiveArrangement parse(Agreement a) {
        List<Text> errors = new ArrayList<>();
        int months = 0;
        try {
            months = Integer.parseInt(a.terms().getOrDefault("settlementMonths", "").trim());
            if (months <= 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            errors.add(Text.of("kr.selective.no-months"));
            months = 1;
        }
        Long total = null;
        String t = a.terms().get("totalHours");
        if (t != null) {
            try {
                total = org.worktime.core.param.Parameter.parseSeconds(t.matches("\\d+") ? t + "h" : t);
            } catch (IllegalArgumentException e) {
                errors.add(Text.of("kr.selective.total-unreadable", "value", t));
            }
        }
        String core = a.terms().get("coreTime");
        if (core != null) {
            // Decree Art. 29: the agreement states the core time when it sets one; it must be a readable daily window.
            try {
                org.worktime.core.time.DailyWindow window = org.worktime.core.time.DailyWindow.parse(core);
                if (window.crossesMidnight()) {
                    errors.add(Text.of("kr.selective.core-crosses-midnight", "core", core));
                }
            } catch (RuntimeException e) {
                errors.add(Text.of("kr.selective.core-unreadable", "core", core));
            }
        }
        return new SelectiveArrangement(a, months, Boolean.parseBoolean(a.terms().getOrDefault("rnd", "false").trim()), total, errors);
    }

    /**
     * The settlement period of a selective agreement containing the date, read from its terms alone (no employee
     * needed), or empty when the agreement is not selective or its {@code settlementMonths} is missing or out of
     * {@code [1, maxMonths]}.
     */
    static Optional<LocalDateRange> periodContaining(Agreement a, LocalDate date, int maxMonths) {
        if (!a.kind().equals(KIND)) {
            return Optional.empty();
        }
        SelectiveArrangement s = parse(a);
        if (!s.formErrors.isEmpty() || s.months > maxMonths) {
            return Optional.empty();
        }
        return Optional.of(s.periodOf(date));
    }

    Agreement agreement() {
        return agreement;
    }

    int months() {
        return months;
    }

    /** The settlement period containing the date, half-open. */
    LocalDateRange periodOf(LocalDate date) {
        LocalDate start = agreement.validity().getStart();
        long elapsed = ChronoUnit.MONTHS.between(start, date);
        LocalDate periodStart = start.plusMonths(elapsed / months * months);
        if (periodStart.isAfter(date)) {
            periodStart = periodStart.minusMonths(months);
        }
        LocalDate end = periodStart.plusMonths(months);
        while (!end.isAfter(date)) {
            periodStart = end;
            end = periodStart.plusMonths(months);
        }
        return LocalDateRange.of(periodStart, end);
    }

    /** The period's ordinary hours: the agreed total, or 40 h a week on average (whichever is less). */
    long ordinaryHours(EmployeeContext context, LocalDateRange period) {
        long average = context.parameter("kr.lsa52.average-week", period.getStart()).seconds() * period.lengthInDays() / 7;
        return totalHours == null ? average : Math.min(average, totalHours);
    }

    /** Why the arrangement cannot be used in the settlement period containing the date; empty when it can. */
    List<Text> invalidity(EmployeeContext context, LocalDate date) {
        List<Text> reasons = new ArrayList<>(formErrors);
        if (!reasons.isEmpty()) {
            return reasons;
        }
        LocalDateRange period = periodOf(date);
        if (!agreement.validity().encloses(period)) {
            reasons.add(Text.of("kr.selective.beyond-validity", "period", period));
        }
        int max = rnd ? context.findParameter("kr.lsa52.rnd-max-months", date).map(p -> p.integer()).orElse(1)
                : context.parameter("kr.lsa52.max-months", date).integer();
        if (months > max) {
            reasons.add(Text.of("kr.selective.too-long", "months", months, "rnd", rnd ? "rnd" : "other"));
        }
        long average = context.parameter("kr.lsa52.average-week", date).seconds() * period.lengthInDays() / 7;
        if (totalHours != null && totalHours > average) {
            reasons.add(Text.of("kr.selective.total-above-average",
                    "total", RuleSupport.duration(totalHours), "average", RuleSupport.duration(average)));
        }
        if (Protection.isKnownMinor(context, date)) {
            reasons.add(Text.of("kr.selective.minor"));
        }
        return reasons;
    }

    /** The valid arrangement on the date, if any (judged once per settlement period). */
    static Optional<SelectiveArrangement> validOn(EmployeeContext context, LocalDate date) {
        if (!RuleSupport.hasAny(context, KIND)) {
            return Optional.empty();
        }
        return on(context, date).filter(s -> s.invalidityOfPeriod(context, date).isEmpty());
    }

    List<Text> invalidityOfPeriod(EmployeeContext context, LocalDate date) {
        LocalDate start = periodOf(date).getStart();
        return context.memo(List.of(agreement, start, KIND), k -> invalidity(context, start));
    }

    /** Slices for the premium: the period itself up to a month, else each month of it (Art. 52(2)2). */
    List<LocalDateRange> slices(LocalDateRange period) {
        List<LocalDateRange> slices = new ArrayList<>();
        if (months <= 1) {
            slices.add(period);
            return slices;
        }
        for (LocalDate s = period.getStart(); s.isBefore(period.getEnd()); s = s.plusMonths(1)) {
            LocalDate e = s.plusMonths(1);
            slices.add(LocalDateRange.of(s, e.isBefore(period.getEnd()) ? e : period.getEnd()));
        }
        return slices;
    }
}
