package org.worktime.us.exempt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.testing.CleanFixture;
import org.worktime.core.testing.Scenario;
import org.worktime.core.testing.ViolatingFixture;
import org.worktime.us.rules.CaliforniaOvertimeRule;

import static org.assertj.core.api.Assertions.assertThat;

class CaliforniaPhysicianExemptionTest {

    private static Scenario doctor(String rate) {
        return Ex.california().employee("MD", e -> e.hourly("USD", new BigDecimal(rate)))
                .attest("MD", CaliforniaPhysicianExemption.DUTIES, "2020-01-01", null);
    }

    /** 2025: USD 103.75 an hour (DIR); a cent less is not exempt. */
    @Test
    @ViolatingFixture
    void aCentBelowThe2025RateIsNotExempt() {
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(doctor("103.74")).decides("MD", "2025-06-02").isNotExempt()
                .condition("pay.hourly", Verdict.NOT_EXEMPT);
    }

    @Test
    @CleanFixture
    void theRateOf2025Exempts() {
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(doctor("103.75")).decides("MD", "2025-06-02").isExempt();
    }

    /** The rate in force on the date asked: 101.22 in 2024, 103.75 in 2025; 97.99 in 2023. */
    @Test
    void theRateChangesOnNewYearsDay() {
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(doctor("101.22")).decides("MD", "2024-12-31").isExempt();
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(doctor("101.22")).decides("MD", "2025-01-01").isNotExempt();
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(doctor("97.99")).decides("MD", "2023-06-01").isExempt();
    }

    @Test
    void theDutiesAreAttested() {
        Scenario unattested = Ex.california().employee("MD", e -> e.hourly("USD", new BigDecimal("120.00")));
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(unattested).decides("MD", "2025-06-02").isIndeterminate()
                .missing(CaliforniaPhysicianExemption.DUTIES);
    }

    /** A salary is not an hourly rate: not exempt under 515.6, whatever its size, and no duties are asked. */
    @Test
    void aSalaryDoesNotQualify() {
        Scenario salaried = Ex.california().employee("MD", e -> e.salaried("USD", "400000", "YEAR", "40"));
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(salaried).decides("MD", "2025-06-02").isNotExempt();
    }

    /** 2014 has no rate in any source seen: indeterminate, naming the parameter. */
    @Test
    void aYearWithoutARateIsIndeterminate() {
        Ex.VERIFIER.verifyThat(CaliforniaPhysicianExemption.class).given(doctor("150.00")).decides("MD", "2014-06-02").isIndeterminate()
                .missing("us.ca.lc515-6.hourly");
    }

    /** The exemption takes the doctor out of California's daily overtime: a 10-hour day at USD 110 an hour owes nothing. */
    @Test
    void anExemptDoctorIsOwedNoCaliforniaOvertime() {
        Scenario s = doctor("110.00").shift("MD", "2025-06-02T08:00", "2025-06-02T18:00");
        var none = Ex.VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(s).between("2025-06-01", "2025-06-07");
        assertThat(none.payLines()).isEmpty();
        Scenario nurse = Ex.california().employee("MD", e -> e.hourly("USD", new BigDecimal("110.00"))).shift("MD", "2025-06-02T08:00", "2025-06-02T18:00")
                .attest("MD", CaliforniaPhysicianExemption.DUTIES, "2020-01-01", null)
                .attestRecord(new org.worktime.core.domain.Attestation("MD", CaliforniaPhysicianExemption.DUTIES, false, "HR",
                        java.time.LocalDate.parse("2025-05-01"), org.threeten.extra.LocalDateRange.ofUnboundedEnd(java.time.LocalDate.parse("2025-01-01")), ""));
        var owed = Ex.VERIFIER.verifyThat(CaliforniaOvertimeRule.class).given(nurse).between("2025-06-01", "2025-06-07");
        assertThat(owed.totalPaid()).isEqualByComparingTo("110.00"); // 2 h x 0.5 x 110
    }
}
