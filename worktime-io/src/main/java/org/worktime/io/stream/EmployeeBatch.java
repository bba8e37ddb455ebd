package org.worktime.io.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Leave;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Engine;
import org.worktime.core.report.EmployeeReport;

/**
 * The unit of work: one employee of one workplace with every record of theirs in scope (shifts, earnings, attestations,
 * leave; the agreements are the workplace's). Evaluating a batch with an evaluation prepared for the workplace
 * ({@link Engine#prepare}) gives exactly the employee's part of {@link Engine#evaluate(Dataset, org.worktime.core.engine.Evaluation)}:
 * the streaming CLI, the server and the Spark job all evaluate these, so they give the same answers.
 *
 * @param index         the employee's place in the report (the order of the employees file), from 0
 * @param shifts        recorded and planned shifts of the employee, sorted by start here if they are not
 * @param leaveRecorded whether the dataset came with a leave input (see {@link Dataset#leaveRecorded()})
 */
public record EmployeeBatch(int index, Employee employee, List<Shift> shifts, List<Earning> earnings, List<Attestation> attestations,
        List<Leave> leave, boolean leaveRecorded) {

    public EmployeeBatch {
        Objects.requireNonNull(employee, "employee");
        shifts = sorted(shifts);
        earnings = List.copyOf(earnings);
        attestations = List.copyOf(attestations);
        leave = List.copyOf(leave);
    }

    /** The batch of one employee of a dataset read in memory. */
    public static EmployeeBatch of(Dataset dataset, int index, Employee employee) {
        String id = employee.id();
        return new EmployeeBatch(index, employee, dataset.shiftsOf(id), dataset.earningsOf(id), dataset.attestationsOf(id),
                dataset.leaveOf(id), dataset.leaveRecorded());
    }

    /** Every employee of a dataset as a batch, in the dataset's order. */
    public static List<EmployeeBatch> of(Dataset dataset) {
        List<Employee> employees = dataset.employees();
        List<EmployeeBatch> batches = new ArrayList<>(employees.size());
        for (int i = 0; i < employees.size(); i++) {
            batches.add(of(dataset, i, employees.get(i)));
        }
        return batches;
    }

    /** The employee's report under an evaluation prepared for their workplace. */
    public EmployeeReport evaluate(Engine.Prepared prepared) {
        return prepared.evaluate(employee, shifts, earnings, attestations, leave, leaveRecorded);
    }

    private static List<Shift> sorted(List<Shift> shifts) {
        for (int i = 1; i < shifts.size(); i++) {
            if (shifts.get(i).start().isBefore(shifts.get(i - 1).start())) {
                List<Shift> copy = new ArrayList<>(shifts);
                copy.sort(java.util.Comparator.comparing(Shift::start));
                return List.copyOf(copy);
            }
        }
        return List.copyOf(shifts);
    }
}
