package org.worktime.us.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Earning;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;
import org.worktime.us.EarningKinds;
import org.worktime.us.Usd;

/**
 * FLSA s.16(b): an employer who does not pay the overtime owed is liable for it and an equal amount as liquidated
 * damages; a repeated or willful violation adds a civil money penalty (29 CFR 578.3). For each workweek for which the
 * payroll records the overtime actually paid (earnings of kind {@code paid.overtime} earned within the week; an employee
 * with {@code us.payroll.records_overtime=true} is taken to have been paid nothing in a week without one), the rule
 * compares it with what the pack's pay rules owe for the week and reports any shortfall with its exposure. Weeks
 * without a payroll record are not judged: the engine cannot tell paid from unpaid.
 */
@LegalRule(
        id = "US-FLSA-16B",
        law = "Fair Labor Standards Act",
        article = "s.16(b) (29 USC 216(b)); 29 CFR 578.3",
        effectiveFrom = "1938-10-24",
        version = "29 USC 216 (as amended); civil money penalties 2025 adjustment",
        source = "https://www.law.cornell.edu/uscode/text/29/216")
public final class UnpaidOvertimeRule implements LimitRule {

    public static final String RECORDS_OVERTIME = "us.payroll.records_overtime";

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        boolean recordsAll = Boolean.parseBoolean(context.employee().attributes().getOrDefault(RECORDS_OVERTIME, "false"));
        List<PayLine> owedLines = new ArrayList<>();
        for (WeekPay.Result r : WeekPay.of(context)) {
            owedLines.addAll(WeekPay.linesOf(r, "US-FLSA-7A"));
            owedLines.addAll(WeekPay.linesOf(r, "US-FLSA-778-114"));
            owedLines.addAll(WeekPay.linesOf(r, "US-CA-LC-510"));
        }
        new MultiWeekBonusRule().pay(context, owedLines::add);
        // Each line's amount summed to its week once (exact sums: the order of the additions does not matter).
        java.util.Map<LocalDateRange, BigDecimal> owedByWeek = new java.util.HashMap<>();
        for (PayLine l : owedLines) {
            owedByWeek.merge(l.period(), BigDecimal.ZERO.add(l.amount().getAmount()), BigDecimal::add);
        }
        for (WeekPay.Result r : WeekPay.of(context)) {
            LocalDateRange week = r.week().dates();
            BigDecimal owed = owedByWeek.getOrDefault(week, BigDecimal.ZERO);
            BigDecimal paid = BigDecimal.ZERO;
            boolean recorded = recordsAll;
            for (Earning e : context.earnings()) {
                if (e.isKind(EarningKinds.PAID_OVERTIME) && week.encloses(e.earnedOver())) {
                    paid = paid.add(e.amount().getAmount());
                    recorded = true;
                }
            }
            if (!recorded || paid.compareTo(owed) >= 0) {
                continue;
            }
            Money shortfall = Money.of(r.currency(), owed.subtract(paid));
            findings.accept(new Finding(context.employeeId(), info().id(), info().title(), Severity.VIOLATION, week,
                    Measure.money(Money.of(r.currency(), paid)), Measure.money(Money.of(r.currency(), owed)), info().citation(),
                    UsPenalties.unpaidOvertime(context, shortfall, week.getStart()),
                    Text.of("us.unpaid-overtime", "week", week.getStart(), "paid", Usd.money(paid), "owed", Usd.money(owed),
                            "shortfall", Usd.money(shortfall)),
                    Basis.ACTUAL));
        }
    }
}
