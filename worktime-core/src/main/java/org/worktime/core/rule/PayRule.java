package org.worktime.core.rule;

import java.util.function.Consumer;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.pay.PayLine;

/** A rule that computes amounts owed. Implementations are stateless and thread-safe. */
public non-sealed interface PayRule extends Rule {

    void pay(EmployeeContext context, Consumer<PayLine> lines);
}
