package org.worktime.server.schedule;

import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.finding.Finding;

/**
 * What an unsaved planned shift would do: the week it falls in, the findings of that week with it, and those of them it
 * causes (not there without it). The shift is given as it would be stored.
 */
public record WhatIf(Map<String, Object> shift, LocalDateRange week, List<Finding> findings, List<Finding> caused) {

    public WhatIf {
        shift = Map.copyOf(shift);
        findings = List.copyOf(findings);
        caused = List.copyOf(caused);
    }

    /** Whether the shift causes a finding the week does not have without it. */
    public boolean warns() {
        return !caused.isEmpty();
    }
}
