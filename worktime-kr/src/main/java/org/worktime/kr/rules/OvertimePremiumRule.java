package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 56(1): extended work is paid at 1.5 times the hourly ordinary wage. The hours are the union of hours
 * beyond 8 in a day and beyond 40 in the week, never counted twice, even in a week under 40 or within 52
 * (kr.md 4.1.5). Holiday hours are never also overtime (Art. 56(2) pays them) and do not count toward the 40,
 * but they do count toward the day's 8 when a shift runs on past midnight into an ordinary day. The line is
 * the whole 1.5: extended hours are not paid by the contractual wage. For a minor the thresholds are Art. 69's
 * 7 hours a day and 35 a week, whose proviso hours Art. 56(1) names as extended work.
 */
@LegalRule(
        id = "KR-LSA-56-1",
        law = "Labor Standards Act",
        article = "Art. 56(1)",
        effectiveFrom = "2011-07-01",
        version = "Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class OvertimePremiumRule implements PayRule {

    public static final String KIND = "OVERTIME";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        for (LocalDate weekStart : context.weekStarts()) {
            if (!Applicability.of(context, Applicability.ART56, weekStart, true).applies()
                    || SelectiveArrangement.validOn(context, weekStart).isPresent()) {
                continue; // under selective hours the settlement period decides overtime (KR-LSA-52-PAY)
            }
            // A minor's extended work begins after 7 h a day and 35 h a week (Art. 69; Art. 56(1) names its proviso);
            // under a valid flexible arrangement, after the hours it schedules (Art. 51).
            long[] dayLimits = Thresholds.dayLimits(context, weekStart);
            long weekLimit = Thresholds.weekLimit(context, weekStart);
            long[] overtime = WeekHours.overtimeByDay(context, weekStart, dayLimits, weekLimit, WeekHours.HolidayCounting.PREMIUM);
            for (int d = 0; d < 7; d++) {
                if (overtime[d] == 0) {
                    continue;
                }
                LocalDate date = weekStart.plusDays(d);
                Parameter multiplier = context.parameter("kr.lsa56.overtime-multiplier", date);
                lines.accept(PaySupport.line(context, info(), RuleSupport.day(date), KIND, overtime[d], multiplier.decimal(), multiplier));
            }
        }
    }
}
