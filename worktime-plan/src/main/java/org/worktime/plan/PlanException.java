package org.worktime.plan;

import java.util.Objects;
import org.worktime.core.finding.Text;

/** A project that cannot be planned on the dataset as it stands (a user's mistake, not a bug). */
public final class PlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text explanation;

    public PlanException(Text explanation) {
        super(Objects.requireNonNull(explanation, "explanation").en());
        this.explanation = explanation;
    }

    public Text explanation() {
        return explanation;
    }
}
