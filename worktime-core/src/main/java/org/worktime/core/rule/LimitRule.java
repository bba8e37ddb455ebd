package org.worktime.core.rule;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Finding;

/** A rule that checks a limit and reports findings. Implementations are stateless and thread-safe. */
public non-sealed interface LimitRule extends Rule {

    void check(EmployeeContext context, Consumer<Finding> findings);
}
