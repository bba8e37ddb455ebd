package org.worktime.plan.solve;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.LocalDate;

/**
 * One employee on one day the plan may use: the solver chooses the whole hours of work of that day, from 0 up to
 * {@code maxHours} (the longest day the law and the project's preferences allow on that date, decided before solving).
 * The keys name the groups the constraints sum over: the employee's week and, under a settlement period, its period.
 */
@PlanningEntity
public class EmployeeDay {

    @PlanningId
    private String id;
    private String employeeId;
    private LocalDate date;
    private LocalDate weekStart;
    private String weekKey;
    private String periodKey;
    private int maxHours;

    @PlanningVariable(valueRangeProviderRefs = "hoursOfDay")
    private Integer hours;

    /** For Timefold's cloning. */
    public EmployeeDay() {
    }

    public EmployeeDay(String employeeId, LocalDate date, LocalDate weekStart, String periodKey, int maxHours) {
        this.id = employeeId + "@" + date;
        this.employeeId = employeeId;
        this.date = date;
        this.weekStart = weekStart;
        this.weekKey = weekKey(employeeId, weekStart);
        this.periodKey = periodKey;
        this.maxHours = maxHours;
    }

    @ValueRangeProvider(id = "hoursOfDay")
    public CountableValueRange<Integer> hoursOfDay() {
        return ValueRangeFactory.createIntValueRange(0, maxHours + 1);
    }

    public String getId() {
        return id;
    }

    public String getEmployeeId() {
        return employeeId;
    }

    public LocalDate getDate() {
        return date;
    }

    /** The key of an employee's week. */
    public static String weekKey(String employeeId, LocalDate weekStart) {
        return employeeId + "|" + weekStart;
    }

    /** The first day of the workplace week the day is in: the key of a team's weekly target. */
    public String getWeekStart() {
        return weekStart.toString();
    }

    /** {@code employee|week start}: the group a weekly ceiling bounds. */
    public String getWeekKey() {
        return weekKey;
    }

    /** {@code employee|period start} of a settlement period whose total binds, or null. */
    public String getPeriodKey() {
        return periodKey;
    }

    public int getMaxHours() {
        return maxHours;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    /** The hours chosen, 0 while none is. */
    public int hoursOrZero() {
        return hours == null ? 0 : hours;
    }

    @Override
    public String toString() {
        return id + "=" + hours;
    }
}
