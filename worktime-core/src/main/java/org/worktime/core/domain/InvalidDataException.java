package org.worktime.core.domain;

import java.util.Objects;
import org.worktime.core.finding.Text;

/**
 * A value in the data a rule cannot read (an attribute or agreement term in the wrong form). The engine turns it into
 * an "indeterminate" finding of the rule that met it, naming the value, rather than failing the whole run.
 */
public final class InvalidDataException extends RuntimeException {

    private final Text explanation;

    public InvalidDataException(Text explanation) {
        super(Objects.requireNonNull(explanation, "explanation").in(org.worktime.core.i18n.Language.EN));
        this.explanation = explanation;
    }

    public Text explanation() {
        return explanation;
    }
}
