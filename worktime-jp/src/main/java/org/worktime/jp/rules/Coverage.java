package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.worktime.core.domain.Attestation;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.exempt.ExemptionQuery;
import org.worktime.core.exempt.Verdict;

/**
 * Whom the hours rules apply to on a date. A worker covered by the Highly Professional System (Art. 41-2) is outside
 * the rules on hours, rest periods, holidays and every premium, the late-night one included; an Art. 41 worker
 * (manager or supervisor, confidential work, agriculture, approved surveillance or intermittent work) is outside the
 * rules on hours, rest periods and holidays, but still owed the late-night premium (C3.9, C4).
 */
final class Coverage {

    /** Attested subjects that place a worker under Art. 41(ii). */
    static final String MANAGER = "jp.art41.manager";
    static final String CONFIDENTIAL = "jp.art41.confidential";
    /** Exclusion categories of Art. 41(i) and (iii); the latter two need the Labour Standards Office's approval. */
    static final Set<String> EXCLUSIONS_WITHOUT_APPROVAL = Set.of("agriculture");
    static final Set<String> EXCLUSIONS_WITH_APPROVAL = Set.of("surveillance", "intermittent");

    private final EmployeeContext context;
    private final boolean hpsPossible;
    private final Map<LocalDate, org.worktime.core.exempt.Eligibility> hps = new HashMap<>();

    /** The answer of {@link #hoursRulesApply} for each day of the evaluated weeks: 0 not yet asked, 1 no, 2 yes. */
    private final byte[] applies;
    private final long first;
    /** Whether Art. 41 can lift the rules at all: an Art. 41(ii) attestation or an exclusion is on file. */
    private final boolean article41Possible;

    Coverage(EmployeeContext context) {
        this.context = context;
        this.hpsPossible = !context.workplace().agreementsOfKind(HighlyProfessionalSystemTest.RESOLUTION).isEmpty();
        var period = context.period();
        this.first = period.getStart().toEpochDay();
        this.applies = new byte[period.isUnboundedEnd() ? 0 : period.lengthInDays()];
        this.article41Possible = context.employee().exclusion() != null || context.attestations().stream()
                .anyMatch(a -> a.subject().equals(MANAGER) || a.subject().equals(CONFIDENTIAL));
    }

    /** Whether the Highly Professional System exempts the worker on the date (every condition met, measures included). */
    boolean hps(LocalDate date) {
        if (!hpsPossible) {
            return false;
        }
        return hpsDecision(date).verdict() == Verdict.EXEMPT;
    }

    /** Whether a committee resolution of the Highly Professional System is on file at all. */
    boolean hpsPossible() {
        return hpsPossible;
    }

    /** The decision of the Highly Professional System test on the date, from the evaluated weeks' record; cached. */
    org.worktime.core.exempt.Eligibility hpsDecision(LocalDate date) {
        return hps.computeIfAbsent(date, d -> new HighlyProfessionalSystemTest().decide(ExemptionQuery.of(context, d)));
    }

    /** Whether Art. 41 lifts the rules on hours, rest periods and holidays on the date. */
    boolean article41(LocalDate date) {
        return article41Possible && article41(context, date);
    }

    static boolean article41(EmployeeContext context, LocalDate date) {
        for (String subject : new String[] {MANAGER, CONFIDENTIAL}) {
            if (context.attestation(subject, date).map(Attestation::holds).orElse(false)) {
                return true;
            }
        }
        var exclusion = context.employee().exclusion();
        if (exclusion == null) {
            return false;
        }
        if (EXCLUSIONS_WITHOUT_APPROVAL.contains(exclusion.category())) {
            return true;
        }
        return EXCLUSIONS_WITH_APPROVAL.contains(exclusion.category()) && exclusion.approvedOn() != null
                && !exclusion.approvedOn().isAfter(date);
    }

    /** Whether the rules on hours, rest periods, holidays and the overtime and holiday premiums apply on the date. */
    boolean hoursRulesApply(LocalDate date) {
        long k = date.toEpochDay() - first;
        if (k < 0 || k >= applies.length) {
            return decide(date);
        }
        if (applies[(int) k] == 0) {
            applies[(int) k] = decide(date) ? (byte) 2 : (byte) 1;
        }
        return applies[(int) k] == 2;
    }

    /** {@link #hoursRulesApply} by epoch day: the date is built only the first time the day is asked. */
    boolean hoursRulesApplyAt(long epochDay) {
        long k = epochDay - first;
        if (k >= 0 && k < applies.length && applies[(int) k] != 0) {
            return applies[(int) k] == 2;
        }
        return hoursRulesApply(LocalDate.ofEpochDay(epochDay));
    }

    private boolean decide(LocalDate date) {
        return context.employee().isEmployedOn(date) && !article41(date) && !hps(date);
    }

    /** Whether the late-night premium is due for work on the date (only the Highly Professional System lifts it). */
    boolean nightPremiumApplies(LocalDate date) {
        return !hps(date);
    }
}
