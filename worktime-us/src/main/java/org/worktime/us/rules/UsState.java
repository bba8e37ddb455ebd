package org.worktime.us.rules;

import java.util.List;
import org.worktime.core.engine.EmployeeContext;

/**
 * What the US rules compute once per employee evaluation and share: the work pieces and the weeks' pay. Kept as the
 * context's attachment (filled lazily, outside any memo, since one value is built from the other).
 */
final class UsState {

    List<Piece> pieces;
    List<WeekPay.Result> weeks;

    static UsState of(EmployeeContext context) {
        return context.attachment(UsState.class, c -> new UsState());
    }
}
