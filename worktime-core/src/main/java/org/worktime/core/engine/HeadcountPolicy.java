package org.worktime.core.engine;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.worktime.core.domain.Workplace;

/** How a jurisdiction reads a workplace's size for its size tests (Korea treats public bodies as the largest band). */
@FunctionalInterface
public interface HeadcountPolicy {

    OptionalInt effectiveHeadcount(Workplace workplace, LocalDate date);

    HeadcountPolicy AS_RECORDED = Workplace::headcountOn;
}
