package org.worktime.us.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Findings;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;
import org.worktime.us.UsAttributes;
import org.worktime.us.Usd;
import org.worktime.us.exempt.UsExemptionTests;

/**
 * Labor Code 1182.12 and 1197: in a California workplace, every hour worked is paid at least the state minimum wage in
 * force that day (row {@code us.ca.min-wage}; 2017-2022 by the employer's size), hour by hour, without averaging the
 * week ({@link HourlyFloor}). Employees exempt under the California tests are left out (their salary test is twice the
 * minimum). California's own penalties (Labor Code 1194.2 liquidated damages, 1197.1 civil penalties) are not modelled.
 */
@LegalRule(
        id = "US-CA-LC-1182-12",
        law = "California Labor Code",
        article = "1182.12, 1197",
        effectiveFrom = "2008-01-01",
        version = "Labor Code 1182.12 as amended by AB 10 (2013) and SB 3 (2016), annual adjustments to 2026",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=1182.12&lawCode=LAB")
public final class CaliforniaMinimumWageRule implements LimitRule {

    static final String MINIMUM_WAGE = "us.ca.min-wage";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        if (!UsAttributes.isCalifornia(context.workplace())) {
            return;
        }
        for (Workweek week : Workweek.of(context)) {
            LocalDate date = week.startDate();
            if (week.seconds() == 0 || !info().isEffectiveOn(date)
                    || UsExemptionTests.isExempt(UsState.decision(context, date, UsExemptionTests.CALIFORNIA))) {
                continue;
            }
            WeekInputs in = WeekInputs.of(context, week, week.seconds());
            if (in == null) {
                continue; // no pay on file: US-FLSA-6 says so for the week
            }
            Optional<HourlyFloor.Shortfall> shortfall = HourlyFloor.of(context, week, in,
                    context.parameter("us.ca.lc515d.salary-hours", date).decimal(), day -> Optional.of(context.parameter(MINIMUM_WAGE, day)));
            shortfall.ifPresent(s -> findings.accept(finding(context, this, week, s, Text.of("us.min-wage.what.california"))));
        }
    }

    /** The finding of a week paid below an hourly minimum (shared with the local minimum wage). */
    static Finding finding(EmployeeContext context, LimitRule rule, Workweek week, HourlyFloor.Shortfall s, Text what) {
        return Findings.violation(context, rule.info(), week.dates(), new Measure(s.lowestRate(), s.owed().getCurrencyUnit().getCode()),
                Measure.money(s.minimum().money()), Findings.citation(rule.info(), s.minimum()), null,
                Text.of("us.min-wage.hourly", "below", UsPay.duration(s.secondsBelow()), "week", week.startDate(), "lowest",
                        Usd.money(s.lowestRate()), "what", what, "minimum", s.minimum().money(), "citation", s.minimum().citation(),
                        "owed", s.owed()));
    }
}
