package org.worktime.jp.rules;

import java.time.Duration;
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
                yield new Evidence("selective-measure", condition,
                        Text.of("jp.hps.evidence.longest-run-off", "from", year.getStart(), "days", run),
                        Text.of("jp.hps.evidence.consecutive-days", "days", days.integer()), run >= days.integer() ? Verdict.EXEMPT
                        : Verdict.NOT_EXEMPT, cite(days));
            }
            case "health-check" -> healthCheck(query, record, month, weekLimit, condition, missing);
            default -> new Evidence("selective-measure", condition, Text.of("jp.hps.evidence.no-measure"), oneOfTheKinds(), Verdict.NOT_EXEMPT,
                    null);
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
        Text observed = shortest == Long.MAX_VALUE
                ? Text.of("jp.hps.evidence.interval-no-rest", "nights", occasions, "from", month.getStart())
                : Text.of("jp.hps.evidence.interval", "rest", Duration.ofSeconds(shortest), "nights", occasions, "from", month.getStart());
        return new Evidence("selective-measure", condition, observed, Text.of("jp.hps.evidence.interval-required",
                "rest", Duration.ofSeconds(rest.seconds()), "nights", nights.integer()), met ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, cite(rest));
    }

    private static Evidence cap(ExemptionQuery query, HealthRecord record, MonthGrid grid, LocalDateRange month, long weekLimit, Text condition) {
        LocalDate on = query.on();
        Parameter monthCap = query.parameters().get("jp.hps.cap.month", on);
        Parameter quarterCap = query.parameters().get("jp.hps.cap.3-months", on);
        long inMonth = record.beyondWeekly(month, weekLimit);
        LocalDateRange quarter = LocalDateRange.of(grid.monthAt(on, -2).getStart(), month.getEnd());
        long inQuarter = record.beyondWeekly(quarter, weekLimit);
        boolean met = inMonth <= monthCap.seconds() && inQuarter <= quarterCap.seconds();
        return new Evidence("selective-measure", condition, Text.of("jp.hps.evidence.cap", "month", Duration.ofSeconds(inMonth),
                "from", month.getStart(), "quarter", Duration.ofSeconds(inQuarter), "quarterFrom", quarter.getStart()),
                Text.of("jp.hps.evidence.cap-required", "month", Duration.ofSeconds(monthCap.seconds()),
                        "quarter", Duration.ofSeconds(quarterCap.seconds())),
                met ? Verdict.EXEMPT : Verdict.NOT_EXEMPT, cite(monthCap));
    }

    private static Evidence healthCheck(ExemptionQuery query, HealthRecord record, LocalDateRange month, long weekLimit, Text condition,
            List<Text> missing) {
        LocalDate on = query.on();
        Parameter threshold = query.parameters().get("jp.hps.health-check.threshold", on);
        long beyond = record.beyondWeekly(month, weekLimit);
        if (beyond <= threshold.seconds()) {
            return new Evidence("selective-measure", condition,
                    Text.of("jp.hps.evidence.check-not-due", "hours", Duration.ofSeconds(beyond), "from", month.getStart()), checkWhen(threshold),
                    Verdict.EXEMPT, cite(threshold));
        }
        LocalDateRange due = LocalDateRange.of(month.getStart(), month.getEnd().plusMonths(1));
        boolean checked = query.attestations().stream().anyMatch(a -> a.subject().equals(HighlyProfessionalSystemTest.HEALTH_CHECK) && a.holds()
                && a.validity().overlaps(due));
        if (!checked) {
            missing.add(Text.of("jp.hps.missing.health-check", "attestation", HighlyProfessionalSystemTest.HEALTH_CHECK,
                    "from", due.getStart(), "to", due.getEndInclusive()));
        }
        return new Evidence("selective-measure", condition, checked
                ? Text.of("jp.hps.evidence.checked", "hours", Duration.ofSeconds(beyond), "from", month.getStart())
                : Text.of("jp.hps.evidence.not-checked", "hours", Duration.ofSeconds(beyond), "from", month.getStart()),
                checkWhen(threshold), checked ? Verdict.EXEMPT : Verdict.INDETERMINATE,
                cite(threshold));
    }

    private static Text checkWhen(Parameter threshold) {
        return Text.of("jp.hps.evidence.check-required", "hours", Duration.ofSeconds(threshold.seconds()));
    }

    /** The selective measures a resolution may choose, as a threshold. */
    static Text oneOfTheKinds() {
        return Text.of("jp.hps.evidence.one-of", "kinds", String.join(", ", KINDS));
    }

    private static Citation cite(Parameter row) {
        return row.citation();
    }
}
