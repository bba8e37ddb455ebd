package org.worktime.core.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine evaluates: one workplace, its employees and their shifts (recorded and planned), and what HR
 * records beside them: earnings, attestations, leave.
 * Shifts are grouped by employee and sorted by start once, here.
 */
public final class Dataset {

    private final Workplace workplace;
    private final Map<String, Employee> employees;
    private final Map<String, List<Shift>> shiftsByEmployee;
    private final int shiftCount;
    private final Map<String, List<Earning>> earningsByEmployee;
    private final Map<String, List<Attestation>> attestationsByEmployee;
    private final Map<String, List<Leave>> leaveByEmployee;
    private final boolean leaveRecorded;

    private Dataset(Workplace workplace, Map<String, Employee> employees, Map<String, List<Shift>> shiftsByEmployee, int shiftCount,
            Map<String, List<Earning>> earningsByEmployee, Map<String, List<Attestation>> attestationsByEmployee,
            Map<String, List<Leave>> leaveByEmployee, boolean leaveRecorded) {
        this.leaveRecorded = leaveRecorded;
        this.workplace = workplace;
        this.employees = employees;
        this.shiftsByEmployee = shiftsByEmployee;
        this.shiftCount = shiftCount;
        this.earningsByEmployee = earningsByEmployee;
        this.attestationsByEmployee = attestationsByEmployee;
        this.leaveByEmployee = leaveByEmployee;
    }

    /**
     * This dataset with records of leave and absence (the leave input: {@link #leaveRecorded()} is then true), sorted by
     * their first day. Refuses what cannot be true of one
     * employee: leave of an unknown employee, two records on one day, leave outside the employment, and a whole day of
     * leave on a day a recorded shift starts (leave is never worked time, so one of the two records is wrong).
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    public Dataset withLeave(List<Leave> leave) {
        Map<String, List<Leave>> grouped = new HashMap<>();
        for (Leave l : leave) {
            Employee employee = employees.get(l.employeeId());
            if (employee == null) {
                throw new IllegalArgumentException("Leave of unknown employee " + l.employeeId());
            }
            if (!employee.isEmployedOn(l.dates().getStart()) || !employee.isEmployedOn(l.dates().getEndInclusive())) {
                throw new IllegalArgumentException("Leave of employee " + l.employeeId() + " from " + l.dates().getStart() + " to "
                        + l.dates().getEndInclusive() + " falls outside the employment");
            }
            grouped.computeIfAbsent(l.employeeId(), k -> new ArrayList<>()).add(l);
        }
        Map<String, List<Leave>> sorted = new HashMap<>();
        grouped.forEach((id, list) -> {
            list.sort(Comparator.comparing((Leave l) -> l.dates().getStart()));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i - 1).dates().overlaps(list.get(i).dates())) {
                    throw new IllegalArgumentException("Leave records of employee " + id + " overlap: " + list.get(i - 1).dates() + " and "
                            + list.get(i).dates());
                }
            }
            for (Shift shift : shiftsOf(id)) {
                LocalDate day = shift.start().atZone(workplace.zone()).toLocalDate();
                Leave.on(list, day).filter(l -> !l.isPartDay() && shift.origin() == Shift.Origin.ACTUAL).ifPresent(l -> {
                    throw new IllegalArgumentException("Employee " + id + " has a whole day of " + l.kind().code() + " leave on " + day
                            + " and a recorded shift starting that day");
                });
            }
            sorted.put(id, List.copyOf(list));
        });
        return new Dataset(workplace, employees, shiftsByEmployee, shiftCount, earningsByEmployee, attestationsByEmployee,
                Map.copyOf(sorted), true);
    }

    /**
     * Whether the dataset came with a leave input ({@code leave.csv} or the bundle's {@code leave:} key, even empty): then an
     * employee without leave records took none. Without it, the leave taken is unknown.
     */
    public boolean leaveRecorded() {
        return leaveRecorded;
    }

    /** The employee's leave and absence records, by their first day. */
    public List<Leave> leaveOf(String employeeId) {
        return leaveByEmployee.getOrDefault(employeeId, List.of());
    }

    /**
     * This dataset with earnings beyond the base wage (bonuses, commissions, allowances), sorted by the first day
     * they cover.
     *
     * @throws IllegalArgumentException when an earning names an unknown employee
     */
    public Dataset withEarnings(List<Earning> earnings) {
        Map<String, List<Earning>> grouped = new HashMap<>();
        for (Earning e : earnings) {
            if (!employees.containsKey(e.employeeId())) {
                throw new IllegalArgumentException("Earning of unknown employee " + e.employeeId());
            }
            grouped.computeIfAbsent(e.employeeId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, List<Earning>> sorted = new HashMap<>();
        grouped.forEach((id, list) -> {
            list.sort(Comparator.comparing((Earning e) -> e.earnedOver().getStart()));
            sorted.put(id, List.copyOf(list));
        });
        return new Dataset(workplace, employees, shiftsByEmployee, shiftCount, Map.copyOf(sorted), attestationsByEmployee, leaveByEmployee,
                leaveRecorded);
    }

    /**
     * This dataset with attested facts (duties, consents, measures taken).
     *
     * @throws IllegalArgumentException when an attestation names an unknown employee
     */
    public Dataset withAttestations(List<Attestation> attestations) {
        Map<String, List<Attestation>> grouped = new HashMap<>();
        for (Attestation a : attestations) {
            if (!employees.containsKey(a.employeeId())) {
                throw new IllegalArgumentException("Attestation of unknown employee " + a.employeeId());
            }
            grouped.computeIfAbsent(a.employeeId(), k -> new ArrayList<>()).add(a);
        }
        Map<String, List<Attestation>> copy = new HashMap<>();
        grouped.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        return new Dataset(workplace, employees, shiftsByEmployee, shiftCount, earningsByEmployee, Map.copyOf(copy), leaveByEmployee,
                leaveRecorded);
    }

    /** The employee's earnings beyond the base wage, by the first day they cover. */
    public List<Earning> earningsOf(String employeeId) {
        return earningsByEmployee.getOrDefault(employeeId, List.of());
    }

    /** The facts attested about the employee. */
    public List<Attestation> attestationsOf(String employeeId) {
        return attestationsByEmployee.getOrDefault(employeeId, List.of());
    }

    /**
     * Builds a dataset, refusing shifts of unknown employees and overlapping shifts of one employee.
     *
     * @throws IllegalArgumentException naming the first problem found
     */
    public static Dataset of(Workplace workplace, List<Employee> employees, List<Shift> shifts) {
        Objects.requireNonNull(workplace, "workplace");
        Map<String, Employee> byId = new LinkedHashMap<>();
        for (Employee e : employees) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("Employee id " + e.id() + " appears twice");
            }
        }
        Map<String, List<Shift>> grouped = new HashMap<>();
        for (Shift s : shifts) {
            if (!byId.containsKey(s.employeeId())) {
                throw new IllegalArgumentException("Shift of unknown employee " + s.employeeId() + " starting " + s.start());
            }
            grouped.computeIfAbsent(s.employeeId(), k -> new ArrayList<>()).add(s);
        }
        Map<String, List<Shift>> sorted = new LinkedHashMap<>();
        for (String id : byId.keySet()) {
            List<Shift> list = grouped.getOrDefault(id, new ArrayList<>());
            list.sort(Comparator.comparing(Shift::start));
            // Recorded and planned shifts may overlap each other (a plan is replaced by the record), never themselves.
            java.util.EnumMap<Shift.Origin, Shift> latestEnding = new java.util.EnumMap<>(Shift.Origin.class);
            for (Shift current : list) {
                Shift previous = latestEnding.get(current.origin());
                if (previous != null && previous.overlaps(current)) {
                    throw new IllegalArgumentException("Shifts of employee " + id + " overlap: " + previous.start() + " -> "
                            + previous.end() + " and " + current.start() + " -> " + current.end());
                }
                if (previous == null || current.end().isAfter(previous.end())) {
                    latestEnding.put(current.origin(), current);
                }
            }
            sorted.put(id, List.copyOf(list));
        }
        return new Dataset(workplace, Map.copyOf(byId), sorted, shifts.size(), Map.of(), Map.of(), Map.of(), false);
    }

    /**
     * The same dataset for some of its employees only, with every record kept for them (shifts, earnings, attestations,
     * leave): what a filter or a slice of the workforce evaluates. The employees keep the order given here.
     *
     * @throws IllegalArgumentException when an employee is not in this dataset
     */
    public Dataset only(List<Employee> some) {
        Map<String, Employee> byId = new LinkedHashMap<>();
        Map<String, List<Shift>> shifts = new LinkedHashMap<>();
        Map<String, List<Earning>> earnings = new HashMap<>();
        Map<String, List<Attestation>> attestations = new HashMap<>();
        Map<String, List<Leave>> leave = new HashMap<>();
        int count = 0;
        for (Employee e : some) {
            if (!employees.containsKey(e.id())) {
                throw new IllegalArgumentException("Employee " + e.id() + " is not in the dataset");
            }
            byId.put(e.id(), e);
            List<Shift> own = shiftsOf(e.id());
            shifts.put(e.id(), own);
            count += own.size();
            copyOf(earningsByEmployee, earnings, e.id());
            copyOf(attestationsByEmployee, attestations, e.id());
            copyOf(leaveByEmployee, leave, e.id());
        }
        return new Dataset(workplace, Map.copyOf(byId), shifts, count, Map.copyOf(earnings), Map.copyOf(attestations), Map.copyOf(leave),
                leaveRecorded);
    }

    private static <T> void copyOf(Map<String, List<T>> from, Map<String, List<T>> to, String id) {
        List<T> list = from.get(id);
        if (list != null) {
            to.put(id, list);
        }
    }

    public Workplace workplace() {
        return workplace;
    }

    /** Employees in the order they were given. */
    public List<Employee> employees() {
        List<Employee> list = new ArrayList<>();
        for (String id : shiftsByEmployee.keySet()) {
            list.add(employees.get(id));
        }
        return list;
    }

    public Employee employee(String id) {
        return employees.get(id);
    }

    /** The employee's shifts sorted by start. */
    public List<Shift> shiftsOf(String employeeId) {
        return shiftsByEmployee.getOrDefault(employeeId, List.of());
    }

    public int shiftCount() {
        return shiftCount;
    }
}
