package org.worktime.us.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Basis;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Measure;
import org.worktime.core.finding.Severity;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.LegalRule;
import org.worktime.core.rule.LimitRule;

/**
 * 29 CFR 785.48(b): rounding punches to the nearest 5 minutes, tenth or quarter of an hour is accepted only if, over
 * time, it does not fail to pay for time actually worked. For a workplace that rounds ({@code us.punch_rounding}), the
 * rule compares the hours as rounded with the hours as punched over the evaluated weeks and warns when rounding took time
 * away on balance; an increment the regulation does not name is not applied at all, and the rule says so.
 */
@LegalRule(
        id = "US-FLSA-785-48",
        law = "29 CFR",
        article = "785.48(b)",
        effectiveFrom = "1961-01-01",
        version = "29 CFR 785.48 (as in force 2026)",
        source = "https://www.law.cornell.edu/cfr/text/29/785.48")
public final class PunchRoundingRule implements LimitRule {

    @Override
    public void check(EmployeeContext context, Consumer<Finding> findings) {
        OptionalInt increment = PunchRounding.configured(context);
        if (increment.isEmpty() || context.timeline().shifts().isEmpty()) {
            return;
        }
        LocalDateRange period = context.period();
        if (!PunchRounding.accepted(context, increment.getAsInt(), period.getStart())) {
            findings.accept(new Finding(context.employeeId(), info().id(), info().title(), Severity.WARNING, period, null, null,
                    info().citation(), null, Text.of("us.punch.increment-not-accepted", "minutes", increment.getAsInt()), Basis.ACTUAL));
            return;
        }
        long rounded = total(PunchRounding.pieces(context));
        long exact = total(PunchRounding.exactPieces(context));
        if (rounded < exact) {
            findings.accept(new Finding(context.employeeId(), info().id(), info().title(), Severity.WARNING, period,
                    Measure.seconds(rounded), Measure.seconds(exact), info().citation(), null,
                    Text.of("us.punch.not-neutral", "increment", increment.getAsInt(), "minutes", minutes(exact - rounded)),
                    Basis.ACTUAL));
        }
    }

    private static long total(List<Piece> pieces) {
        long s = 0;
        for (Piece p : pieces) {
            s += p.seconds();
        }
        return s;
    }

    private static BigDecimal minutes(long seconds) {
        return new BigDecimal(seconds).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
