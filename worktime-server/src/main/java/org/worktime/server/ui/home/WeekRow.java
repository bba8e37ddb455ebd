package org.worktime.server.ui.home;

import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.watch.Headroom;
import org.worktime.core.watch.WatchReport;
import org.worktime.server.ui.Status;

/**
 * One employee's line of This week, from the engine's watch: recorded and planned hours, the cap that binds (the
 * week's, or under a selective settlement period or a monthly cap the unit's), the hours left before it, the status.
 *
 * @param cap  the binding cap in seconds; null when none applies
 * @param left the cap less recorded and planned work; null without a cap
 */
public record WeekRow(String id, String name, String team, long recorded, long planned, Long cap, Long left, Status status, Text reason,
        Citation citation, int forecastFindings) {

    static WeekRow of(WatchReport.EmployeeWatch watch) {
        Headroom h = watch.headroom();
        boolean week = h.weekBinds() || !h.hasUnit();
        long recorded = week ? h.recordedSeconds() : h.unitRecordedSeconds();
        long planned = week ? h.plannedSeconds() : h.unitPlannedSeconds();
        Long cap = week ? h.ceilingSeconds() : h.unitCeilingSeconds();
        Long left = week ? h.leftSeconds() : h.unitLeftSeconds();
        String team = watch.employee().attributes().getOrDefault("team", "");
        return new WeekRow(watch.employee().id(), watch.employee().name(), team, recorded, planned, cap, left,
                Status.of(h.status(), recorded, cap), h.reason(), h.citation(), watch.forecast().size());
    }

    public long total() {
        return recorded + planned;
    }
}
