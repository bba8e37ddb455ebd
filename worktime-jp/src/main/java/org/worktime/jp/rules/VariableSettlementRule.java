package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 32-4-2: a worker under one-year variable hours who joined or left within the period worked the schedule's busy
 * weeks without its quiet ones (or the reverse); the hours beyond 40 h a week on average over the part worked, not already
 * overtime, are paid "as under Art. 37": the whole rate of 1.25 ({@code jp.lsa37.overtime-multiplier}), one line on the
 * last day of that part. {@link WorkingTimeSystem} counts them; they are not overtime (no Art. 36 limit, not in the 60 h).
 */
@LegalRule(
        id = "JP-LSA-32-4-2",
        law = "Labor Standards Act (Japan)",
        article = "Art. 32-4-2",
        effectiveFrom = "1999-04-01",
        version = "Act No. 112 of 1998",
        source = "https://jinseiupup.hatenablog.com/entry/2023/04/14/123604")
public final class VariableSettlementRule implements PayRule {

    public static final String KIND = "VARIABLE_SETTLEMENT";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        emit(context, info(), Arrangement.ONE_YEAR, KIND, lines);
    }

    /** One line at the overtime rate for each day on which a part-period settlement of the arrangement kind falls. */
    static void emit(EmployeeContext context, org.worktime.core.rule.RuleInfo info, String arrangementKind, String kind, Consumer<PayLine> lines) {
        StatutoryHours hours = JpFacts.of(context).hours();
        if (!hours.hasSettlement(arrangementKind)) {
            return; // no part-period settlement of this kind in the record
        }
        for (LocalDate d = context.period().getStart(); d.isBefore(context.period().getEnd()); d = d.plusDays(1)) {
            long seconds = hours.settlementOn(d, arrangementKind);
            if (seconds > 0) {
                lines.accept(PaySupport.line(context, info, LocalDateRange.ofClosed(d, d), kind, seconds,
                        context.parameter("jp.lsa37.overtime-multiplier", d)));
            }
        }
    }
}
