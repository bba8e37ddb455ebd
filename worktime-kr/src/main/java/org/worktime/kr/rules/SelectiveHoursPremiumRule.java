package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Arts 52 and 56(1): under a valid selective arrangement, overtime is what exceeds 40 h a week on average over the
 * settlement period (not the day's 8 or the week's 40), paid at 1.5; for a settlement period over a month, each
 * month of it is settled on its own (Art. 52(2)2), with Art. 56(1) then not applying to those hours. Holiday hours
 * are left out (Art. 56(2) pays them). One line per slice that exceeds; a slice still running is settled on the
 * hours so far.
 */
@LegalRule(
        id = "KR-LSA-52-PAY",
        law = "Labor Standards Act",
        article = "Art. 52(2)2; Art. 56(1)",
        effectiveFrom = "2004-07-01",
        version = "Act No. 17862 (2021-01-05)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class SelectiveHoursPremiumRule implements PayRule {

    public static final String KIND = "SELECTIVE_OVERTIME";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!RuleSupport.hasAny(context, SelectiveArrangement.KIND)) {
            return;
        }
        if (!PaySupport.hasWage(context)) {
            return;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (LocalDate date : context.dates()) {
            Optional<SelectiveArrangement> arrangement = SelectiveArrangement.validOn(context, date);
            if (arrangement.isEmpty()) {
                continue;
            }
            LocalDateRange period = arrangement.get().periodOf(date);
            if (!seen.add(period.getStart()) || !Applicability.of(context, Applicability.ART56, period.getStart(), true).applies()) {
                continue;
            }
            long periodOrdinary = arrangement.get().ordinaryHours(context, period);
            for (LocalDateRange slice : arrangement.get().slices(period)) {
                long ordinary = periodOrdinary * slice.lengthInDays() / period.lengthInDays();
                long worked = context.ledger().workedBetween(slice.getStart(), slice.lengthInDays())
                        - context.ledger().holidayBetween(slice.getStart(), slice.lengthInDays());
                if (worked <= ordinary) {
                    continue;
                }
                Parameter multiplier = arrangement.get().months() > 1
                        ? context.parameter("kr.lsa52.slice-multiplier", slice.getStart())
                        : context.parameter("kr.lsa56.overtime-multiplier", slice.getStart());
                lines.accept(PaySupport.line(context, info(), slice, KIND, worked - ordinary, multiplier.decimal(), multiplier));
            }
        }
    }
}
