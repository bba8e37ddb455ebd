package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.testing.Scenario;

/** Fixtures of the Highly Professional System: a resolution from 2026-04-01, a consultant paid JPY 1,000,000 a month. */
final class Hps {

    private Hps() {
    }

    static Agreement resolution(String measure) {
        return new Agreement(HighlyProfessionalSystemTest.RESOLUTION, LocalDateRange.ofClosed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)),
                Set.of(), Map.of("selectiveMeasure", measure, "membersFor", "4", "members", "5"));
    }

    /** Covered: consultant, JPY 12 M a year, consent, resolution with the 11-hour interval measure. */
    static Scenario covered(long monthly) {
        return Jp.workplace().agreementRecord(resolution("interval"))
                .employee("E1", e -> e.wage(Jp.yen(monthly)).attribute(HighlyProfessionalSystemTest.JOB_TYPE, "consulting"))
                .attest("E1", HighlyProfessionalSystemTest.CONSENT, "2026-04-01", null);
    }

    /** Weekdays 09:00-21:00 (11 h worked with an hour's break) for {@code days} days from 2026-04-01. */
    static Scenario longWeekdays(Scenario s, int days) {
        LocalDate d = LocalDate.of(2026, 4, 1);
        for (int i = 0; i < days; i++, d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                s.shift("E1", d + "T09:00", d + "T21:00", "12:00-13:00");
            }
        }
        return s;
    }
}
