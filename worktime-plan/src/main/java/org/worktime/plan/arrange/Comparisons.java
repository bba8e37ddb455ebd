package org.worktime.plan.arrange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Text;
import org.worktime.plan.Paperwork;

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

    /**
     * Under Japan's Labour Standards Act with an Art. 36 agreement (36協定) for the team from the window's first day, its
     * year counted from that day: without a special clause the law's ordinary limits (45 h a month, 360 h a year of
     * overtime, Art. 36(4)); with one (特別条項) up to 720 h a year, under 100 h a month with holiday work, 80 h on average
     * over two to six months, beyond 45 h in at most six months (Art. 36(5), (6)). The limits are the JP pack's, applied to
     * the schedule by the engine; the agreement only puts the pack's rules in force. It must be filed with the Labour
     * Standards Inspection Office before the window (it covers no day before its filing), and a special clause needs the
     * health measures it names, with a doctor's interview for overtime beyond 80 h a month (Industrial Safety and Health
     * Act Art. 66-8).
     */
    public static Arranged underJapaneseLaw(Workplace workplace, LocalDateRange window, boolean specialClause) {
        LocalDate deadline = window.getStart().minusDays(1);
        java.util.Map<String, String> terms = new java.util.LinkedHashMap<>();
        terms.put("yearStart", window.getStart().toString());
        terms.put("specialClause", Boolean.toString(specialClause));
        terms.put("filedOn", deadline.toString());
        Agreement art36 = new Agreement(ART36, LocalDateRange.of(window.getStart(), window.getStart().plusYears(1)), Set.of(), terms);
        Workplace jp = new Workplace(workplace.id(), workplace.name(), "JP", workplace.zone(), workplace.weekStart(), workplace.headcount(),
                workplace.calendar(), List.of(art36), workplace.publicSector(), java.util.Map.of(), workplace.weekStartTime());
        List<Paperwork> paperwork = new ArrayList<>();
        paperwork.add(new Paperwork(Text.of("plan.paperwork.jp-art36", "special", specialClause ? "yes" : "no"),
                Text.of("plan.article.jp", "article", 36), ART36, false, deadline));
        if (specialClause) {
            paperwork.add(new Paperwork(Text.of("plan.paperwork.jp-health"), Text.of("plan.article.jp-ishl-66-8"), null, false, deadline));
        }
        return new Arranged(jp, List.of(art36), paperwork, List.of(), List.of(Text.of("plan.note.jp-comparison")), null);
    }

    /** The agreement kind of an Art. 36 agreement in the JP pack. */
    static final String ART36 = "JP-LSA-36";
}
