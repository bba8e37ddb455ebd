package org.worktime.us;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.i18n.Language;
import org.worktime.core.exempt.Exemptions;
import org.worktime.core.exempt.RegimeDecision;
import org.worktime.core.testing.Scenario;

/**
 * What `worktime exempt DATASET --on DATE` lists for a US dataset: per employee, each regime's answer and each test's,
 * with the evidence (amounts, thresholds in force, attestations) and the citation.
 */
class ExemptionListingTest {

    private final UnitedStatesPack pack = new UnitedStatesPack();

    private List<RegimeDecision> decide(Scenario s, String date) {
        return Exemptions.decide(s.dataset(), LocalDate.parse(date), pack.exemptionTests(), pack.parameters(), null);
    }

    private static Scenario workforce() {
        return Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "06:00").attribute("us.state", "CA")
                .employee("CLERK", e -> e.hourly("USD", new BigDecimal("22")))
                .employee("MANAGER", e -> e.salaried("USD", "70000", "YEAR", "40"))
                .employee("DIRECTOR", e -> e.salaried("USD", "150000", "YEAR", "40"))
                .employee("DEV", e -> e.hourly("USD", new BigDecimal("60")))
                .attest("MANAGER", "us.duties.executive", "2025-01-01", null)
                .attest("MANAGER", "us.ca.exempt_duties_over_half", "2025-01-01", null)
                .attest("DIRECTOR", "us.duties.executive", "2025-01-01", null)
                .attest("DIRECTOR", "us.ca.exempt_duties_over_half", "2025-01-01", null)
                .attest("DEV", "us.duties.computer", "2025-01-01", null)
                .attest("DEV", "us.ca.duties.computer", "2025-01-01", null);
    }

    @Test
    void eachEmployeeUnderEachRegime() {
        List<RegimeDecision> decisions = decide(workforce(), "2026-03-02");
        assertThat(decisions).extracting(d -> d.employeeId() + " " + d.regime().id() + " " + d.verdict()).containsExactly(
                "CLERK US-FLSA INDETERMINATE", "CLERK US-CA NOT_EXEMPT",
                "MANAGER US-FLSA EXEMPT", "MANAGER US-CA NOT_EXEMPT",
                "DIRECTOR US-FLSA EXEMPT", "DIRECTOR US-CA EXEMPT",
                "DEV US-FLSA EXEMPT", "DEV US-CA EXEMPT");
        // The clerk is undecided federally only because nobody attested whether they sell outside.
        RegimeDecision clerk = decisions.get(0);
        assertThat(clerk.tests()).filteredOn(t -> t.verdict() == org.worktime.core.exempt.Verdict.INDETERMINATE)
                .extracting(t -> t.test().id()).containsExactly("US-FLSA-541-500");
        // The manager's California evidence: 70,000 below 70,304 (2026).
        var ca = decisions.get(3).tests().get(0);
        assertThat(ca.evidence()).anySatisfy(e -> {
            assertThat(e.key()).isEqualTo("salary.level");
            assertThat(e.observed().in(Language.EN)).isEqualTo("70,000.00 USD a year");
            assertThat(e.threshold().in(Language.EN)).startsWith("70,304.00 USD a year");
            assertThat(e.citation().shortText()).isEqualTo("California Labor Code 515(a)");
        });
    }

    @Test
    void theSameManagerIsExemptInCaliforniaIn2025() {
        List<RegimeDecision> decisions = decide(workforce(), "2025-06-02");
        assertThat(decisions).extracting(d -> d.employeeId() + " " + d.regime().id() + " " + d.verdict())
                .contains("MANAGER US-CA EXEMPT");
    }
}
