package org.worktime.us.rules;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * California Labor Code 510(a), for a workplace with {@code us.state=CA}: 1.5 times the regular rate over 8 hours in a
 * workday and over 40 (non-overtime) hours in the workweek, and for the first 8 hours of the seventh consecutive day of
 * work in the workweek; 2 times over 12 hours in a workday and over 8 on the seventh day. An hour is paid once, in its
 * highest band. A salary is deemed to pay 40 hours (515(d)); flat-sum bonuses are divided by non-overtime hours
 * (Alvarado). The workday starts at the workweek's start hour. The higher of this amount and the FLSA's is paid.
 */
@LegalRule(
        id = "US-CA-LC-510",
        law = "California Labor Code",
        article = "510(a); 515(d)",
        effectiveFrom = "2000-01-01",
        version = "AB 60 (1999); Alvarado v. Dart Container (Cal. 2018)",
        source = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=510")
public final class CaliforniaOvertimeRule implements PayRule {

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        String id = info().id();
        for (WeekPay.Result r : WeekPay.of(context)) {
            WeekPay.linesOf(r, id).forEach(lines);
        }
    }
}
