package org.worktime.us.rules;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * 29 CFR 778.114: a fixed salary for all hours of a fluctuating workweek. Used only for a salaried employee whose
 * conditions (fluctuating hours, fixed salary, clear mutual understanding, premium paid) are attested with
 * {@code us.fww.conditions} for the week, and only when the salary reaches the minimum wage for every hour. The regular
 * rate is the salary plus other non-excluded pay over the hours worked, and each hour over 40 is owed half of it.
 * California does not take the method: there the Labor Code 515(d) reading is compared and the higher paid.
 */
@LegalRule(
        id = "US-FLSA-778-114",
        law = "29 CFR",
        article = "778.114",
        effectiveFrom = "2020-08-07",
        version = "85 FR 34970 (2020-06-08), effective 2020-08-07",
        source = "https://www.law.cornell.edu/cfr/text/29/778.114")
public final class FluctuatingWorkweekRule implements PayRule {

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        String id = info().id();
        for (WeekPay.Result r : WeekPay.of(context)) {
            WeekPay.linesOf(r, id).forEach(lines);
        }
    }
}
