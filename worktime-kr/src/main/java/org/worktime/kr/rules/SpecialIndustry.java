package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;

/**
 * Art. 59: in five industries a written agreement with the worker representative (kind {@code KR-LSA-59}) allows
 * extended work beyond 12 hours a week and changes to the break rules (term {@code breaksChanged: true}); the
 * workplace's industry is its KSIC code in the attribute {@code industry}.
 */
final class SpecialIndustry {

    static final String KIND = "KR-LSA-59";
    static final String INDUSTRY_ATTRIBUTE = "industry";

    private SpecialIndustry() {
    }

    static Optional<Agreement> agreement(EmployeeContext context, LocalDate date) {
        for (Agreement a : context.workplace().agreements()) {
            if (a.kind().equals(KIND) && a.covers(context.employeeId(), date)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether the workplace's industry is one of Art. 59's on the date; empty when the industry or the list is unknown. */
    static Optional<Boolean> eligible(EmployeeContext context, LocalDate date) {
        String code = context.workplace().attributes().get(INDUSTRY_ATTRIBUTE);
        var included = context.findParameter("kr.lsa59.industries", date);
        if (code == null || included.isEmpty()) {
            return Optional.empty();
        }
        String c = code.trim();
        boolean in = Arrays.stream(included.get().text().split(",")).map(String::trim).anyMatch(c::startsWith);
        boolean out = context.findParameter("kr.lsa59.excluded-industries", date)
                .map(p -> Arrays.stream(p.text().split(",")).map(String::trim).anyMatch(c::startsWith)).orElse(false);
        return Optional.of(in && !out);
    }

    /** Whether Art. 59 lifts the 12-hour cap for the employee on the date: the agreement and an eligible industry. */
    static boolean appliesOn(EmployeeContext context, LocalDate date) {
        return RuleSupport.hasAny(context, KIND) && agreement(context, date).isPresent() && eligible(context, date).orElse(false);
    }

    static boolean breaksChanged(EmployeeContext context, LocalDate date) {
        return appliesOn(context, date) && agreement(context, date)
                .map(a -> Boolean.parseBoolean(a.terms().getOrDefault("breaksChanged", "false").trim())).orElse(false);
    }
}
