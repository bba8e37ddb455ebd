package org.worktime.us.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Penalty;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.us.Usd;

/**
 * What unpaid overtime exposes an employer to under the FLSA, from the {@code us.penalty.*} rows in force: the back pay,
 * an equal amount as liquidated damages (29 USC 216(b); a court may reduce it for good faith, 29 USC 260), the civil
 * money penalty for repeated or willful violations (29 CFR 578.3), and the limitation period (29 USC 255).
 */
final class UsPenalties {

    private static final String CMP = "us.penalty.cmp-max";

    private UsPenalties() {
    }

    private static Optional<Parameter> latest(EmployeeContext context) {
        return context.parameters().history(CMP).stream().max(java.util.Comparator.comparing(p -> p.effective().getStart()));
    }

    /** The penalty for a finding of unpaid minimum wages: the same liability as for overtime (29 USC 216(b)). */
    static Penalty unpaidWages(EmployeeContext context, Money unpaid, LocalDate date) {
        return unpaidOvertime(context, unpaid, date);
    }

    /**
     * The exposure for an unpaid amount owed for a date. Back pay and damages follow the week worked; the civil money
     * penalty is the amount in force when it is assessed (29 CFR 578.3, adjusted each January for inflation), read here
     * on the evaluation's as-of date; without one, the latest amount on record is shown as such.
     */
    static Text ifUnpaid(EmployeeContext context, Money amount, LocalDate date) {
        BigDecimal multiple = context.findParameter("us.penalty.liquidated-multiple", date).map(Parameter::decimal).orElse(BigDecimal.ONE);
        BigDecimal damages = amount.getAmount().multiply(multiple);
        String limitation = context.findParameter("us.penalty.limitation", date).map(Parameter::text).orElse("2 years, 3 years if willful");
        Optional<LocalDate> assessed = context.asOfDate();
        Optional<Parameter> cmp = assessed.isPresent() ? context.findParameter(CMP, assessed.get()) : latest(context);
        String when = assessed.map(d -> "the amount in force on " + d + ", the as-of date").orElse("the latest amount on record; the"
                + " penalty is the one in force when assessed (give --as-of)");
        String cmpEn = cmp.map(p -> "; if repeated or willful, a civil money penalty up to " + Usd.text(p.money()) + " per violation ("
                + p.citation().shortText() + ", in force from " + p.effective().getStart() + ": " + when + ")").orElse("");
        String cmpKo = cmp.map(p -> "; 반복·고의 위반 시 위반 1건당 최대 " + Usd.text(p.money()) + "의 민사 제재금 (" + p.citation().shortText()
                + ", " + assessed.map(d -> d + " 기준").orElse("부과 시점 금액; 기록상 최신") + ")").orElse("");
        return Text.legacy("If unpaid: back pay " + Usd.text(amount) + " and an equal " + Usd.text(damages)
                        + " as liquidated damages (29 USC 216(b))" + cmpEn + "; claims run " + limitation + " (29 USC 255(a)).",
                "미지급 시: 체불액 " + Usd.text(amount) + " 및 동액 " + Usd.text(damages) + "의 부가배상금 (29 USC 216(b))" + cmpKo
                        + "; 소멸시효 2년, 고의 시 3년 (29 USC 255(a)).");
    }

    /** The penalty for a finding of unpaid overtime. */
    static Penalty unpaidOvertime(EmployeeContext context, Money unpaid, LocalDate date) {
        Text exposure = ifUnpaid(context, unpaid, date);
        String criminal = context.findParameter("us.penalty.criminal", date).map(Parameter::text).orElse("");
        return new Penalty(new Citation("Fair Labor Standards Act", "s.16(b) (29 USC 216(b)); 29 CFR 578.3", "",
                "https://www.law.cornell.edu/uscode/text/29/216"), exposure,
                Text.legacy(criminal.isEmpty() ? "" : "Willful violations: " + criminal + " (29 USC 216(a)).",
                        criminal.isEmpty() ? "" : "고의 위반: 벌금 최대 USD 10,000, 재범 시 6개월 이하 징역 (29 USC 216(a))."));
    }
}
