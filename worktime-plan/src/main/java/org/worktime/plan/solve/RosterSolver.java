package org.worktime.plan.solve;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.List;

/**
 * Runs Timefold on a {@link Roster}: a construction heuristic, then local search over change and hour-transfer moves.
 * Reproducible: one thread, a fixed random seed, {@link EnvironmentMode#REPRODUCIBLE}, and local search ended by a
 * step count (not by the clock), so the same problem, seed and step count give the same roster on any machine. The
 * optional time limit is a safety net only: a run it cuts short is no longer reproducible.
 */
public final class RosterSolver {

    static final long MOVES_PER_STEP = 2000;

    private final long seed;
    private final int steps;
    private final Duration timeLimit;

    private RosterSolver(long seed, int steps, Duration timeLimit) {
        this.seed = seed;
        this.steps = steps;
        this.timeLimit = timeLimit;
    }

    /** @param timeLimit null for none */
    public static RosterSolver of(long seed, int steps, Duration timeLimit) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        return new RosterSolver(seed, steps, timeLimit);
    }

    public Roster solve(Roster problem) {
        if (problem.getDays().isEmpty()) {
            problem.setScore(ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore.ZERO);
            return problem;
        }
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(new ChangeMoveSelectorConfig(),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(TransferHourMoveFactory.class)))
                        // A step looks at this many moves at most: at a strict local optimum (every day at its longest and
                        // still short of the work) no move is accepted, and an unbounded step would never end.
                        .withSelectedCountLimit(MOVES_PER_STEP))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(steps));
        TerminationConfig overall = new TerminationConfig();
        if (timeLimit != null) {
            overall.setSpentLimit(timeLimit);
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(Roster.class)
                .withEntityClasses(EmployeeDay.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(overall);
        ConstructionHeuristicPhaseConfig construction = new ConstructionHeuristicPhaseConfig();
        config.setPhaseConfigList(steps == 0 ? List.of(construction) : List.of(construction, localSearch));
        Solver<Roster> solver = SolverFactory.<Roster>create(config).buildSolver();
        return solver.solve(problem);
    }
}
