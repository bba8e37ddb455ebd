package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.time.DailyWindow;

/**
 * The selective health measure of Art. 41-2(1)(v) the committee resolution chose (term {@code selectiveMeasure}),
 * judged from the record for the month (HPS months from the resolution's start) containing the date:
 * <ul>
 * <li>{@code interval}: at least 11 h of rest before every shift and at most 4 late-night occasions in the month;</li>
 * <li>{@code cap}: health management time beyond 40 h a week at most 100 h in the month and 240 h in the three months
 * ending with it;</li>
 * <li>{@code consecutive-leave}: two consecutive weeks (14 days) off in the HPS year (fails once the record leaves no
 * room for them);</li>
 * <li>{@code health-check}: in a month whose time beyond 40 h a week exceeds 80 h, a health check attested
 * ({@value HighlyProfessionalSystemTest#HEALTH_CHECK}) in that month or the next.</li>
 * </ul>
 */
final class SelectiveMeasure {

    static final List<String> KINDS = List.of("interval", "cap", "consecutive-leave", "health-check");

    private SelectiveMeasure() {
    }

    static Evidence judge(ExemptionQuery query, Agreement resolution, HealthRecord record, MonthGrid grid, List<Text> missing) {
        String kind = resolution.terms().getOrDefault("selectiveMeasure", "").trim();
        LocalDate on = query.on();
        LocalDateRange month = grid.monthOf(on);
        long weekLimit = query.parameters().get("jp.lsa32.week-limit", on).seconds();
        Text condition = Text.of("jp.hps.condition.selective-measure", "kind", kind);
        return switch (kind) {
            case "interval" -> interval(query, record, month, condition);
            case "cap" -> cap(query, record, grid, month, weekLimit, condition);
            case "consecutive-leave" -> {
                Parameter days = query.parameters().get("jp.hps.consecutive-leave-days", on);
                LocalDateRange year = grid.yearOf(on);
                int run = record.longestRunOff(year);
                yield new Evidence("selective-measure", condition, "longest run of days off in the year from " + year.getStart() + ": " + run
                        + " (days beyond the record count as off)", days.text() + " consecutive days", run >= days.integer() ? Verdict.EXEMPT
                        : Verdict.NOT_EXEMPT, cite(days));
            }
            case "health-check" -> healthCheck(query, record, month, weekLimit, condition, missing);
            default -> new Evidence("selective-measure", condition, "no measure chosen", "one of " + KINDS, Verdict.NOT_EXEMPT, null);
        };
    }

    private static Evidence interval(ExemptionQuery query, HealthRecord record, LocalDateRange month, Text condition) {
        LocalDate on = query.on();
        Parameter rest = query.parameters().get("jp.hps.interval.rest", on);
        Parameter nights = query.parameters().get("jp.hps.interval.night-limit", on);
        DailyWindow night = query.parameters().get("jp.night-window", on).window();
        long shortest = record.shortestRest(month);
        int occasions = record.nightOccasions(month, night.start(), night.end());
        boolean met = shortest >= rest.seconds() && occasions <= nights.integer();
        String observed = "shortest rest " + (shortest == Long.MAX_VALUE ? "n/a" : RuleSupport.hours(shortest) + " h") + ", " + occasions
                + " late-night occasion(s) in the month from " + month.getStart();
        return new Evidence("selective-measure", condition, observed, "rest of at least " + RuleSupport.hours(rest.seconds()) + " h, at most "
                + nights.text() + " late-night occasions a month", met ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, cite(rest));
    }

    private static Evidence cap(ExemptionQuery query, HealthRecord record, MonthGrid grid, LocalDateRange month, long weekLimit, Text condition) {
        LocalDate on = query.on();
        Parameter monthCap = query.parameters().get("jp.hps.cap.month", on);
        Parameter quarterCap = query.parameters().get("jp.hps.cap.3-months", on);
        long inMonth = record.beyondWeekly(month, weekLimit);
        LocalDateRange quarter = LocalDateRange.of(grid.monthAt(on, -2).getStart(), month.getEnd());
        long inQuarter = record.beyondWeekly(quarter, weekLimit);
        boolean met = inMonth <= monthCap.seconds() && inQuarter <= quarterCap.seconds();
        return new Evidence("selective-measure", condition, RuleSupport.hours(inMonth) + " h beyond 40 h a week in the month from " + month.getStart()
                + ", " + RuleSupport.hours(inQuarter) + " h in the three months from " + quarter.getStart(),
                "at most " + RuleSupport.hours(monthCap.seconds()) + " h a month and " + RuleSupport.hours(quarterCap.seconds()) + " h in 3 months",
                met ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, cite(monthCap));
    }

    private static Evidence healthCheck(ExemptionQuery query, HealthRecord record, LocalDateRange month, long weekLimit, Text condition,
            List<Text> missing) {
        LocalDate on = query.on();
        Parameter threshold = query.parameters().get("jp.hps.health-check.threshold", on);
        long beyond = record.beyondWeekly(month, weekLimit);
        if (beyond <= threshold.seconds()) {
            return new Evidence("selective-measure", condition, RuleSupport.hours(beyond) + " h beyond 40 h a week in the month from "
                    + month.getStart() + ": no check due", "a check when beyond " + RuleSupport.hours(threshold.seconds()) + " h",
                    Verdict.EXEMPT, cite(threshold));
        }
        LocalDateRange due = LocalDateRange.of(month.getStart(), month.getEnd().plusMonths(1));
        boolean checked = query.attestations().stream().anyMatch(a -> a.subject().equals(HighlyProfessionalSystemTest.HEALTH_CHECK) && a.holds()
                && a.validity().overlaps(due));
        if (!checked) {
            missing.add(Text.of("jp.hps.missing.health-check", "attestation", HighlyProfessionalSystemTest.HEALTH_CHECK,
                    "from", due.getStart(), "to", due.getEndInclusive()));
        }
        return new Evidence("selective-measure", condition, RuleSupport.hours(beyond) + " h beyond 40 h a week in the month from "
                + month.getStart() + (checked ? "; health check attested" : "; no health check attested"),
                "a check when beyond " + RuleSupport.hours(threshold.seconds()) + " h", checked ? Verdict.EXEMPT : Verdict.INDETERMINATE,
                cite(threshold));
    }

    private static Citation cite(Parameter row) {
        return row.citation();
    }
}
