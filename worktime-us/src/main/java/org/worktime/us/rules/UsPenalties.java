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

/**
 * What unpaid overtime exposes an employer to under the FLSA, from the {@code us.penalty.*} rows in force: the back pay,
 * an equal amount as liquidated damages (29 USC 216(b); a court may reduce it for good faith, 29 USC 260), the civil
 * money penalty for repeated or willful violations (29 CFR 578.3), and the limitation period (29 USC 255).
 */
final class UsPenalties {

    private static final String CMP = "us.penalty.cmp-max";

    private UsPenalties() {
    }

    /** The latest civil money penalty on record: the same for every line of an evaluation, so looked up once. */
    private static Optional<Parameter> latest(EmployeeContext context) {
        return context.memo(LatestCmp.class, k -> context.parameters().history(CMP).stream()
                .max(java.util.Comparator.comparing(p -> p.effective().getStart())));
    }

    /** The key of {@link #latest} in the context's memo. */
    private record LatestCmp() {
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
        Money damages = amount.multipliedBy(multiple, java.math.RoundingMode.HALF_UP);
        // The row's words are English data; the Korean and Japanese patterns say the same periods in their own words.
        String limitation = context.findParameter("us.penalty.limitation", date).map(Parameter::text).orElse("2 years, 3 years if willful");
        Optional<LocalDate> assessed = context.asOfDate();
        Optional<Parameter> cmp = assessed.isPresent() ? context.findParameter(CMP, assessed.get()) : latest(context);
        Text when = assessed.map(d -> Text.of("us.penalty.cmp.when-as-of", "date", d)).orElse(Text.of("us.penalty.cmp.when-latest"));
        Text cmpText = cmp.map(p -> Text.of("us.penalty.cmp", "max", p.money(), "citation", p.citation(), "from", p.effective().getStart(),
                "when", when)).orElse(Text.empty());
        return Text.of("us.penalty.if-unpaid", "amount", amount, "damages", damages, "cmp", cmpText, "limitation", limitation);
    }

    /** The penalty for a finding of unpaid overtime. */
    static Penalty unpaidOvertime(EmployeeContext context, Money unpaid, LocalDate date) {
        Text exposure = ifUnpaid(context, unpaid, date);
        String criminal = context.findParameter("us.penalty.criminal", date).map(Parameter::text).orElse("");
        return new Penalty(new Citation("Fair Labor Standards Act", "s.16(b) (29 USC 216(b)); 29 CFR 578.3", "",
                "https://www.law.cornell.edu/uscode/text/29/216"), exposure,
                criminal.isEmpty() ? Text.empty() : Text.of("us.penalty.criminal", "criminal", criminal));
    }
}
