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
        return new Arranged(us, List.of(), List.of(), List.of(), List.of(Text.legacy("judged by the US pack as a non-exempt team under federal law only"
                + " (no state law); wages in their own currency, so the premium is priced in it; the workplace's own holidays are not US holidays,"
                + " and the exemptions (which need the salary in dollars and attested duties) are not decided here",
                "미국 팩으로 판단: 연방법만 적용되는 비면제 근로자 (주법 없음); 임금은 원래 통화로 계산; 사업장 휴일은 미국 휴일이 아니며, "
                        + "면제 여부(달러 급여·직무 증명 필요)는 여기서 판단하지 않습니다")), null);
    }
}
