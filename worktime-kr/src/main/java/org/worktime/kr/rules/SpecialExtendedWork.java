package org.worktime.kr.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;

/**
 * A special extended work authorization on file (Art. 53(4)): an agreement of kind {@code KR-LSA-53-4} whose
 * validity is the authorized period and whose terms say {@code ground} (DISASTER, LIFE_SAFETY,
 * UNFORESEEN_INCIDENT, WORKLOAD_SURGE, RND, SEMICONDUCTOR_RND), {@code approvedOn} (the Minister's authorization,
 * or the after-the-fact approval), {@code afterTheFact} (true when the work began before approval, as the proviso
 * allows in urgency) and optionally {@code weeklyExtra} (the hours a week authorized beyond the 12 of Art. 53(1);
 * by default the guideline's 12 h, so 64 h a week). The worker's consent is part of the record.
 */
final class SpecialExtendedWork {

    static final String KIND = "KR-LSA-53-4";

    enum Ground { DISASTER, LIFE_SAFETY, UNFORESEEN_INCIDENT, WORKLOAD_SURGE, RND, SEMICONDUCTOR_RND }

    /** Grounds beyond disasters were added by the Enforcement Rule on 2020-01-31 (kr.md 1.5.3). */
    static final LocalDate WIDER_GROUNDS_FROM = LocalDate.of(2020, 1, 31);

    private final Agreement agreement;

    SpecialExtendedWork(Agreement agreement) {
        this.agreement = agreement;
    }

    /** Every authorization on file covering the employee on the date. */
    static List<SpecialExtendedWork> covering(EmployeeContext context, LocalDate date) {
        List<SpecialExtendedWork> list = new ArrayList<>();
        for (Agreement a : context.workplace().agreements()) {
            if (a.kind().equals(KIND) && a.covers(context.employeeId(), date)) {
                list.add(new SpecialExtendedWork(a));
            }
        }
        return list;
    }

    Agreement agreement() {
        return agreement;
    }

    Optional<Ground> ground() {
        try {
            return Optional.of(Ground.valueOf(agreement.terms().getOrDefault("ground", "").trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Optional<LocalDate> approvedOn() {
        String text = agreement.terms().get("approvedOn");
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text.trim()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    boolean afterTheFact() {
        return Boolean.parseBoolean(agreement.terms().getOrDefault("afterTheFact", "false").trim());
    }

    /** Whether the authorization lifts the 12-hour cap on the date: approved before, or approved after the fact. */
    boolean inForceOn(LocalDate date) {
        if (ground().isEmpty()) {
            return false;
        }
        Optional<LocalDate> approved = approvedOn();
        return approved.isPresent() && (!approved.get().isAfter(date) || afterTheFact());
    }

    /** The extra hours a week authorized on the date, beyond Art. 53(1)'s 12. */
    long weeklyExtra(EmployeeContext context, LocalDate date) {
        if (ground().orElse(null) == Ground.SEMICONDUCTOR_RND) {
            boolean firstHalf = date.isBefore(agreement.validity().getStart().plusMonths(3));
            return context.parameter(firstHalf ? "kr.lsa53-4.chip-rnd.first-extra" : "kr.lsa53-4.chip-rnd.second-extra", date).seconds();
        }
        String extra = agreement.terms().get("weeklyExtra");
        return extra == null ? context.parameter("kr.lsa53-4.default-extra", date).seconds() : Parameter.parseSeconds(extra);
    }

    /** The extra hours on the date from the authorizations in force, the largest if several. */
    static long extraOn(EmployeeContext context, LocalDate date) {
        if (!RuleSupport.hasAny(context, KIND)) {
            return 0;
        }
        long extra = 0;
        for (SpecialExtendedWork s : covering(context, date)) {
            if (s.inForceOn(date)) {
                extra = Math.max(extra, s.weeklyExtra(context, date));
            }
        }
        return extra;
    }

    /** What keeps the authorization from meeting the guidelines, or from counting at all. */
    List<Text> problems(EmployeeContext context) {
        List<Text> problems = new ArrayList<>();
        LocalDate start = agreement.validity().getStart();
        Optional<Ground> ground = ground();
        if (ground.isEmpty()) {
            problems.add(Text.of("kr.special-extended.no-ground", "grounds", java.util.Arrays.toString(Ground.values())));
            return problems;
        }
        if (approvedOn().isEmpty()) {
            problems.add(Text.of("kr.special-extended.no-approval-date"));
        } else if (approvedOn().get().isAfter(start) && !afterTheFact()) {
            problems.add(Text.of("kr.special-extended.approved-after-start", "approved", approvedOn().get()));
        }
        if (ground.get() != Ground.DISASTER && ground.get() != Ground.LIFE_SAFETY && start.isBefore(WIDER_GROUNDS_FROM)) {
            problems.add(Text.of("kr.special-extended.ground-not-yet", "ground", ground.get().name()));
        }
        int days = agreement.validity().isUnboundedEnd() ? Integer.MAX_VALUE : agreement.validity().lengthInDays();
        switch (ground.get()) {
            case UNFORESEEN_INCIDENT, WORKLOAD_SURGE -> {
                int weeks = context.parameter("kr.lsa53-4.max-weeks", start).integer();
                if (days > weeks * 7) {
                    problems.add(Text.of("kr.special-extended.too-many-weeks", "weeks", weeks));
                }
            }
            case RND -> {
                int months = context.parameter("kr.lsa53-4.rnd.max-months", start).integer();
                if (agreement.validity().isUnboundedEnd() || start.plusMonths(months).isBefore(agreement.validity().getEnd())) {
                    problems.add(Text.of("kr.special-extended.rnd-too-long", "months", months));
                }
            }
            case SEMICONDUCTOR_RND -> {
                var months = context.findParameter("kr.lsa53-4.chip-rnd.max-months", start);
                if (months.isEmpty()) {
                    problems.add(Text.of("kr.special-extended.chip-not-yet"));
                } else if (agreement.validity().isUnboundedEnd() || start.plusMonths(months.get().integer()).isBefore(agreement.validity().getEnd())) {
                    problems.add(Text.of("kr.special-extended.chip-too-long", "months", months.get().integer()));
                }
            }
            default -> {
            }
        }
        if (!Boolean.parseBoolean(agreement.terms().getOrDefault("healthMeasures", "false").trim())) {
            problems.add(ground.get() == Ground.SEMICONDUCTOR_RND
                    ? Text.of("kr.special-extended.no-health-measures.chip")
                    : Text.of("kr.special-extended.no-health-measures"));
        }
        long defaultExtra = context.parameter("kr.lsa53-4.default-extra", start).seconds();
        int longWeeks = context.parameter("kr.lsa53-4.long-extra-weeks", start).integer();
        if (ground.get() != Ground.SEMICONDUCTOR_RND && weeklyExtra(context, start) > defaultExtra && days > longWeeks * 7) {
            problems.add(Text.of("kr.special-extended.long-extra",
                    "extra", RuleSupport.duration(defaultExtra), "weeks", longWeeks));
        }
        return problems;
    }
}
