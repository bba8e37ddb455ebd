package org.worktime.core.exempt;

import java.util.List;
import java.util.Objects;

/** One employee under one regime: the answer of each test and the regime's answer (exempt if any test exempts). */
public record RegimeDecision(String employeeId, Regime regime, Verdict verdict, List<Eligibility> tests) {

    public RegimeDecision {
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(verdict, "verdict");
        tests = List.copyOf(tests);
    }

    public static RegimeDecision of(String employeeId, Regime regime, List<Eligibility> tests) {
        return new RegimeDecision(employeeId, regime, Verdict.anyOf(tests.stream().map(Eligibility::verdict).toList()), tests);
    }
}
