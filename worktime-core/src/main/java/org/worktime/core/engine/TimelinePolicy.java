package org.worktime.core.engine;

import java.util.Objects;
import org.worktime.core.time.DailyWindow;

/**
 * The time conventions of a jurisdiction: its night window and its day attribution.
 * Holiday status always follows the calendar date a minute falls on.
 */
public record TimelinePolicy(DailyWindow night, DayAttribution attribution) {

    public TimelinePolicy {
        Objects.requireNonNull(night, "night");
        Objects.requireNonNull(attribution, "attribution");
    }
}
