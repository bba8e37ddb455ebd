package org.worktime.us.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * California wage orders s.12 and Labor Code 226.7: a paid 10-minute rest period per 4 hours worked or major fraction,
 * not required under 3.5 hours. Rest periods are paid time and are not punched, so the data cannot show them: a missed
 * rest period is an attested fact ({@code us.ca.rest_period_missed}, holding for the workday). Such a workday of at
 * least 3.5 hours is owed one additional hour of pay at the regular rate, at most one per workday.
 */
@LegalRule(
        id = "US-CA-LC-226-7-REST",
        law = "California Labor Code",
        article = "226.7; IWC wage orders s.12",
        effectiveFrom = "2001-01-01",
        version = "Labor Code 226.7 (2000); Ferra v. Loews (Cal. 2021)",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=226.7")
public final class RestPeriodPremiumRule implements PayRule {

    public static final String KIND = "CA_REST_PREMIUM";
    public static final String MISSED = "us.ca.rest_period_missed";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!org.worktime.us.UsAttributes.isCalifornia(context.workplace())) {
            return;
        }
        for (WeekPay.Result r : WeekPay.of(context)) {
            if (r.californiaRate() == null) {
                continue;
            }
            long[] day = r.week().daySeconds();
            for (int d = 0; d < 7; d++) {
                LocalDate date = r.week().startDate().plusDays(d);
                var missed = context.attestation(MISSED, date).filter(a -> a.holds());
                if (missed.isEmpty() || day[d] < context.parameter("us.ca.rest.min-day", date).seconds()) {
                    continue;
                }
                long premium = context.parameter("us.ca.lc226-7.premium", date).seconds();
                lines.accept(UsPay.line(context, info(), LocalDateRange.ofClosed(date, date), KIND, premium, BigDecimal.ONE,
                        UsPay.rate(context, r.currency(), r.californiaRate(), date),
                        Text.of("us.pay.note.rest-premium", "date", date, "by", missed.get().attestedBy(), "worked",
                                UsPay.duration(day[d]))));
            }
        }
    }
}
