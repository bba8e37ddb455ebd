package org.worktime.plan;

import java.time.Duration;

/**
 * How the solver runs: its random seed, the local-search steps per option, and an optional time limit per option (a
 * safety net: a run it cuts short is no longer reproducible). The same dataset, project and settings give the same
 * plans.
 */
public record PlanSettings(long seed, int steps, Duration timeLimit) {

    public static final long DEFAULT_SEED = 20261203L;
    public static final int DEFAULT_STEPS = 4000;

    public PlanSettings {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("the time limit must be positive: " + timeLimit);
        }
    }

    public static PlanSettings defaults() {
        return new PlanSettings(DEFAULT_SEED, DEFAULT_STEPS, null);
    }
}
