package org.worktime.jp.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Art. 36(6)(iii): overtime plus statutory-holiday work averages at most 80 hours a month over every window of 2, 3, 4,
 * 5 and 6 consecutive months (2～6か月平均80時間以内): an average of exactly 80.0 h passes, 80.5 h fails. The windows
 * end in each month of the evaluated weeks and look back across the start of the agreement year, into the previous
 * agreement's months (C2.6), on the grid of the agreement in force in the window's last month. Months outside the
 * evaluated weeks count as nothing, so a window is reported only when the known hours already break the cap: give the
 * five months before the first month to be judged. One finding per ending month: the window with the highest average.
 */
@LegalRule(
        id = "JP-LSA-36-6-3",
        law = "Labor Standards Act (Japan)",
        article = "Art. 36(6)(iii)",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018",
        source = "https://chiba-hatarakikata.com/column/1104/")
public final class AverageCapRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        StatutoryHours hours = JpFacts.of(context).hours();
        LocalDateRange period = context.period();
        LocalDate d = period.getStart();
        while (d.isBefore(period.getEnd())) {
            MonthGrid grid = Art36Agreement.gridOn(context, d);
            LocalDateRange last = grid.monthOf(d);
            LocalDate on = last.getStart().isBefore(d) ? d : last.getStart();
            if (Art36Agreement.reformInForce(context, on) && Art36Agreement.capsApply(context, on)) {
                judge(context, grid, last, on, hours, findings);
            }
            d = last.getEnd();
        }
    }

    private void judge(EmployeeContext context, MonthGrid grid, LocalDateRange last, LocalDate on, StatutoryHours hours,
            Consumer<Finding> findings) {
        Parameter cap = context.parameter("jp.lsa36.average-cap", on);
        int min = context.parameter("jp.lsa36.average-window-min", on).integer();
        int max = context.parameter("jp.lsa36.average-window-max", on).integer();
        long total = hours.overtime(last) + hours.holiday(last);
        LocalDateRange worst = null;
        long worstTotal = 0;
        int worstMonths = 0;
        for (int k = 2; k <= max; k++) {
            LocalDateRange month = grid.monthAt(last.getStart(), -(k - 1));
            total += hours.overtime(month) + hours.holiday(month);
            if (k < min) {
                continue;
            }
            // Exact comparison in seconds: total / k > cap  <=>  total > cap x k.
            boolean fails = total > cap.seconds() * k;
            if (fails && (worst == null || total * worstMonths > worstTotal * k)) {
                worst = LocalDateRange.of(month.getStart(), last.getEnd());
                worstTotal = total;
                worstMonths = k;
            }
        }
        if (worst == null) {
            return;
        }
        long average = worstTotal / worstMonths;
        BigDecimal averageHours = BigDecimal.valueOf(worstTotal).divide(BigDecimal.valueOf(3600L * worstMonths), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        findings.accept(RuleSupport.violation(context, info(), worst, Measure.seconds(average), Measure.seconds(cap.seconds()),
                RuleSupport.citation(info(), cap), Penalties.art119(context, on), Text.of(
                        "jp.average-cap.violation", "average", averageHours, "months", worstMonths, "from", worst.getStart(),
                        "to", worst.getEndInclusive(), "total", Duration.ofSeconds(worstTotal), "cap", Duration.ofSeconds(cap.seconds()))));
    }
}
