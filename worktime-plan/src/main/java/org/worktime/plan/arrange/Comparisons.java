package org.worktime.plan.arrange;

import java.util.List;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Text;

/**
 * The same team judged under another jurisdiction's law, for comparison: the workplace is handed to that pack as it
 * is (zone, weeks, calendar, headcount), without the agreements and attributes of its own law, which mean nothing
 * there. Wages stay in their own currency, so the other law's premium is priced in it.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /**
     * Under US federal law (the FLSA; no state layer, as no {@code us.state} is set): no cap on an adult's hours, time
     * and a half beyond 40 h a workweek for a non-exempt employee. The workweek is the workplace's week.
     */
    public static Arranged underUsFederalLaw(Workplace workplace) {
        Workplace us = new Workplace(workplace.id(), workplace.name(), "US", workplace.zone(), workplace.weekStart(), workplace.headcount(),
                workplace.calendar(), List.of(), workplace.publicSector(), java.util.Map.of(), workplace.weekStartTime());
        return new Arranged(us, List.of(), List.of(), List.of(), List.of(Text.of("plan.note.us-comparison")), null);
    }
}
