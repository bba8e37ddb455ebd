package org.worktime.us.exempt;

import java.util.Optional;
import org.worktime.core.exempt.Evidence;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.us.UsAttributes;

/** California's exemptions speak only for a workplace in California ({@code us.state=CA}). */
final class CaliforniaScope {

    private CaliforniaScope() {
    }

    static Optional<Evidence> outside(ExemptionQuery q, Citation citation) {
        if (UsAttributes.isCalifornia(q.workplace())) {
            return Optional.empty();
        }
        return Optional.of(new Evidence("scope.california", Text.of("us.exempt.condition.in-california"),
                q.workplace().attributes().containsKey(UsAttributes.STATE)
                        ? Text.verbatim(UsAttributes.STATE + "=" + q.workplace().attributes().get(UsAttributes.STATE))
                        : Text.of("us.exempt.evidence.state-not-set", "attribute", UsAttributes.STATE),
                Text.verbatim(UsAttributes.STATE + "=CA"),
                Verdict.NOT_EXEMPT, citation));
    }

    /** The citations by section, built once (the tests name them for every week they are asked). */
    private static final java.util.concurrent.ConcurrentMap<String, Citation> LABOR = new java.util.concurrent.ConcurrentHashMap<>();

    static Citation labor(String section) {
        return LABOR.computeIfAbsent(section, s -> new Citation("California Labor Code", s, "",
                "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=LAB&sectionNum=" + s.replaceAll("\\(.*", "")));
    }
}
