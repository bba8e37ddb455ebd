package org.worktime.core.exempt;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.ParameterTable;

/**
 * What an exemption test may read: one employee on one date, with their pay beyond the wage, the facts attested
 * about them, their shifts, the parameters in force and the exchange rates the user stated.
 *
 * @param shifts the employee's shifts known to the caller (all of them for {@code worktime exempt}; the evaluated
 *               weeks when a pay rule asks)
 * @param leave  the employee's leave records (never worked time; Japan's HPS days off read them)
 */
public record ExemptionQuery(Employee employee, Workplace workplace, LocalDate on, ParameterTable parameters, List<Earning> earnings,
        List<Attestation> attestations, List<Shift> shifts, ExchangeRates rates, List<org.worktime.core.domain.Leave> leave) {

    /** A query without leave records. */
    public ExemptionQuery(Employee employee, Workplace workplace, LocalDate on, ParameterTable parameters, List<Earning> earnings,
            List<Attestation> attestations, List<Shift> shifts, ExchangeRates rates) {
        this(employee, workplace, on, parameters, earnings, attestations, shifts, rates, List.of());
    }

    public ExemptionQuery {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(parameters, "parameters");
        earnings = List.copyOf(earnings == null ? List.of() : earnings);
        attestations = List.copyOf(attestations == null ? List.of() : attestations);
        shifts = List.copyOf(shifts == null ? List.of() : shifts);
        rates = rates == null ? ExchangeRates.none() : rates;
        leave = List.copyOf(leave == null ? List.of() : leave);
    }

    /** The query for one employee of a dataset. */
    public static ExemptionQuery of(Dataset dataset, Employee employee, LocalDate on, ParameterTable parameters, ExchangeRates rates) {
        return new ExemptionQuery(employee, dataset.workplace(), on, parameters, dataset.earningsOf(employee.id()),
                dataset.attestationsOf(employee.id()), dataset.shiftsOf(employee.id()), rates, dataset.leaveOf(employee.id()));
    }

    /** The query a rule asks while it evaluates an employee (pay rules skip exempt employees). */
    public static ExemptionQuery of(EmployeeContext context, LocalDate on) {
        return new ExemptionQuery(context.employee(), context.workplace(), on, context.parameters(), context.earnings(),
                context.attestations(), context.timeline().shifts(), ExchangeRates.none(), context.leave());
    }

    public String employeeId() {
        return employee.id();
    }

    /** The latest attestation of a subject covering the query date, if any. */
    public Optional<Attestation> attestation(String subject) {
        return attestation(subject, on);
    }

    /** The latest attestation of a subject covering a date, if any. */
    public Optional<Attestation> attestation(String subject, LocalDate date) {
        return org.worktime.core.domain.Attestation.latest(attestations, subject, date);
    }

    public ExemptionQuery withRates(ExchangeRates newRates) {
        return new ExemptionQuery(employee, workplace, on, parameters, earnings, attestations, shifts, newRates, leave);
    }
}
