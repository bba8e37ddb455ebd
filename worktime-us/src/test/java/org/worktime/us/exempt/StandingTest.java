package org.worktime.us.exempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.worktime.core.domain.Wage;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.exempt.Eligibility;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.rule.ExemptionTest;
import org.worktime.core.testing.Scenario;

/**
 * The verdict-only path the pay and limit rules take ({@link UsExemptionTests#standing}) gives, for every week of every
 * employee, the same verdicts and missing items as the full decision the exempt command shows, with the per-query and
 * per-employee memo open in both.
 */
class StandingTest {

    private static Scenario staff(Scenario s) {
        return s.employee("HOURLY", e -> e.hourly("USD", new BigDecimal("18.50")))
                .employee("LOW", e -> e.hourly("USD", new BigDecimal("7.00")))
                .employee("MONTHLY", e -> e.wage(new Wage.Monthly(Money.of(CurrencyUnit.USD, new BigDecimal("2200.00")), BigDecimal.valueOf(173))))
                .employee("EXEC", e -> e.salaried("USD", "1500", "WEEK", "40"))
                .attest("EXEC", ExecutiveExemption.DUTIES, "2025-01-01", null)
                .attest("EXEC", CaliforniaWhiteCollarExemption.DUTIES, "2025-01-01", null)
                .employee("HCE", e -> e.salaried("USD", "90000", "YEAR", "40").employed("2025-03-01", null))
                .attest("HCE", HighlyCompensatedExemption.DUTIES, "2025-01-01", null)
                .earning("HCE", "commission", "USD", "12000", "2025-03-01", "2025-12-31")
                .employee("DEDUCTED", e -> e.salaried("USD", "1200", "WEEK", "40"))
                .attest("DEDUCTED", AdministrativeExemption.DUTIES, "2025-01-01", null)
                .earning("DEDUCTED", "deduction.disciplinary", "USD", "-200", "2025-03-10", "2025-03-14")
                .employee("NOWAGE", e -> e.noWage())
                .earning("NOWAGE", "commission", "USD", "900", "2025-03-02", "2025-03-08")
                .dailyShifts("HOURLY", "2025-02-24", 60, "08:00", "18:30", "12:00-12:30")
                .dailyShifts("LOW", "2025-02-24", 30, "09:00", "15:00")
                .dailyShifts("MONTHLY", "2025-02-24", 60, "08:00", "17:00", "12:00-13:00")
                .dailyShifts("EXEC", "2025-02-24", 60, "07:00", "19:00", "12:00-12:30")
                .dailyShifts("HCE", "2025-03-03", 40, "08:00", "18:00")
                .dailyShifts("DEDUCTED", "2025-02-24", 45, "08:00", "17:30", "12:00-12:30")
                .dailyShifts("NOWAGE", "2025-03-02", 12, "10:00", "16:00");
    }

    @Test
    void theVerdictOnlyPathAnswersAsTheFullDecisionInEveryWeek() {
        int weeks = 0;
        java.util.Set<org.worktime.core.exempt.Verdict> seen = java.util.EnumSet.noneOf(org.worktime.core.exempt.Verdict.class);
        for (Scenario s : List.of(staff(Ex.california()), staff(Ex.federal()))) {
            List<EmployeeContext> contexts = new ArrayList<>();
            Engine.of(Ex.PACK).forEachContext(s.dataset(), Evaluation.between(LocalDate.of(2025, 2, 23), LocalDate.of(2025, 4, 26)), contexts::add);
            assertThat(contexts).hasSize(7);
            for (EmployeeContext context : contexts) {
                for (LocalDate week : context.weekStarts()) {
                    for (List<ExemptionTest> tests : List.of(UsExemptionTests.FEDERAL, UsExemptionTests.CALIFORNIA)) {
                        ExemptionQuery query = ExemptionQuery.of(context, week);
                        RegimeDecision full = UsExemptionTests.decide(context, query, tests);
                        RegimeDecision fast = UsExemptionTests.standing(context, query, tests);
                        assertThat(fast.verdict()).as(context.employeeId() + " " + week).isEqualTo(full.verdict());
                        assertThat(fast.tests()).hasSameSizeAs(full.tests());
                        for (int i = 0; i < full.tests().size(); i++) {
                            Eligibility f = full.tests().get(i);
                            Eligibility v = fast.tests().get(i);
                            assertThat(v.test().id()).isEqualTo(f.test().id());
                            assertThat(v.verdict()).as(context.employeeId() + " " + week + " " + f.test().id()).isEqualTo(f.verdict());
                            assertThat(v.missing()).as(context.employeeId() + " " + week + " " + f.test().id()).isEqualTo(f.missing());
                            assertThat(v.evidence().stream().map(e -> e.key() + "=" + e.outcome()).toList())
                                    .isEqualTo(f.evidence().stream().map(e -> e.key() + "=" + e.outcome()).toList());
                        }
                        // And the full decision with the memo open is the decision without it (as the exempt command asks).
                        RegimeDecision plain = org.worktime.core.exempt.Exemptions.decide(query, tests).get(0);
                        assertThat(full).isEqualTo(plain);
                        seen.add(full.verdict());
                        weeks++;
                    }
                }
            }
        }
        assertThat(weeks).isEqualTo(2 * 7 * 9 * 2);
        assertThat(seen).containsExactlyInAnyOrder(org.worktime.core.exempt.Verdict.values());
    }
}
