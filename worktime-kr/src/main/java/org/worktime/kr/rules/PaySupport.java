package org.worktime.kr.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.MoneyRounding;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.RuleInfo;

/** Builds Korean pay lines: one rounding per line, the citation of the row in force, the exposure if unpaid. */
final class PaySupport {

    private PaySupport() {
    }

    static PayLine line(EmployeeContext context, RuleInfo info, LocalDateRange period, String kind, long seconds,
            BigDecimal multiplier, Parameter source) {
        LocalDate date = period.getStart();
        BigMoney base = context.employee().wage().hourly();
        RoundingMode mode = context.parameter("kr.pay.rounding", date).roundingMode();
        Money amount = MoneyRounding.amount(base, multiplier, seconds, mode);
        Penalty exposure = KoreanPenalties.wage(context, date);
        Text note = Text.of(
                "If unpaid: " + exposure.citation().shortText() + ", " + exposure.summary().en() + "; " + exposure.note().en() + ".",
                "미지급 시: " + exposure.citation().shortText() + ", " + exposure.summary().ko() + "; " + exposure.note().ko() + ".");
        return new PayLine(context.employeeId(), period, kind, seconds, multiplier, base, amount, info.id(),
                source == null ? info.citation() : RuleSupport.citation(info, source), note);
    }

    /** Whether the employee has a wage to pay from; without one the minimum-wage rule reports "indeterminate". */
    static boolean hasWage(EmployeeContext context) {
        return context.employee().wage() != null;
    }
}
