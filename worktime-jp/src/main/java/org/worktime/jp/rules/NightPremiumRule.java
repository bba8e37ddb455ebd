package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 37(4): work between 22:00 and 05:00 earns 0.25 times the hourly base on top of whatever the hour is otherwise
 * paid, so 1.50 with overtime, 1.75 with overtime beyond 60 h, 1.60 with statutory-holiday work (C3.6). Due to Art. 41
 * managers too (C3.9); not to a worker covered by the Highly Professional System. Lines are per work day (a night
 * shift counts to the day it started).
 */
@LegalRule(
        id = "JP-LSA-37-4",
        law = "Labor Standards Act (Japan)",
        article = "Art. 37(4)",
        effectiveFrom = "1947-09-01",
        version = "Act No. 49 of 1947",
        source = "https://www.tokyointernational.jp/12-working-hours")
public final class NightPremiumRule implements PayRule {

    public static final String KIND = "NIGHT";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        Coverage coverage = JpFacts.of(context).coverage();
        PaySupport.forEachMonth(context, month -> {
            PaySupport.MonthTotal total = new PaySupport.MonthTotal();
            for (LocalDate date = month.getStart(); date.isBefore(month.getEnd()); date = date.plusDays(1)) {
                if (coverage.nightPremiumApplies(date)) {
                    total.add(date, context.ledger().nightOn(date));
                }
            }
            total.emit(context, info(), KIND, "jp.lsa37.night-premium", lines);
        });
    }
}
