package org.worktime.jp.rules;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 32-3-2: a worker under flextime with a settlement period over one month who joined or left within it is settled
 * over the part worked: the hours beyond 40 h a week on average, not already overtime (the monthly 50-hour segments), are
 * paid "as under Art. 37" at the whole rate of 1.25, one line on the last day of that part. As with Art. 32-4-2
 * ({@link VariableSettlementRule}) they are not overtime. Settlement periods of one month are settled as usual.
 */
@LegalRule(
        id = "JP-LSA-32-3-2",
        law = "Labor Standards Act (Japan)",
        article = "Art. 32-3-2",
        effectiveFrom = "2019-04-01",
        version = "Act No. 71 of 2018",
        source = "https://www.ark-outsourcing.com/news/detail_58.html")
public final class FlextimeSettlementRule implements PayRule {

    public static final String KIND = "FLEXTIME_SETTLEMENT";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (PaySupport.hasWage(context)) {
            VariableSettlementRule.emit(context, info(), Arrangement.FLEXTIME, KIND, lines);
        }
    }
}
