package org.worktime.plan.solve;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import java.util.Collection;
import java.util.List;

/**
 * Moves one hour of work from one employee-day to another. A change move alone alters the total and so the distance to
 * the work asked for; this move keeps the total, which lets the search spread long days without first losing ground.
 */
final class TransferHourMove extends AbstractSimplifiedMove<Roster> {

    private final EmployeeDay from;
    private final EmployeeDay to;

    TransferHourMove(EmployeeDay from, EmployeeDay to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        return from != to && from.getHours() != null && to.getHours() != null && from.getHours() > 0 && to.getHours() < to.getMaxHours();
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        scoreDirector.beforeVariableChanged(from, "hours");
        from.setHours(from.getHours() - 1);
        scoreDirector.afterVariableChanged(from, "hours");
        scoreDirector.beforeVariableChanged(to, "hours");
        to.setHours(to.getHours() + 1);
        scoreDirector.afterVariableChanged(to, "hours");
    }

    @Override
    public ai.timefold.solver.core.impl.heuristic.move.Move<Roster> rebase(ScoreDirector<Roster> destination) {
        return new TransferHourMove(destination.lookUpWorkingObject(from), destination.lookUpWorkingObject(to));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(from, to);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(from.getHours() == null ? 0 : from.getHours(), to.getHours() == null ? 0 : to.getHours());
    }

    @Override
    public String toString() {
        return from.getId() + " -1h -> " + to.getId() + " +1h";
    }
}
