package org.worktime.kr;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.HeadcountPolicy;

/**
 * The headcount the dated, headcount-scoped rows are read with: public institutions and bodies were phased in with the
 * largest band (Act No. 15513 addendum Art. 1; Act No. 17862 addendum), so for those rows a public-sector workplace
 * counts as at least 300. Art. 11's scope itself reads the real headcount ({@code Applicability}): a 3-person public
 * body is a workplace of 4 or fewer.
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
