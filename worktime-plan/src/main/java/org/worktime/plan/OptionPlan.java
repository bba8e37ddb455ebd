package org.worktime.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Shift;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Text;
import org.worktime.core.pay.PayLine;

/**
 * The planner's answer for one option.
 *
 * @param option           the arrangement
 * @param fits             whether the plan reaches the work asked for (every plan emitted is lawful, whether it fits or not)
 * @param targetSeconds    the work asked for, in total over the team and window
 * @param plannedSeconds   the work planned, in total
 * @param hoursByEmployee  planned seconds per employee id, in team order
 * @param shifts           the planned shifts ({@link Shift.Origin#PLANNED}, notified on the plan's date)
 * @param agreements       the agreements the option adds to the workplace (to sign), in the dataset's own form
 * @param paperwork        what the option needs, on file or with its deadline
 * @param premium          the premium pay of the plan by currency, from the engine's pay rules
 * @param payLines         the engine's pay lines of the plan in the window
 * @param warnings         the engine's warnings and indeterminate answers on the plan: health measures triggered, an
 *                         arrangement that does not hold, what the data cannot decide
 * @param violationsLeft   violations the engine still finds on the emitted plan (always empty: the planner removes
 *                         hours until there are none; kept so that a caller can verify it)
 * @param restAfter        the rest owed or scheduled after the crunch (compensatory leave, an averaging unit's light weeks)
 * @param shortfall        what would close the gap when the work does not fit; empty when it fits
 * @param notes            how the plan was made: the ceilings used, hours the engine made the planner remove
 * @param solveMillis      the time the solver took (Timefold and the engine's checks), for information only
 * @param score            Timefold's score of the roster before the engine's checks
 * @param policy           the policy file's regime of a {@link PlanOption#POLICY} option, else null
 * @param covered          under a policy: the team members it covers (the lifted rules do not bind them, its health
 *                         measures do); empty otherwise
 */
public record OptionPlan(PlanOption option, boolean fits, long targetSeconds, long plannedSeconds, Map<String, Long> hoursByEmployee,
        List<Shift> shifts, List<Agreement> agreements, List<Paperwork> paperwork, Map<CurrencyUnit, Money> premium,
        List<PayLine> payLines, List<Finding> warnings, List<Finding> violationsLeft, List<Text> restAfter, List<Text> shortfall,
        List<Text> notes, long solveMillis, String score, PolicyOption policy, List<String> covered) {

    /** An option that is not a policy's. */
    public OptionPlan(PlanOption option, boolean fits, long targetSeconds, long plannedSeconds, Map<String, Long> hoursByEmployee,
            List<Shift> shifts, List<Agreement> agreements, List<Paperwork> paperwork, Map<CurrencyUnit, Money> premium,
            List<PayLine> payLines, List<Finding> warnings, List<Finding> violationsLeft, List<Text> restAfter, List<Text> shortfall,
            List<Text> notes, long solveMillis, String score) {
        this(option, fits, targetSeconds, plannedSeconds, hoursByEmployee, shifts, agreements, paperwork, premium, payLines, warnings,
                violationsLeft, restAfter, shortfall, notes, solveMillis, score, null, List.of());
    }

    public OptionPlan {
        Objects.requireNonNull(option, "option");
        if ((option == PlanOption.POLICY) != (policy != null)) {
            throw new IllegalArgumentException("a policy option has its policy, and only it: " + option);
        }
        covered = List.copyOf(covered == null ? List.of() : covered);
        hoursByEmployee = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hoursByEmployee));
        shifts = List.copyOf(shifts);
        agreements = List.copyOf(agreements);
        paperwork = List.copyOf(paperwork);
        premium = Map.copyOf(premium);
        payLines = List.copyOf(payLines);
        warnings = List.copyOf(warnings);
        violationsLeft = List.copyOf(violationsLeft);
        restAfter = List.copyOf(restAfter);
        shortfall = List.copyOf(shortfall);
        notes = List.copyOf(notes);
    }

    /** The option's id: {@code kr-ordinary}, or {@code policy:<id>} for a policy file's regime. */
    public String id() {
        return policy == null ? option.id() : policy.id();
    }

    /** The option's title, from the catalog (a policy's with its own name). */
    public Text title() {
        return policy == null ? option.title() : policy.title();
    }

    /** {@code planned - target}: negative when short. */
    public long differenceSeconds() {
        return plannedSeconds - targetSeconds;
    }

    /** The same answer with the shortfall's remedies. */
    OptionPlan withShortfall(List<Text> remedies) {
        return new OptionPlan(option, fits, targetSeconds, plannedSeconds, hoursByEmployee, shifts, agreements, paperwork, premium, payLines,
                warnings, violationsLeft, restAfter, remedies, notes, solveMillis, score, policy, covered);
    }
}
