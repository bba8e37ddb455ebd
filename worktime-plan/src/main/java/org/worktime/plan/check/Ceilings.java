package org.worktime.plan.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.Watch;
import org.worktime.core.watch.WatchReport;

/**
 * The ceilings the solver must respect, asked of the engine: for every employee and week of the window, the pack's
 * headroom (the {@code worktime watch} answer) at the week's start, with nothing planned yet. The planner keeps no
 * copy of a limit: a week's ceiling, a day's, or a settlement period's total are what the headroom says for the
 * arrangement in place, read from the pack's dated parameters by the pack itself.
 */
public final class Ceilings {

    /**
     * One employee's week.
     *
     * @param weekLeftSeconds   what the week may still hold where its ceiling binds; null when none binds
     * @param dailySeconds      the daily ceiling, null when there is none beyond the week's
     * @param period            a settlement period whose total binds instead of the week (selective hours), or null
     * @param periodLeftSeconds what that period may still hold; null without a period
     * @param reason            the headroom's reason, for the notes
     */
    public record Week(Long weekLeftSeconds, Long dailySeconds, LocalDateRange period, Long periodLeftSeconds, Headroom.Status status,
            Text reason) {
    }

    private final Map<String, Map<LocalDate, Week>> weeks;

    private Ceilings(Map<String, Map<LocalDate, Week>> weeks) {
        this.weeks = weeks;
    }

    public static Ceilings of(JurisdictionPack pack, Dataset dataset, LocalDateRange window) {
        Watch watch = Watch.of(pack);
        Workplace workplace = dataset.workplace();
        Map<String, Map<LocalDate, Week>> all = new HashMap<>();
        for (LocalDate weekStart = window.getStart(); weekStart.isBefore(window.getEnd()); weekStart = weekStart.plusWeeks(1)) {
            Instant asOf = weekStart.atTime(workplace.weekStartTime()).atZone(workplace.zone()).toInstant();
            WatchReport report = watch.run(dataset, asOf, 0);
            for (WatchReport.EmployeeWatch entry : report.employees()) {
                Headroom h = entry.headroom();
                Long weekLeft = h.hasCeiling() && h.weekBinds() ? h.leftSeconds() : null;
                LocalDateRange period = null;
                Long periodLeft = null;
                if (h.unitKind() == Headroom.UnitKind.SELECTIVE_PERIOD) {
                    period = h.unit();
                    periodLeft = h.unitCeilingSeconds() - h.unitRecordedSeconds() - h.unitPlannedSeconds();
                }
                all.computeIfAbsent(entry.employee().id(), k -> new LinkedHashMap<>())
                        .put(weekStart, new Week(weekLeft, h.dailyCeilingSeconds(), period, periodLeft, h.status(), h.reason()));
            }
        }
        return new Ceilings(all);
    }

    /** The employee's week starting on the date. */
    public Week week(String employeeId, LocalDate weekStart) {
        return weeks.get(employeeId).get(weekStart);
    }

    /** Every week of the employee, in order. */
    public List<Week> weeksOf(String employeeId) {
        return new ArrayList<>(weeks.getOrDefault(employeeId, Map.of()).values());
    }
}
