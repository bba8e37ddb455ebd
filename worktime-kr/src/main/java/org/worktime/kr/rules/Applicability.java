package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;

/**
 * Whether an article applies to an employee on a date: Art. 11 and Decree Table 1 (workplace size as recorded, from the
 * {@code kr.scope.min-headcount.*} rows) and Art. 63 (excluded categories).
 */
record Applicability(Outcome outcome, Text reason) {

    enum Outcome { APPLIES, NOT_APPLICABLE, UNKNOWN }

    static final Applicability APPLIES = new Applicability(Outcome.APPLIES, Text.empty());

    /** The {@code kr.scope.min-headcount.*} rows, one per article of Decree Table 1 that the rules ask about. */
    static final String ART50 = "kr.scope.min-headcount.art50";
    static final String ART53 = "kr.scope.min-headcount.art53";
    static final String ART54 = "kr.scope.min-headcount.art54";
    static final String ART55_1 = "kr.scope.min-headcount.art55-1";
    static final String ART55_2 = "kr.scope.min-headcount.art55-2";
    static final String ART56 = "kr.scope.min-headcount.art56";
    static final String ART69 = "kr.scope.min-headcount.art69";
    static final String ART70 = "kr.scope.min-headcount.art70";
    static final String ART71 = "kr.scope.min-headcount.art71";
    static final String ART74 = "kr.scope.min-headcount.art74";

    /**
     * @param scopeKey         the {@code kr.scope.min-headcount.*} row, e.g. {@link #ART50}
     * @param art63Lifts       whether an Art. 63 exclusion takes the employee out of this article
     */
    static Applicability of(EmployeeContext context, String scopeKey, LocalDate date, boolean art63Lifts) {
        if (art63Lifts && Art63Category.excludes(context.employee(), date)) {
            return new Applicability(Outcome.NOT_APPLICABLE, Text.of("kr.scope.excluded-art63"));
        }
        int minimum = context.parameter(scopeKey, date).integer();
        if (minimum == 0) {
            return APPLIES;
        }
        // Art. 11 scope follows the workplace's real regular headcount, a public body's too: Act No. 15513's addendum puts
        // public bodies with the 300+ band for its phase-in dates only (the headcount-scoped rows), not for Art. 11.
        OptionalInt headcount = context.workplace().headcountOn(date);
        if (headcount.isEmpty()) {
            return new Applicability(Outcome.UNKNOWN, Text.of("kr.scope.headcount-unknown",
                    "date", date, "minimum", minimum));
        }
        if (headcount.getAsInt() < minimum) {
            return new Applicability(Outcome.NOT_APPLICABLE, Text.of("kr.scope.below-headcount", "minimum", minimum));
        }
        return APPLIES;
    }

    /**
     * Like {@link #of} for the adult hours rules (Arts 50 and 53): a known minor is judged by Art. 69 instead.
     */
    static Applicability ofAdultHours(EmployeeContext context, String scopeKey, LocalDate date) {
        if (Protection.isKnownMinor(context, date)) {
            return new Applicability(Outcome.NOT_APPLICABLE, Text.of("kr.scope.minor"));
        }
        return of(context, scopeKey, date, true);
    }

    boolean applies() {
        return outcome == Outcome.APPLIES;
    }

    boolean unknown() {
        return outcome == Outcome.UNKNOWN;
    }
}
