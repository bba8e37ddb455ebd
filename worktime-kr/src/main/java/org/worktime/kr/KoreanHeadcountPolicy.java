package org.worktime.kr;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.HeadcountPolicy;

/**
 * Korea's size tests read the regular headcount; public institutions and bodies were phased in with the
 * largest band (Act No. 15513 addendum Art. 1), so a public-sector workplace counts as at least 300.
 */
final class KoreanHeadcountPolicy implements HeadcountPolicy {

    static final int LARGEST_BAND = 300;

    @Override
    public OptionalInt effectiveHeadcount(Workplace workplace, LocalDate date) {
        OptionalInt recorded = workplace.headcountOn(date);
        if (!workplace.publicSector()) {
            return recorded;
        }
        return OptionalInt.of(Math.max(LARGEST_BAND, recorded.orElse(0)));
    }
}
