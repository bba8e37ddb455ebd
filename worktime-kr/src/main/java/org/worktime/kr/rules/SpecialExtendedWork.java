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
            problems.add(Text.legacy("the ground is missing or not one of " + java.util.Arrays.toString(Ground.values()),
                    "인가 사유가 없거나 알 수 없습니다"));
            return problems;
        }
        if (approvedOn().isEmpty()) {
            problems.add(Text.legacy("no authorization or approval date is on file", "인가·승인 일자가 없습니다"));
        } else if (approvedOn().get().isAfter(start) && !afterTheFact()) {
            problems.add(Text.legacy("the authorization dates from " + approvedOn().get() + ", after the period began, and is not marked as an after-the-fact approval",
                    "인가일 " + approvedOn().get() + "이 기간 개시 후이며 사후승인으로 표시되지 않았습니다"));
        }
        if (ground.get() != Ground.DISASTER && ground.get() != Ground.LIFE_SAFETY && start.isBefore(WIDER_GROUNDS_FROM)) {
            problems.add(Text.legacy("the ground " + ground.get() + " exists only from 2020-01-31", ground.get() + " 사유는 2020-01-31부터 인정됩니다"));
        }
        int days = agreement.validity().isUnboundedEnd() ? Integer.MAX_VALUE : agreement.validity().lengthInDays();
        switch (ground.get()) {
            case UNFORESEEN_INCIDENT, WORKLOAD_SURGE -> {
                int weeks = context.parameter("kr.lsa53-4.max-weeks", start).integer();
                if (days > weeks * 7) {
                    problems.add(Text.legacy("an authorization on this ground lasts at most " + weeks + " weeks (MOEL guideline)",
                            "이 사유의 인가기간은 " + weeks + "주 이내입니다 (고용노동부 지침)"));
                }
            }
            case RND -> {
                int months = context.parameter("kr.lsa53-4.rnd.max-months", start).integer();
                if (agreement.validity().isUnboundedEnd() || start.plusMonths(months).isBefore(agreement.validity().getEnd())) {
                    problems.add(Text.legacy("an R&D authorization lasts at most " + months + " months (MOEL guideline)",
                            "연구개발 인가기간은 " + months + "개월 이내입니다 (고용노동부 지침)"));
                }
            }
            case SEMICONDUCTOR_RND -> {
                var months = context.findParameter("kr.lsa53-4.chip-rnd.max-months", start);
                if (months.isEmpty()) {
                    problems.add(Text.legacy("the semiconductor R&D track exists only from 2025-03-14", "반도체 연구개발 특례는 2025-03-14부터입니다"));
                } else if (agreement.validity().isUnboundedEnd() || start.plusMonths(months.get().integer()).isBefore(agreement.validity().getEnd())) {
                    problems.add(Text.legacy("a semiconductor R&D authorization lasts at most " + months.get().integer() + " months (MOEL guideline)",
                            "반도체 연구개발 인가기간은 " + months.get().integer() + "개월 이내입니다"));
                }
            }
            default -> {
            }
        }
        if (!Boolean.parseBoolean(agreement.terms().getOrDefault("healthMeasures", "false").trim())) {
            problems.add(ground.get() == Ground.SEMICONDUCTOR_RND
                    ? Text.legacy("no health measures are recorded ('healthMeasures: true'): Art. 53(7), and on the semiconductor track a health"
                            + " check-up every 6 months", "건강보호 조치 기록이 없습니다 (제53조제7항; 반도체 특례는 6개월마다 건강검진)")
                    : Text.legacy("no health measures are recorded ('healthMeasures: true', Art. 53(7))", "건강보호 조치 기록이 없습니다 (제53조제7항)"));
        }
        long defaultExtra = context.parameter("kr.lsa53-4.default-extra", start).seconds();
        int longWeeks = context.parameter("kr.lsa53-4.long-extra-weeks", start).integer();
        if (ground.get() != Ground.SEMICONDUCTOR_RND && weeklyExtra(context, start) > defaultExtra && days > longWeeks * 7) {
            problems.add(Text.legacy("more than " + RuleSupport.hours(defaultExtra) + " h extra a week may last at most " + longWeeks + " weeks (MOEL guideline)",
                    "주 " + RuleSupport.hours(defaultExtra) + "시간을 넘는 추가 연장은 " + longWeeks + "주 이내입니다"));
        }
        return problems;
    }
}
