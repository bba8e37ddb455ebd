package org.worktime.us.rules;

import java.time.DayOfWeek;
import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.us.UnitedStatesPack;

/** Shared test set-up: the US pack and a Los Angeles workplace whose workweek starts on Sunday. */
final class Us {

    static final UnitedStatesPack PACK = new UnitedStatesPack();
    static final RuleVerifier VERIFIER = RuleVerifier.of(PACK);

    /** The week of Sunday 2026-03-15 to Saturday 2026-03-21 has no daylight-saving change. */
    static final String SUNDAY = "2026-03-15";
    static final String SATURDAY = "2026-03-21";
    static final String MONDAY = "2026-03-16";

    private Us() {
    }

    /** A federal workplace (Texas rules: no state layer) in Los Angeles time, week from Sunday midnight. */
    static Scenario federal() {
        return Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "00:00").attribute("us.state", "TX");
    }

    static Scenario california() {
        return Scenario.in("US", "America/Los_Angeles").weekStart(DayOfWeek.SUNDAY, "00:00").attribute("us.state", "CA");
    }
}
