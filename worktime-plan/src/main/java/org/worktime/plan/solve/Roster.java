package org.worktime.plan.solve;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/**
 * The planning problem of one option: the employee-days to fill, the ceilings that bound them (facts the engine's
 * headroom gave, never numbers of the planner's own) and the work to reach. Score: hard, the ceilings; medium, the
 * distance to the work asked for (in hours); soft, the sum of squared day lengths (long days are spread out, which
 * also keeps daily overtime and its premium down).
 */
@PlanningSolution
public class Roster {

    @PlanningEntityCollectionProperty
    private List<EmployeeDay> days;

    @ProblemFactCollectionProperty
    private List<Cap> caps;

    @ProblemFactCollectionProperty
    private List<Target> targets;

    @PlanningScore
    private HardMediumSoftScore score;

    /** For Timefold's cloning. */
    public Roster() {
    }

    public Roster(List<EmployeeDay> days, List<Cap> caps, List<Target> targets) {
        this.days = days;
        this.caps = caps;
        this.targets = targets;
    }

    public List<EmployeeDay> getDays() {
        return days;
    }

    public List<Cap> getCaps() {
        return caps;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
