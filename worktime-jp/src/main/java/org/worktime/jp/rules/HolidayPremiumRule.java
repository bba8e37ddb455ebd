package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 37(1) with the Cabinet Order: work on the designated statutory holiday is paid at 1.35 times the hourly base,
 * every hour of it (hours beyond 8 on the holiday stay at 1.35: holiday work is not overtime). The holiday is the
 * calendar day 0:00-24:00. Work on a non-statutory day off is not holiday work (JP-LSA-37-1 pays it when it is
 * overtime). One line per month, rounded once. The late-night premium is a separate line, so holiday work at night comes to 1.60.
 */
@LegalRule(
        id = "JP-LSA-37-1-HOLIDAY",
        law = "Labor Standards Act (Japan)",
        article = "Art. 37(1); Cabinet Order on minimum premium rates",
        effectiveFrom = "1994-04-01",
        version = "Cabinet Order No. 5 of 1994",
        source = "https://ameblo.jp/take-kawo")
public final class HolidayPremiumRule implements PayRule {

    public static final String KIND = "HOLIDAY";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context)) {
            return;
        }
        StatutoryHours hours = JpFacts.of(context).hours();
        PaySupport.forEachMonth(context, month -> {
            PaySupport.MonthTotal total = new PaySupport.MonthTotal();
            for (long day = month.getStart().toEpochDay(); day < month.getEnd().toEpochDay(); day++) {
                long holiday = hours.holidayAt(day);
                if (holiday > 0) {
                    total.add(LocalDate.ofEpochDay(day), holiday);
                }
            }
            total.emit(context, info(), KIND, "jp.lsa37.holiday-multiplier", lines);
        });
    }
}
