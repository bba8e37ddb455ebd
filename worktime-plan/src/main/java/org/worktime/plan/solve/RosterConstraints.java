package org.worktime.plan.solve;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The roster's constraints, computed incrementally by Timefold's constraint streams from simple facts. They hold no
 * law: the ceilings are {@link Cap} facts read from the engine's headroom for the arrangement, the longest day is each
 * entity's value range, and the engine re-checks the result (the planner's {@code EngineCheck}).
 */
public final class RosterConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {weekCeiling(factory), periodCeiling(factory), totalWork(factory), employeeWork(factory),
            weekWork(factory), spreadLongDays(factory)};
    }

    Constraint weekCeiling(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(EmployeeDay::getWeekKey, ConstraintCollectors.sum(EmployeeDay::hoursOrZero))
                .join(Cap.class, Joiners.equal((key, sum) -> key, Cap::key), Joiners.filtering((key, sum, cap) -> cap.kind() == Cap.Kind.WEEK))
                .filter((key, sum, cap) -> sum > cap.hours())
                .penalize(HardMediumSoftScore.ONE_HARD, (key, sum, cap) -> sum - cap.hours())
                .asConstraint("weekly ceiling");
    }

    Constraint periodCeiling(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.getPeriodKey() != null)
                .groupBy(EmployeeDay::getPeriodKey, ConstraintCollectors.sum(EmployeeDay::hoursOrZero))
                .join(Cap.class, Joiners.equal((key, sum) -> key, Cap::key), Joiners.filtering((key, sum, cap) -> cap.kind() == Cap.Kind.PERIOD))
                .filter((key, sum, cap) -> sum > cap.hours())
                .penalize(HardMediumSoftScore.ONE_HARD, (key, sum, cap) -> sum - cap.hours())
                .asConstraint("settlement period ceiling");
    }

    Constraint totalWork(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(ConstraintCollectors.sum(EmployeeDay::hoursOrZero))
                .join(Target.class, Joiners.filtering((sum, target) -> target.kind() == Target.Kind.TOTAL))
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (sum, target) -> Math.abs(target.hours() - sum))
                .asConstraint("work of the team");
    }

    Constraint employeeWork(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(EmployeeDay::getEmployeeId, ConstraintCollectors.sum(EmployeeDay::hoursOrZero))
                .join(Target.class, Joiners.equal((id, sum) -> id, Target::key),
                        Joiners.filtering((id, sum, target) -> target.kind() == Target.Kind.EMPLOYEE))
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (id, sum, target) -> Math.abs(target.hours() - sum))
                .asConstraint("work of each employee");
    }

    Constraint weekWork(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .groupBy(EmployeeDay::getWeekStart, ConstraintCollectors.sum(EmployeeDay::hoursOrZero))
                .join(Target.class, Joiners.equal((week, sum) -> week, Target::key),
                        Joiners.filtering((week, sum, target) -> target.kind() == Target.Kind.WEEK))
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (week, sum, target) -> Math.abs(target.hours() - sum))
                .asConstraint("work of each week");
    }

    /** Squares: two 8-hour days beat a 12 and a 4, so work spreads over the team and the days. */
    Constraint spreadLongDays(ConstraintFactory factory) {
        return factory.forEach(EmployeeDay.class)
                .filter(day -> day.hoursOrZero() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, day -> day.hoursOrZero() * day.hoursOrZero())
                .asConstraint("long days spread out");
    }
}
