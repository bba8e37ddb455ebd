package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 51-3: a worker under a flexible arrangement who works only part of a unit period (joins or leaves within
 * it) is paid the Art. 56(1) premium on every hour that, averaged over the part worked, exceeds 40 a week:
 * hours worked in the part, less the hours already paid as overtime (beyond the schedule), less 40 h for each
 * 7 days of the part. The base pay of those hours was paid as scheduled time, so the line is the premium only,
 * 0.5 (kr.md EX-13).
 */
@LegalRule(
        id = "KR-LSA-51-3",
        law = "Labor Standards Act",
        article = "Art. 51-3",
        effectiveFrom = "2018-03-20",
        version = "Act No. 17862 (2021-01-05)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class FlexibleSettlementRule implements PayRule {

    public static final String KIND = "FLEXIBLE_SETTLEMENT";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!RuleSupport.hasAny(context, FlexibleArrangement.TWO_WEEK, FlexibleArrangement.THREE_MONTH, FlexibleArrangement.SIX_MONTH)) {
            return;
        }
        if (!PaySupport.hasWage(context)) {
            return;
        }
        Set<LocalDate> unitsSeen = new HashSet<>();
        for (LocalDate date : context.dates()) {
            Optional<FlexibleArrangement> arrangement = FlexibleArrangement.validOn(context, date);
            if (arrangement.isEmpty()) {
                continue;
            }
            LocalDateRange unit = arrangement.get().unitOf(date);
            if (!unitsSeen.add(unit.getStart())) {
                continue;
            }
            LocalDateRange worked = employedPart(context, unit);
            if (worked == null || worked.equals(unit) || !Applicability.of(context, Applicability.ART56, unit.getStart(), true).applies()) {
                continue;
            }
            int days = worked.lengthInDays();
            long hours = context.ledger().workedBetween(worked.getStart(), days);
            long alreadyOvertime = overtimeIn(context, worked);
            long allowed = context.parameter("kr.lsa51.average-week", unit.getStart()).seconds() * days / 7;
            long excess = hours - alreadyOvertime - allowed;
            if (excess <= 0) {
                continue;
            }
            // Art. 51-3 exists from Act No. 17862 (2021-04-06 for 50+ and public bodies, 2021-07-01 for 5-49): no row, no line.
            var premium = context.findParameter("kr.lsa51-3.premium", worked.getStart());
            if (premium.isEmpty()) {
                continue;
            }
            lines.accept(PaySupport.line(context, info(), worked, KIND, excess, premium.get().decimal(), premium.get()));
        }
    }

    /** The days of the unit on which the employee was employed, or null when none. */
    private static LocalDateRange employedPart(EmployeeContext context, LocalDateRange unit) {
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d = unit.getStart(); d.isBefore(unit.getEnd()); d = d.plusDays(1)) {
            if (context.employee().isEmployedOn(d)) {
                first = first == null ? d : first;
                last = d;
            }
        }
        return first == null ? null : LocalDateRange.ofClosed(first, last);
    }

    /** Hours of the part already paid as overtime: beyond the schedule, by the same count as the overtime rule. */
    private static long overtimeIn(EmployeeContext context, LocalDateRange part) {
        long total = 0;
        for (LocalDate weekStart = context.weekStartOf(part.getStart()); weekStart.isBefore(part.getEnd()); weekStart = weekStart.plusWeeks(1)) {
            long[] overtime = WeekHours.overtimeByDay(context, weekStart, Thresholds.dayLimits(context, weekStart),
                    Thresholds.weekLimit(context, weekStart), WeekHours.HolidayCounting.PREMIUM);
            for (int d = 0; d < 7; d++) {
                if (part.contains(weekStart.plusDays(d))) {
                    total += overtime[d];
                }
            }
        }
        return total;
    }
}
