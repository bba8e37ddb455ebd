package org.worktime.us.exempt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.rule.ExemptionTest;

/** The pack's exemption tests, and the question a pay rule asks of them for one week. */
public final class UsExemptionTests {

    public static final List<ExemptionTest> FEDERAL = List.of(
            new ExecutiveExemption(),
            new AdministrativeExemption(),
            new ProfessionalExemption(),
            new ComputerEmployeeExemption(),
            new OutsideSalesExemption(),
            new HighlyCompensatedExemption());

    public static final List<ExemptionTest> CALIFORNIA = List.of(
            new CaliforniaWhiteCollarExemption(),
            new CaliforniaComputerExemption(),
            new CaliforniaPhysicianExemption());

    public static final List<ExemptionTest> ALL;

    static {
        List<ExemptionTest> all = new ArrayList<>(FEDERAL);
        all.addAll(CALIFORNIA);
        ALL = List.copyOf(all);
    }

    private UsExemptionTests() {
    }

    /** The employee's standing under a regime on a date (exempt if any of its tests exempts). */
    public static RegimeDecision decide(EmployeeContext context, LocalDate date, List<ExemptionTest> tests) {
        return decide(context, ExemptionQuery.of(context, date), tests);
    }

    /**
     * The same for a query built from the context ({@code ExemptionQuery.of(context, date)}), with the values its tests
     * share worked out once ({@link QueryMemo}): a rule asking both regimes of a week passes the same query twice.
     */
    public static RegimeDecision decide(EmployeeContext context, ExemptionQuery query, List<ExemptionTest> tests) {
        List<RegimeDecision> decisions = QueryMemo.open(context, query, false, () -> Exemptions.decide(query, tests));
        return decisions.isEmpty() ? null : decisions.get(0);
    }

    /**
     * What a pay or limit rule needs of a week: the regime's verdict, and each test's verdict with the missing items it
     * names, exactly as {@link #decide(EmployeeContext, ExemptionQuery, List)} gives them; the evidence keeps its
     * conditions and outcomes but not all its words, and the tests give no reasons (the {@code exempt} command, which
     * shows them, asks {@link Exemptions#decide} directly). Never for output: read {@link RegimeDecision#verdict()} and
     * the tests' {@link org.worktime.core.exempt.Eligibility#verdict()} and {@link org.worktime.core.exempt.Eligibility#missing()} only.
     */
    public static RegimeDecision standing(EmployeeContext context, ExemptionQuery query, List<ExemptionTest> tests) {
        return QueryMemo.open(context, query, true, () -> firstRegime(query, tests));
    }

    /**
     * {@code Exemptions.decide(query, tests)}'s first decision, without grouping every regime: the tests in force of the
     * first regime met, in their order, each decided as {@link Exemptions#decide(ExemptionTest, ExemptionQuery)} does.
     */
    private static RegimeDecision firstRegime(ExemptionQuery query, List<ExemptionTest> tests) {
        org.worktime.core.exempt.Regime regime = null;
        List<org.worktime.core.exempt.Eligibility> decided = new ArrayList<>(tests.size());
        for (ExemptionTest test : tests) {
            if (test.info().isEffectiveOn(query.on()) && (regime == null || regime.equals(test.regime()))) {
                regime = test.regime();
                decided.add(Exemptions.decide(test, query));
            }
        }
        return regime == null ? null : RegimeDecision.of(query.employeeId(), regime, decided);
    }

    public static boolean isExempt(RegimeDecision decision) {
        return decision != null && decision.verdict() == Verdict.EXEMPT;
    }
}
