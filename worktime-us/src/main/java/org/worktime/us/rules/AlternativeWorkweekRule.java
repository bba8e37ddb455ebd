package org.worktime.us.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;
import org.worktime.us.UsAttributes;

/**
 * Labor Code 511: an alternative workweek schedule ({@code US-CA-LC-511} agreement) lets a California employer schedule
 * workdays of up to 10 hours without daily overtime, but only if it was adopted as the law says. For each such agreement
 * covering the employee in the period that fails a condition, this rule warns and names every failed condition; the pay
 * rules then ignore the schedule and pay the ordinary 8-hour day (US-CA-LC-510). A warning, not a violation: the invalid
 * schedule itself is not unpaid pay, and the overtime it leaves owed is in the pay lines. A valid schedule's pay bands
 * (work beyond the scheduled day, on unscheduled days) are computed by US-CA-LC-510 in {@link HourBands#california}.
 */
@LegalRule(
        id = "US-CA-LC-511",
        law = "California Labor Code",
        article = "511; IWC wage orders s.3(B)-(C)",
        effectiveFrom = "2000-01-01",
        version = "AB 60 (1999)",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=511")
public final class AlternativeWorkweekRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!UsAttributes.isCalifornia(context.workplace())) {
            return;
        }
        LocalDateRange period = context.period();
        for (Agreement a : context.workplace().agreementsOfKind(AlternativeWorkweek.KIND)) {
            if (!a.validity().overlaps(period) || !a.employees().isEmpty() && !a.employees().contains(context.employeeId())) {
                continue;
            }
            LocalDateRange part = a.validity().intersection(period);
            // Judged on the last day of the part: a report not yet late on the first day may be by then.
            LocalDate on = part.getEndInclusive();
            if (!info().isEffectiveOn(on)) {
                continue;
            }
            AlternativeWorkweek aws = AlternativeWorkweek.judge(context, a, on);
            if (aws.valid()) {
                continue;
            }
            findings.accept(Findings.warning(context, info(), part, null, null, info().citation(),
                    Text.of("us.aws.invalid", "schedule", aws.scheduleText(), "failures", inTurn(aws.failures()))));
        }
    }

    /** The failed conditions one after another: a semicolon between them in English, a full stop in Japanese. */
    private static Text inTurn(List<Text> failures) {
        Text all = failures.get(0);
        for (int i = 1; i < failures.size(); i++) {
            all = Text.of("us.aws.failures", "first", all, "then", failures.get(i));
        }
        return all;
    }
}
