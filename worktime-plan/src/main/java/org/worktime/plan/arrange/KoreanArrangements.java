package org.worktime.plan.arrange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Workplace;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.param.ParameterTable;
import org.worktime.plan.Paperwork;
import org.worktime.plan.PlanOption;
import org.worktime.plan.Project;

/**
 * Sets up the Korean options: which agreements each needs (in the form the Korean pack reads them, docs/FORMATS.md),
 * whether they are on file, and, for an averaging arrangement, its unit and the hours it schedules. Every number comes
 * from the pack's dated parameter rows (unit lengths, the average week, the week and day caps of a schedule, the notice
 * period); whether an arrangement then holds, and what it allows, is the engine's answer, not this class's.
 */
public final class KoreanArrangements {

    static final String EXTENDED_WORK = "KR-LSA-53-1";
    static final String FLEXIBLE_TWO_WEEK = "KR-LSA-51-1";
    static final String FLEXIBLE_THREE_MONTH = "KR-LSA-51-2";
    static final String FLEXIBLE_SIX_MONTH = "KR-LSA-51-2-6M";
    static final String SELECTIVE = "KR-LSA-52";
    static final String SPECIAL_EXTENDED = "KR-LSA-53-4";
    /** The pay rules whose lines are premiums (Art. 56), which an Art. 57 agreement turns into leave. */
    static final String PREMIUM_RULES = "KR-LSA-56";
    static final String COMPENSATORY_LEAVE = "KR-LSA-57";

    private final ParameterTable parameters;

    public KoreanArrangements(ParameterTable parameters) {
        this.parameters = parameters;
    }

    /** Whether a pay line of this rule is a premium that Art. 57 compensatory leave may replace. */
    public static boolean isPremium(String ruleId) {
        return ruleId.startsWith(PREMIUM_RULES);
    }

    /** Whether the workplace has an Art. 57 agreement covering the employee on the date. */
    public static boolean compensatoryLeaveOnFile(Workplace workplace, String employeeId, LocalDate date) {
        return workplace.hasAgreement(COMPENSATORY_LEAVE, employeeId, date);
    }

    public Arranged arrange(PlanOption option, Workplace workplace, List<Employee> team, Project project) {
        LocalDateRange window = project.window();
        List<String> ids = team.stream().map(Employee::id).toList();
        List<Agreement> agreements = new ArrayList<>(workplace.agreements());
        List<Agreement> added = new ArrayList<>();
        List<Paperwork> paperwork = new ArrayList<>();
        List<Text> rest = new ArrayList<>();
        List<Text> notes = new ArrayList<>();
        LocalDate start = window.getStart();
        LocalDate before = start.minusDays(1);

        // Every Korean option works beyond 40 h only with the parties' agreement on extended work (Art. 53(1)).
        Agreement extended = new Agreement(EXTENDED_WORK, window, Set.copyOf(ids), Map.of("signedBy", "worker representative (planned)"));
        need(workplace, ids, window, extended, Text.of("plan.paperwork.extended-work"), Paperwork.article(53, 0, 1, 0), before, agreements, added, paperwork);

        Text unavailable = null;
        switch (option) {
            case KR_ORDINARY -> {
            }
            case KR_FLEXIBLE_2W, KR_FLEXIBLE_3M, KR_FLEXIBLE_6M -> {
                unavailable = flexible(option, workplace, ids, project, agreements, added, paperwork, rest, notes);
            }
            case KR_SELECTIVE_1M, KR_SELECTIVE_3M_RND -> {
                boolean rnd = option == PlanOption.KR_SELECTIVE_3M_RND;
                int months = param(rnd ? "kr.lsa52.rnd-max-months" : "kr.lsa52.max-months", start, workplace).integer();
                LocalDate end = start;
                while (end.isBefore(window.getEnd())) {
                    end = end.plusMonths(months);
                }
                Map<String, String> terms = new LinkedHashMap<>();
                terms.put("settlementMonths", Integer.toString(months));
                if (rnd) {
                    terms.put("rnd", "true");
                }
                Agreement selective = new Agreement(SELECTIVE, LocalDateRange.of(start, end), Set.copyOf(ids), terms);
                need(workplace, ids, window, selective, Text.of("plan.paperwork.selective", "months", months, "rnd", rnd ? "yes" : "no"),
                        rnd ? Paperwork.article(52, 0, 1, 2) : Paperwork.article(52, 0, 1, 0), before, agreements, added, paperwork);
                notes.add(Text.of("plan.note.settlement", "months", months, "from", start, "to", end.minusDays(1)));
                if (rnd) {
                    paperwork.add(new Paperwork(Text.of("plan.paperwork.rest-11h"), Paperwork.article(52, 0, 2, 1), null, false, before));
                }
            }
            case KR_SPECIAL_EXTENDED -> {
                Map<String, String> terms = new LinkedHashMap<>();
                terms.put("ground", "RND");
                terms.put("approvedOn", project.plannedOn().toString());
                terms.put("healthMeasures", "true");
                terms.put("weeklyExtra", param("kr.lsa53-4.default-extra", start, workplace).seconds() / 60 + "min");
                Agreement special = new Agreement(SPECIAL_EXTENDED, window, Set.copyOf(ids), terms);
                need(workplace, ids, window, special, Text.of("plan.paperwork.special-extended"), Paperwork.article(53, 0, 4, 0), before, agreements, added, paperwork);
                paperwork.add(new Paperwork(Text.of("plan.paperwork.special-health"), Paperwork.article(53, 0, 7, 0), null, false, before));
            }
            default -> throw new IllegalArgumentException("not a Korean option: " + option);
        }
        Workplace arranged = new Workplace(workplace.id(), workplace.name(), workplace.jurisdiction(), workplace.zone(), workplace.weekStart(),
                workplace.headcount(), workplace.calendar(), agreements, workplace.publicSector(), workplace.attributes(),
                workplace.weekStartTime());
        return new Arranged(arranged, added, paperwork, rest, notes, unavailable);
    }

    private Text flexible(PlanOption option, Workplace workplace, List<String> ids, Project project,
            List<Agreement> agreements, List<Agreement> added, List<Paperwork> paperwork, List<Text> rest, List<Text> notes) {
        LocalDateRange window = project.window();
        LocalDate start = window.getStart();
        LocalDate before = start.minusDays(1);
        String kind;
        int unitWeeks;
        long weekCap;
        Long dayCap;
        Text document;
        Text article;
        switch (option) {
            case KR_FLEXIBLE_2W -> {
                kind = FLEXIBLE_TWO_WEEK;
                unitWeeks = param("kr.lsa51-1.max-weeks", start, workplace).integer();
                weekCap = param("kr.lsa51-1.week-cap", start, workplace).seconds();
                dayCap = null;
                document = Text.of("plan.paperwork.flexible-2w");
                article = Paperwork.article(51, 0, 1, 0);
            }
            case KR_FLEXIBLE_3M -> {
                kind = FLEXIBLE_THREE_MONTH;
                unitWeeks = weeksWithin(start, param("kr.lsa51-2.max-months", start, workplace).integer());
                weekCap = param("kr.lsa51-2.week-cap", start, workplace).seconds();
                dayCap = param("kr.lsa51-2.day-cap", start, workplace).seconds();
                document = Text.of("plan.paperwork.flexible-3m");
                article = Paperwork.article(51, 0, 2, 0);
            }
            default -> {
                kind = FLEXIBLE_SIX_MONTH;
                var months = parameters.find("kr.lsa51-2-6m.max-months", start, workplace.headcountOn(start));
                if (months.isEmpty()) {
                    return Text.of("plan.unavailable.six-month", "date", start);
                }
                unitWeeks = weeksWithin(start, months.get().integer());
                weekCap = param("kr.lsa51-2.week-cap", start, workplace).seconds();
                dayCap = param("kr.lsa51-2.day-cap", start, workplace).seconds();
                document = Text.of("plan.paperwork.flexible-6m");
                article = Paperwork.article(51, 2, 1, 0);
            }
        }
        long average = param("kr.lsa51.average-week", start, workplace).seconds();
        int windowWeeks = window.lengthInDays() / 7;
        Set<DayOfWeek> workdays = scheduledDays(workplace, project);
        if (workdays.isEmpty()) {
            return Text.of("plan.unavailable.no-weekday");
        }
        // The weekly schedule: the window's weeks of the first unit at the cap (or what the unit's average allows),
        // the unit's other weeks lighter, so that the unit averages the statutory week.
        int units = (windowWeeks + unitWeeks - 1) / unitWeeks;
        int crunchWeeks = Math.min(windowWeeks, unitWeeks);
        long perDayCap = dayCap == null ? Long.MAX_VALUE : dayCap;
        long crunch = Math.min(weekCap, Math.min(average * unitWeeks / crunchWeeks, perDayCap * workdays.size()));
        crunch = crunch / 60 / workdays.size() * 60 * workdays.size(); // whole minutes per day
        long light = unitWeeks == crunchWeeks ? crunch : (average * unitWeeks - crunch * crunchWeeks) / (unitWeeks - crunchWeeks);
        light = light / 60 / workdays.size() * 60 * workdays.size();
        int lightWeeks = unitWeeks - crunchWeeks;
        if (units > 1) {
            // Several units inside the window: each must average the statutory week on its own, so nothing is concentrated.
            crunch = Math.min(average, perDayCap * workdays.size()) / 60 / workdays.size() * 60 * workdays.size();
            light = crunch;
            lightWeeks = 0;
        }
        Map<String, String> terms = new LinkedHashMap<>();
        terms.put("unitWeeks", Integer.toString(unitWeeks));
        String days = dayList(workdays);
        for (int w = 1; w <= unitWeeks; w++) {
            long week = w <= crunchWeeks ? crunch : light;
            terms.put("week." + w, week == 0 ? "" : days + " " + perDay(week, workdays.size()));
        }
        terms.entrySet().removeIf(e -> e.getValue().isEmpty());
        LocalDate end = start.plusWeeks((long) unitWeeks * units);
        Agreement flexible = new Agreement(kind, LocalDateRange.of(start, end), Set.copyOf(ids), terms);
        need(workplace, ids, window, flexible, document, article, before, agreements, added, paperwork);
        notes.add(Text.of("plan.note.unit", "weeks", unitWeeks, "start", start, "units", units, "crunch", Duration.ofSeconds(crunch),
                "lightWeeks", lightWeeks, "light", Duration.ofSeconds(light)));
        if (lightWeeks > 0) {
            rest.add(Text.of("plan.rest.lighter", "weeks", lightWeeks, "light", Duration.ofSeconds(light), "from", start.plusWeeks(crunchWeeks),
                    "to", end.minusDays(1)));
        }
        if (lightWeeks < project.preferences().restAfterWeeks() && windowWeeks <= unitWeeks) {
            notes.add(Text.of("plan.note.short-rest", "weeks", lightWeeks, "wanted", project.preferences().restAfterWeeks()));
        }
        if (option == PlanOption.KR_FLEXIBLE_6M) {
            long notice = param("kr.lsa51-2-6m.notice", start, workplace).seconds() / 86_400;
            for (int w = 0; w < windowWeeks; w++) {
                LocalDate weekStart = start.plusWeeks(w);
                paperwork.add(new Paperwork(Text.of("plan.paperwork.notify-week", "week", weekStart), Paperwork.article(51, 2, 3, 0), null, false,
                        weekStart.minusDays(notice)));
            }
            paperwork.add(new Paperwork(Text.of("plan.paperwork.wage-preservation"), Paperwork.article(51, 2, 5, 0), null, false, before));
        }
        return null;
    }

    /** The weekdays a flexible schedule names: the workplace's working weekdays the team does not keep free. */
    private static Set<DayOfWeek> scheduledDays(Workplace workplace, Project project) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != workplace.calendar().weeklyHoliday() && !workplace.calendar().daysOff().contains(d)
                    && !project.preferences().freeDays().contains(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static String dayList(Set<DayOfWeek> days) {
        Set<String> names = new LinkedHashSet<>();
        for (DayOfWeek d : days) {
            names.add(d.name().substring(0, 3));
        }
        return String.join(",", names);
    }

    /** A week's seconds spread evenly over the days, in the pack's duration form ({@code 10h24min}). */
    private static String perDay(long weekSeconds, int days) {
        long minutes = weekSeconds / 60 / days;
        return (minutes / 60) + "h" + (minutes % 60 == 0 ? "" : (minutes % 60) + "min");
    }

    /** The most whole weeks from the date that stay within the months. */
    private static int weeksWithin(LocalDate start, int months) {
        LocalDate limit = start.plusMonths(months);
        int weeks = 0;
        while (!start.plusWeeks(weeks + 1L).isAfter(limit)) {
            weeks++;
        }
        return weeks;
    }

    private Parameter param(String key, LocalDate date, Workplace workplace) {
        return parameters.get(key, date, workplace.headcountOn(date));
    }

    /**
     * Adds the agreement unless one of its kind already covers every team member on every day of the window; records the
     * paperwork either way.
     */
    static void need(Workplace workplace, List<String> ids, LocalDateRange window, Agreement agreement, Text what, Text article,
            LocalDate deadline, List<Agreement> agreements, List<Agreement> added, List<Paperwork> paperwork) {
        boolean onFile = !ids.isEmpty();
        for (String id : ids) {
            for (LocalDate d = window.getStart(); d.isBefore(window.getEnd()) && onFile; d = d.plusDays(1)) {
                onFile = workplace.hasAgreement(agreement.kind(), id, d);
            }
        }
        if (onFile) {
            paperwork.add(new Paperwork(what, article, agreement.kind(), true, null));
            return;
        }
        agreements.add(agreement);
        added.add(agreement);
        paperwork.add(new Paperwork(what, article, agreement.kind(), false, deadline));
    }
}
