package org.worktime.core.engine;

import java.time.LocalDate;
import org.worktime.core.domain.DayType;

/** What each date is for one workplace; supplied by the jurisdiction pack. */
@FunctionalInterface
public interface DayTypes {

    DayType typeOf(LocalDate date);
}
