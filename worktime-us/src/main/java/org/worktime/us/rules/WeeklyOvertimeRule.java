package org.worktime.us.rules;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * FLSA s.7(a): hours over 40 in the employer's fixed workweek are paid at 1.5 times the regular rate; there is no
 * federal daily overtime and weeks are never averaged. The regular rate is worked out in {@link WeekPay}: hourly
 * (several rates weighted, 778.115), salaried for fixed hours (778.113, with straight time for hours between those the
 * salary covers and 40, 778.322), piece rates, commissions, shift differentials and non-discretionary bonuses of the
 * week; s.7(e) exclusions stay out. Exempt employees get no line; in California the higher of the two laws is paid.
 */
@LegalRule(
        id = "US-FLSA-7A",
        law = "Fair Labor Standards Act",
        article = "s.7(a)(1); 29 CFR 778.107-778.115, 778.322",
        effectiveFrom = "1938-10-24",
        version = "29 USC 207; 29 CFR Part 778 (2011 text, 2019-2020 regular-rate revisions)",
        source = "https://www.law.cornell.edu/cfr/text/29/778.107")
public final class WeeklyOvertimeRule implements PayRule {

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        String id = info().id();
        for (WeekPay.Result r : WeekPay.of(context)) {
            WeekPay.linesOf(r, id).forEach(lines);
        }
    }
}
