package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 69: a worker of 15 to 17 works at most 7 hours a day and 35 a week (40 before 2018-07-01), extended by the
 * parties' agreement by at most 1 hour a day and 5 a week (6 before). Arts 50 and 53 do not judge minors; this
 * rule does. A worker whose birth date is unknown and who works beyond 7 hours in a day is reported once as
 * indeterminate: the answer depends on the age. Applies to every workplace (Decree Table 1); Art. 63 lifts it.
 */
@LegalRule(
        id = "KR-LSA-69",
        law = "Labor Standards Act",
        article = "Art. 69",
        effectiveFrom = "1997-03-13",
        version = "Act No. 15513 (2018-03-20), in force 2018-07-01",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class MinorHoursRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        boolean ageUnknownReported = false;
        for (LocalDate date : context.dates()) {
            long worked = context.ledger().workedOn(date);
            if (worked == 0 || !Applicability.of(context, Applicability.ART69, date, true).applies()) {
                continue;
            }
            long limit = context.parameter("kr.lsa69.day-limit", date).seconds();
            Optional<Boolean> minor = Protection.isMinor(context, date);
            if (minor.isEmpty()) {
                if (worked > limit && !ageUnknownReported) {
                    ageUnknownReported = true;
                    findings.accept(RuleSupport.indeterminate(context, info(), RuleSupport.day(date), Text.of("kr.minor.age-unknown",
                            "worked", RuleSupport.duration(worked), "date", date)));
                }
                continue;
            }
            if (!minor.get()) {
                continue;
            }
            long allowed = limit + (agreed(context, date) ? context.parameter("kr.lsa69.day-extension", date).seconds() : 0);
            if (worked > allowed) {
                findings.accept(violation(context, RuleSupport.day(date), worked, allowed, date, Text.of("kr.minor.day",
                        "worked", RuleSupport.duration(worked), "date", date, "allowed", RuleSupport.duration(allowed))));
            }
        }
        for (LocalDate weekStart : context.weekStarts()) {
            if (!Protection.isKnownMinor(context, weekStart) || !Applicability.of(context, Applicability.ART69, weekStart, true).applies()) {
                continue;
            }
            long total = WeekHours.total(context, weekStart, true);
            long allowed = context.parameter("kr.lsa69.week-limit", weekStart).seconds()
                    + (agreed(context, weekStart) ? context.parameter("kr.lsa69.week-extension", weekStart).seconds() : 0);
            if (total > allowed) {
                findings.accept(violation(context, RuleSupport.week(weekStart), total, allowed, weekStart, Text.of("kr.minor.week",
                        "worked", RuleSupport.duration(total), "week", weekStart, "allowed", RuleSupport.duration(allowed))));
            }
        }
    }

    /** The parties' agreement: one made for the minor under Art. 69, or the general extended-work agreement covering them. */
    private static boolean agreed(EmployeeContext context, LocalDate date) {
        return context.hasAgreement(Agreements.MINOR_EXTENSION, date) || context.hasAgreement(Agreements.EXTENDED_WORK, date);
    }

    private Finding violation(EmployeeContext context, LocalDateRange period, long measured, long limit, LocalDate date, Text message) {
        return RuleSupport.violation(context, info(), period, Measure.seconds(measured), Measure.seconds(limit),
                RuleSupport.citation(info(), context.parameter("kr.lsa69.week-limit", date)), KoreanPenalties.hours(context, date), message);
    }
}
