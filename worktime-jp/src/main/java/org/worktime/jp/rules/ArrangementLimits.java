package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;

/** The conditions each arrangement's article sets, checked on one period (C4); a failed one voids the arrangement there. */
final class ArrangementLimits {

    private ArrangementLimits() {
    }

    static List<Text> check(EmployeeContext context, Arrangement a, LocalDateRange period, List<Text> formErrors) {
        List<Text> problems = new ArrayList<>(formErrors);
        if (!problems.isEmpty()) {
            return problems;
        }
        LocalDate on = period.getStart();
        switch (a.agreement.kind()) {
            case Arrangement.ONE_MONTH -> oneMonth(context, a, period, on, problems);
            case Arrangement.ONE_YEAR -> oneYear(context, a, period, on, problems);
            case Arrangement.ONE_WEEK -> oneWeek(context, a, period, on, problems);
            case Arrangement.FLEXTIME -> flextime(context, a, on, problems);
            default -> discretionary(context, a, on, problems);
        }
        return problems;
    }

    private static long scheduledTotal(Arrangement a, LocalDateRange period) {
        long total = 0;
        for (LocalDate d = period.getStart(); d.isBefore(period.getEnd()); d = d.plusDays(1)) {
            total += a.scheduled(d);
        }
        return total;
    }

    private static void average(EmployeeContext context, Arrangement a, LocalDateRange period, long weekLimit, List<Text> problems) {
        long allowed = weekLimit * period.lengthInDays() / 7;
        long scheduled = scheduledTotal(a, period);
        if (scheduled > allowed) {
            problems.add(Text.of("jp.arrangement.average", "from", period.getStart(), "scheduled", Duration.ofSeconds(scheduled),
                    "week", Duration.ofSeconds(weekLimit), "allowed", Duration.ofSeconds(allowed)));
        }
    }

    private static void oneMonth(EmployeeContext context, Arrangement a, LocalDateRange period, LocalDate on, List<Text> problems) {
        int maxMonths = context.parameter("jp.lsa32-2.max-months", on).integer();
        if (!period.getEnd().isBefore(period.getStart().plusMonths(maxMonths).plusDays(1))) {
            problems.add(Text.of("jp.arrangement.one-month.too-long", "max", maxMonths));
        }
        average(context, a, period, Thresholds.weekLimit(context, on).seconds(), problems);
    }

    private static void oneYear(EmployeeContext context, Arrangement a, LocalDateRange period, LocalDate on, List<Text> problems) {
        int maxMonths = context.parameter("jp.lsa32-4.max-months", on).integer();
        if (period.getEnd().isAfter(period.getStart().plusMonths(maxMonths)) || !period.getEnd().isAfter(period.getStart().plusMonths(1))) {
            problems.add(Text.of("jp.arrangement.one-year.length", "max", maxMonths));
        }
        average(context, a, period, context.parameter("jp.lsa32.week-limit", on).seconds(), problems);
        Parameter dayMax = context.parameter("jp.lsa32-4.day-max", on);
        Parameter weekMax = context.parameter("jp.lsa32-4.week-max", on);
        int workingDays = 0;
        for (LocalDate d = period.getStart(); d.isBefore(period.getEnd()); d = d.plusDays(1)) {
            long s = a.scheduled(d);
            if (s > dayMax.seconds()) {
                problems.add(Text.of("jp.arrangement.one-year.day", "date", d, "scheduled", Duration.ofSeconds(s),
                        "max", Duration.ofSeconds(dayMax.seconds())));
                return;
            }
            workingDays += s > 0 ? 1 : 0;
        }
        if (!consecutiveDays(context, a, period, on, problems)) {
            return;
        }
        weeks(context, a, period, on, weekMax, problems);
        if (period.getEnd().isAfter(period.getStart().plusMonths(3))) {
            Parameter perYear = context.parameter("jp.lsa32-4.days-per-year", on);
            long allowed = (long) perYear.integer() * period.lengthInDays() / 365;
            if (workingDays > allowed) {
                problems.add(Text.of("jp.arrangement.one-year.working-days", "days", workingDays, "allowed", allowed,
                        "perYear", perYear.integer()));
            }
        }
    }

    /**
     * Ordinance Art. 12-4(5): at most 6 consecutive working days; in a specified period (特定期間) the schedule need only
     * give one day off a week, so up to 12. Worktime's reading: a day inside a specified period may be the 12th of a
     * run, a day outside it only the 6th (a run that leaves the specified period is judged by the 6-day limit).
     */
    private static boolean consecutiveDays(EmployeeContext context, Arrangement a, LocalDateRange period, LocalDate on, List<Text> problems) {
        Parameter normal = context.parameter("jp.lsa32-4.consecutive-days-max", on);
        Parameter specified = context.parameter("jp.lsa32-4.consecutive-days-max.specified", on);
        int run = 0;
        for (LocalDate d = period.getStart(); d.isBefore(period.getEnd()); d = d.plusDays(1)) {
            run = a.scheduled(d) > 0 ? run + 1 : 0;
            boolean busy = a.inSpecifiedPeriod(d);
            Parameter limit = busy ? specified : normal;
            if (run > limit.integer()) {
                problems.add(Text.of("jp.arrangement.one-year.consecutive", "max", limit.integer(), "date", d,
                        "period", busy ? "specified" : "normal"));
                return false;
            }
        }
        // In a specified period each whole week of the workplace keeps one day off (Ordinance Art. 12-4(5)).
        for (LocalDate ws = context.weekStartOf(period.getStart()); ws.isBefore(period.getEnd()); ws = ws.plusWeeks(1)) {
            boolean wholeWeekSpecified = true;
            boolean dayOff = false;
            for (int i = 0; i < 7; i++) {
                LocalDate d = ws.plusDays(i);
                wholeWeekSpecified &= period.contains(d) && a.inSpecifiedPeriod(d);
                dayOff |= a.scheduled(d) == 0;
            }
            if (wholeWeekSpecified && !dayOff) {
                problems.add(Text.of("jp.arrangement.one-year.no-day-off", "week", ws));
                return false;
            }
        }
        return true;
    }

    /** Weeks of the period: at most 52 h; weeks over 48 h at most 3 in a row and at most 3 in each 3-month segment. */
    private static void weeks(EmployeeContext context, Arrangement a, LocalDateRange period, LocalDate on, Parameter weekMax, List<Text> problems) {
        Parameter heavy = context.parameter("jp.lsa32-4.heavy-week", on);
        int heavyMax = context.parameter("jp.lsa32-4.heavy-weeks-max", on).integer();
        int inRow = 0;
        LocalDate segmentEnd = period.getStart().plusMonths(3);
        int inSegment = 0;
        for (LocalDate ws = context.weekStartOf(period.getStart()); ws.isBefore(period.getEnd()); ws = ws.plusWeeks(1)) {
            long total = 0;
            for (int d = 0; d < 7; d++) {
                LocalDate date = ws.plusDays(d);
                total += period.contains(date) ? a.scheduled(date) : 0;
            }
            if (total > weekMax.seconds()) {
                problems.add(Text.of("jp.arrangement.one-year.week", "week", ws, "scheduled", Duration.ofSeconds(total),
                        "max", Duration.ofSeconds(weekMax.seconds())));
                return;
            }
            while (!ws.isBefore(segmentEnd)) {
                segmentEnd = segmentEnd.plusMonths(3);
                inSegment = 0;
            }
            boolean isHeavy = total > heavy.seconds();
            inRow = isHeavy ? inRow + 1 : 0;
            inSegment += isHeavy ? 1 : 0;
            if (inRow > heavyMax || inSegment > heavyMax) {
                problems.add(Text.of("jp.arrangement.one-year.heavy-weeks", "max", heavyMax, "heavy", Duration.ofSeconds(heavy.seconds()),
                        "where", inRow > heavyMax ? "row" : "segment", "week", ws));
                return;
            }
        }
    }

    private static void oneWeek(EmployeeContext context, Arrangement a, LocalDateRange period, LocalDate on, List<Text> problems) {
        boolean business = "true".equalsIgnoreCase(context.workplace().attributes().getOrDefault("jp.lsa32-5.business", "false"));
        int maxHeadcount = context.parameter("jp.lsa32-5.max-headcount", on).integer();
        var headcount = context.headcount(on);
        if (!business || headcount.isEmpty() || headcount.getAsInt() > maxHeadcount) {
            problems.add(Text.of("jp.arrangement.one-week.business", "attribute", "jp.lsa32-5.business", "fewerThan", maxHeadcount + 1));
        }
        Parameter dayMax = context.parameter("jp.lsa32-5.day-max", on);
        for (LocalDate d = period.getStart(); d.isBefore(period.getEnd()); d = d.plusDays(1)) {
            if (a.scheduled(d) > dayMax.seconds()) {
                problems.add(Text.of("jp.arrangement.one-week.day", "date", d, "max", Duration.ofSeconds(dayMax.seconds())));
                break;
            }
        }
        average(context, a, period, context.parameter("jp.lsa32.week-limit", on).seconds(), problems);
    }

    private static void flextime(EmployeeContext context, Arrangement a, LocalDate on, List<Text> problems) {
        int maxMonths = context.parameter("jp.lsa32-3.max-months", on).integer();
        if (a.months() < 1 || a.months() > maxMonths) {
            problems.add(Text.of("jp.arrangement.flextime.months", "months", a.months(), "max", maxMonths));
        }
        int filingOver = context.parameter("jp.lsa32-3.filing-over-months", on).integer();
        if (a.months() > filingOver && !"true".equalsIgnoreCase(a.agreement.terms().getOrDefault("filed", "false"))) {
            problems.add(Text.of("jp.arrangement.flextime.not-filed", "over", filingOver));
        }
    }

    private static void discretionary(EmployeeContext context, Arrangement a, LocalDate on, List<Text> problems) {
        boolean consentRequired = a.agreement.kind().equals(Arrangement.PLANNING)
                || context.findParameter("jp.lsa38-3.consent-required", on).map(Parameter::bool).orElse(false);
        if (consentRequired && !context.attestation(JpSubjects.DISCRETIONARY_CONSENT, on).map(x -> x.holds()).orElse(false)) {
            problems.add(Text.of("jp.arrangement.discretionary.no-consent", "attestation", JpSubjects.DISCRETIONARY_CONSENT));
        }
        if (a.agreement.kind().equals(Arrangement.PROFESSIONAL)) {
            professionalJob(context, a, on, problems);
        } else {
            committeeVote(context, a, on, problems);
        }
    }

    /**
     * Art. 38-3 covers only the job types the Ordinance and the Minister's notice list (row {@code jp.lsa38-3.job-types}:
     * 19, and 20 with M&A advisory from 2024-04-01), and only those the agreement names (term {@code jobTypes}); the
     * worker's job is employee attribute {@value JpSubjects#DISCRETIONARY_JOB}. Unstated, the arrangement cannot be shown.
     */
    private static void professionalJob(EmployeeContext context, Arrangement a, LocalDate on, List<Text> problems) {
        Parameter listed = context.parameter("jp.lsa38-3.job-types", on);
        String job = context.employee().attributes().getOrDefault(JpSubjects.DISCRETIONARY_JOB, "").trim();
        List<String> lawful = List.of(listed.text().replace(" ", "").split(","));
        List<String> agreed = List.of(a.agreement.terms().getOrDefault("jobTypes", "").replace(" ", "").split(","));
        if (job.isEmpty()) {
            problems.add(Text.of("jp.arrangement.discretionary.no-job", "attribute", JpSubjects.DISCRETIONARY_JOB));
        } else if (!lawful.contains(job)) {
            problems.add(Text.of("jp.arrangement.discretionary.job-not-listed", "job", job, "count", lawful.size(), "date", on,
                    "row", "jp.lsa38-3.job-types"));
        } else if (!agreed.contains(job)) {
            problems.add(Text.of("jp.arrangement.discretionary.job-not-agreed", "job", job));
        }
    }

    /** Art. 38-4(1): the planning type rests on a resolution of the labour-management committee by four fifths of its members. */
    private static void committeeVote(EmployeeContext context, Arrangement a, LocalDate on, List<Text> problems) {
        Parameter majority = context.parameter("jp.lsa38-4.committee-majority", on);
        String votesFor = a.agreement.terms().get("membersFor");
        String members = a.agreement.terms().get("members");
        if (votesFor == null || members == null) {
            problems.add(Text.of("jp.arrangement.committee.no-vote"));
            return;
        }
        java.math.BigDecimal share;
        try {
            share = new java.math.BigDecimal(votesFor.trim()).divide(new java.math.BigDecimal(members.trim()), java.math.MathContext.DECIMAL64);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(Text.of("jp.arrangement.committee.not-numbers", "membersFor", votesFor, "members", members));
            return;
        }
        if (share.compareTo(majority.decimal()) < 0) {
            problems.add(Text.of("jp.arrangement.committee.short", "membersFor", votesFor.trim(), "members", members.trim(),
                    "majority", majority.decimal()));
        }
    }
}
