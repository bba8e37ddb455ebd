package org.worktime.kr.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.DayType;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;
import org.worktime.core.pay.PayLine;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.PayRule;

/**
 * Art. 55(2), Decree Art. 30(2): public holidays are paid holidays, phased in by workplace size (300+ from
 * 2020, 30-299 from 2021, 5-29 from 2022; Workers' Day always, under its own act). For an hourly-paid worker
 * a public holiday on a contractual working day is paid at the contractual daily hours; a monthly wage
 * already pays it. Work on the holiday is paid on top, by Art. 56(2).
 */
@LegalRule(
        id = "KR-LSA-55-2-PAY",
        law = "Labor Standards Act",
        article = "Art. 55(2); Decree Art. 30(2)",
        effectiveFrom = "2018-03-20",
        version = "Act No. 15513 (2018-03-20)",
        source = "https://www.law.go.kr/법령/근로기준법")
public final class PublicHolidayPayRule implements PayRule {

    public static final String KIND = "PUBLIC_HOLIDAY_PAY";

    @Override
    public void pay(EmployeeContext context, Consumer<PayLine> lines) {
        if (!PaySupport.hasWage(context) || !context.employee().wage().isHourly()) {
            return;
        }
        ContractualHours contract = context.employee().contractualHours();
        for (LocalDate date : context.dates()) {
            if (context.dayType(date) != DayType.PUBLIC_HOLIDAY || !contract.isWorkday(date.getDayOfWeek())
                    || !context.employee().isEmployedOn(date) || !Applicability.of(context, Applicability.ART55_1, date, true).applies()) {
                continue;
            }
            if (contract.minutesPerWeek() * 60L < context.parameter("kr.lsa18.min-weekly-hours", date).seconds()) {
                continue;
            }
            // The day type already applied the size phase-in (and Workers' Day's own act); cite the row when there is one.
            Parameter paid = context.findParameter("kr.lsa55.public-holidays-paid", date).filter(Parameter::bool).orElse(null);
            lines.accept(PaySupport.line(context, info(), RuleSupport.day(date), KIND, contract.minutesPerDay() * 60L, BigDecimal.ONE, paid));
        }
    }
}
