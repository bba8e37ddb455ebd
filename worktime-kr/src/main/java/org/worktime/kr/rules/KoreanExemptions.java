package org.worktime.kr.rules;

import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.Regime;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Text;

/** What the Korean exemption tests share: the regime of current law and small evidence builders (observed and threshold as messages of
 * kr.exempt.evidence.*). */
final class KoreanExemptions {

    /** Korea as the law stands: no white-collar exemption, but three routes that lift or loosen the hours rules. */
    static final Regime REGIME = new Regime("KR-LSA", Text.of("kr.exempt.regime"), "KRW");

    private KoreanExemptions() {
    }

    static Evidence met(String key, Text condition, Text observed, Text threshold) {
        return new Evidence(key, condition, observed, threshold, Verdict.EXEMPT, null);
    }

    static Evidence failed(String key, Text condition, Text observed, Text threshold) {
        return new Evidence(key, condition, observed, threshold, Verdict.NOT_EXEMPT, null);
    }

    static Evidence unknown(String key, Text condition, Text threshold) {
        return new Evidence(key, condition, Text.empty(), threshold, Verdict.INDETERMINATE, null);
    }
}
