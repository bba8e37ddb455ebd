package org.worktime.plan;

import java.util.List;
import java.util.Objects;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;

/**
 * The planner's answer: the project, the team it resolved to, and one {@link OptionPlan} per option, in the project's
 * order.
 */
public record PlanResult(Workplace workplace, Project project, List<Employee> team, PlanSettings settings, List<OptionPlan> options) {

    public PlanResult {
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(project, "project");
        team = List.copyOf(team);
        options = List.copyOf(options);
    }

    /** The options whose plan reaches the work. */
    public List<OptionPlan> fitting() {
        return options.stream().filter(OptionPlan::fits).toList();
    }
}
