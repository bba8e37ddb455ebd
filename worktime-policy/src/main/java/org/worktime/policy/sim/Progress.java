package org.worktime.policy.sim;

/** Told how far a long simulation has got; called on the simulating thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (stage, done, total) -> { };

    /**
     * @param stage what is being done, e.g. {@code current law}, {@code KR-ADOPTS-JP-HPS}, {@code sweep KR-ADOPTS-JP-HPS}
     * @param done  units done in the stage
     * @param total units in the stage
     */
    void step(String stage, int done, int total);
}
