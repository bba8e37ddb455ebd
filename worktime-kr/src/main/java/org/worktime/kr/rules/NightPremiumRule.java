package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 56(3): work between 22:00 and 06:00 earns 0.5 times the hourly ordinary wage on top of whatever the
 * hour is otherwise paid (regular, overtime or holiday), so overtime at night is 2.0 in all. Lines are per
 * work day (a night shift counts to the day it started). Workers excluded under Art. 63 keep it (the
 * prevailing view, kr.md 5.2.3, uncertain there).
 */
@LegalRule(
        id = "KR-LSA-56-3",
        law = "Labor Standards Act",
        article = "Art. 56(3)",
        effectiveFrom = "1997-03-13",
        version = "Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class NightPremiumRule implements PayRule {

    public static final String KIND = "NIGHT";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        for (LocalDate date : context.dates()) {
            long night = context.ledger().nightOn(date);
            if (night == 0 || !Applicability.of(context, Applicability.ART56, date, false).applies()) {
                continue;
            }
            Parameter premium = context.parameter("kr.lsa56.night-premium", date);
            lines.accept(PaySupport.line(context, info(), RuleSupport.day(date), KIND, night, premium.decimal(), premium));
        }
    }
}
