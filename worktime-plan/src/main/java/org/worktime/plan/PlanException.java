package org.worktime.plan;

import java.util.Objects;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/** A project that cannot be planned on the dataset as it stands (a user's mistake, not a bug). */
public final class PlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Text explanation;

    public PlanException(Text explanation) {
        super(Objects.requireNonNull(explanation, "explanation").in(Language.EN));
        this.explanation = explanation;
    }

    public Text explanation() {
        return explanation;
    }
}
