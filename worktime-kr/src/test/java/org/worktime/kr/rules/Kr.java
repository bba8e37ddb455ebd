package org.worktime.kr.rules;

import org.worktime.core.testing.RuleVerifier;
import org.worktime.core.testing.Scenario;
import org.worktime.kr.KoreanPack;

/** Shared test set-up: the Korean pack and a Seoul workplace of 50 with an extended-work agreement. */
final class Kr {

    static final RuleVerifier VERIFIER = RuleVerifier.of(new KoreanPack());

    /** The week of Monday 2026-03-09 to Sunday 2026-03-15 has no public holiday. */
    static final String MONDAY = "2026-03-09";
    static final String SUNDAY = "2026-03-15";

    private Kr() {
    }

    static Scenario workplace(int headcount) {
        return Scenario.in("KR", "Asia/Seoul").headcount(headcount);
    }

    static Scenario withAgreement() {
        return workplace(50).agreement(Agreements.EXTENDED_WORK);
    }

    static Scenario withoutAgreement() {
        return workplace(50);
    }
}
