package org.worktime.core.rule;

import java.util.List;
import org.worktime.core.domain.Workplace;
import org.worktime.core.engine.DayTypes;
import org.worktime.core.engine.TimelinePolicy;
import org.worktime.core.param.ParameterTable;

/**
 * One jurisdiction: its rules, pay rules, dated parameters, holiday calendar and time conventions.
 * Packs are found with {@link java.util.ServiceLoader}; adding a country is adding a module.
 */
public interface JurisdictionPack {

    /** ISO country code, e.g. {@code KR}. */
    String jurisdiction();

    String displayName();

    /** The pack's bundled parameter table. */
    ParameterTable parameters();

    List<LimitRule> limitRules();

    List<PayRule> payRules();

    /** What each date is for this workplace (statutory holidays in force for its size, its own calendar). */
    DayTypes dayTypes(Workplace workplace, ParameterTable parameters);

    /** Night window and day attribution in force. */
    TimelinePolicy timelinePolicy(Workplace workplace, ParameterTable parameters);

    /**
     * How far before the requested dates the pack's rules need to see the record: limits over rolling months or an
     * agreement year (Japan's 2-6 month averages and annual caps) judge a month by the months before it. The engine
     * evaluates from that far back and reports only what touches the requested dates. Zero by default.
     */
    default java.time.Period lookback() {
        return java.time.Period.ZERO;
    }

    /**
     * Whether the pack counts work by the instant it happens, so that a shift across the start of the first evaluated
     * week counts to that week for the part inside it (a US workweek: 29 CFR 778.103). When false (the default), a
     * shift belongs wholly to the day it started, and only shifts starting in the evaluated weeks are read.
     */
    default boolean countsWorkByInstant() {
        return false;
    }

    /** How the pack reads a workplace's size for its size tests. */
    default org.worktime.core.engine.HeadcountPolicy headcountPolicy() {
        return org.worktime.core.engine.HeadcountPolicy.AS_RECORDED;
    }

    /**
     * How much working time each employee may still lawfully work in the week of an as-of instant (the
     * {@code worktime watch} question); empty when the pack does not answer it.
     */
    default java.util.Optional<org.worktime.core.watch.HeadroomCalculator> headroom() {
        return java.util.Optional.empty();
    }

    /** A pay line kind in words, in English and the pack's language; the code itself by default. */
    default org.worktime.core.finding.Text payKindLabel(String kind) {
        return org.worktime.core.finding.Text.verbatim(kind);
    }

    /**
     * The pay kinds that are ordinary pay the employee is due (an allowance, a paid holiday), not a premium for work
     * beyond the limits: reports show them apart from the premiums owed, as pay rather than arrears. None by default.
     */
    default java.util.Set<String> allowanceKinds() {
        return java.util.Set.of();
    }

    /**
     * The tests that decide whether an employee is exempt from the hours rules (or from the premiums), grouped by
     * regime; empty when the pack has none.
     */
    default List<ExemptionTest> exemptionTests() {
        return List.of();
    }

    /**
     * The words of the input this pack gives a meaning to (statuses, exclusion categories, earning kinds and attributes,
     * attestation subjects, agreement kinds and terms). The readers reject a word no installed pack declares, so a typo
     * never switches a rule off in silence. Empty by default (nothing declared, nothing checked for this pack).
     */
    default Vocabulary vocabulary() {
        return Vocabulary.EMPTY;
    }

    /** Every rule, limits first, then pay rules, then exemption tests. */
    default List<Rule> rules() {
        java.util.ArrayList<Rule> all = new java.util.ArrayList<>(limitRules());
        all.addAll(payRules());
        all.addAll(exemptionTests());
        return List.copyOf(all);
    }
}
