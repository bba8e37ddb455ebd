package org.worktime.kr.rules;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.joda.money.BigMoney;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Wage;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * Minimum Wage Act Art. 6(1): a sanity check of the hourly ordinary wage against the minimum wage of each
 * year (a monthly wage divided by its standard hours, e.g. 209). The Act's own test counts the wages it
 * lists (Art. 6(4)), which can differ from the ordinary wage; the finding says so. Applies to every
 * workplace, whatever its size; Art. 63 does not lift it. A year without a row in the data is indeterminate.
 */
@LegalRule(
        id = "KR-MWA-6-1",
        law = "Minimum Wage Act",
        article = "Art. 6(1)",
        effectiveFrom = "2018-01-01",
        version = "MOEL minimum wage notices 2018-2026",
        source = "https://www.law.go.kr/법령/최저임금법")
public final class MinimumWageRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        LocalDateRange period = context.period();
        for (LocalDate sliceStart = period.getStart(); sliceStart.isBefore(period.getEnd());
                sliceStart = sliceStart.withDayOfYear(1).plusYears(1)) {
            LocalDate nextYear = sliceStart.withDayOfYear(1).plusYears(1);
            LocalDateRange slice = LocalDateRange.of(sliceStart, nextYear.isBefore(period.getEnd()) ? nextYear : period.getEnd());
            if (!RuleSupport.employedDuring(context, slice) || !info().isEffectiveOn(sliceStart)) {
                continue;
            }
            Wage wage = context.employee().wage();
            if (wage == null) {
                findings.accept(RuleSupport.indeterminate(context, info(), slice, Text.of("kr.minimum-wage.no-wage")));
                continue;
            }
            Parameter minimum = context.parameter("kr.mwa.hourly", sliceStart);
            BigMoney hourly = wage.hourly();
            if (hourly.compareTo(minimum.money().toBigMoney()) >= 0) {
                continue;
            }
            Money shown = hourly.toMoney(RoundingMode.DOWN);
            findings.accept(RuleSupport.violation(context, info(), slice,
                    new Measure(plain(hourly.getAmount().setScale(2, RoundingMode.DOWN)), hourly.getCurrencyUnit().getCode()),
                    Measure.money(minimum.money()), RuleSupport.citation(info(), minimum), KoreanPenalties.minimumWage(context, sliceStart),
                    Text.of("kr.minimum-wage.below",
                            "hourly", shown, "year", sliceStart.getYear(), "minimum", minimum.money())));
        }
    }

    /** 10000.00 -> 10000 (not 1E+4), 10319.99 stays. */
    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        java.math.BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
