package org.worktime.server.ui.employee;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.worktime.server.timerecord.ShiftVersion;

/**
 * One correction of a time record for the Employee page's history: the version it made, who made it, when and why,
 * and the shift's times before and after it (on the workplace's wall clock). A void has no "after".
 */
public record History(String recordId, int version, boolean voided, String origin, LocalDateTime beforeStart, LocalDateTime beforeEnd,
        LocalDateTime afterStart, LocalDateTime afterEnd, String by, LocalDateTime at, String reason) {

    /** The corrections among these versions (by record and version, as the repository reads them), the newest first. */
    static List<History> of(List<ShiftVersion> versions, ZoneId zone) {
        List<History> history = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            ShiftVersion before = versions.get(i - 1);
            ShiftVersion v = versions.get(i);
            if (!before.recordId().equals(v.recordId())) {
                continue;
            }
            boolean voided = !v.active();
            history.add(new History(v.recordId(), v.version(), voided, v.origin(), local(before.start(), zone), local(before.end(), zone),
                    voided ? null : local(v.start(), zone), voided ? null : local(v.end(), zone), v.recordedBy(), local(v.recordedAt(), zone),
                    v.reason()));
        }
        history.sort(Comparator.comparing(History::at).reversed().thenComparing(History::recordId));
        return history;
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDateTime();
    }
}
