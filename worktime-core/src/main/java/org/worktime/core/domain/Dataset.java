package org.worktime.core.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the engine evaluates: one workplace, its employees and their shifts (recorded and planned).
 * Shifts are grouped by employee and sorted by start once, here.
 */
public final class Dataset {

    private final Workplace workplace;
    private final Map<String, Employee> employees;
    private final Map<String, List<Shift>> shiftsByEmployee;
    private final int shiftCount;

    private Dataset(Workplace workplace, Map<String, Employee> employees, Map<String, List<Shift>> shiftsByEmployee, int shiftCount) {
        this.workplace = workplace;
        this.employees = employees;
        this.shiftsByEmployee = shiftsByEmployee;
        this.shiftCount = shiftCount;
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
        return new Dataset(workplace, Map.copyOf(byId), sorted, shifts.size());
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
