package org.worktime.jp.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.finding.Citation;
import org.worktime.core.finding.Text;
import org.worktime.core.param.Parameter;
import org.worktime.core.rule.RuleInfo;

/**
 * The caps that bind one Art. 36 month, each read exactly as the rule that judges it reads it (same rows, same dates,
 * same count of {@link StatutoryHours}), so that the headroom ({@link JapaneseHeadroom}) and {@code worktime check}
 * never disagree on where the line is. A cap judges its own measure (overtime alone, or overtime plus holiday work);
 * the headroom compares them by what the month may still hold before each breaks ({@link Cap#lawfulRoom}).
 */
final class MonthlyCaps {

    private static final RuleInfo WEEKLY = new WeeklyHoursRule().info();
    private static final RuleInfo HOLIDAY = new HolidayWorkRule().info();
    private static final RuleInfo GENERAL = new GeneralLimitRule().info();
    private static final RuleInfo SPECIAL = new SpecialClauseRule().info();
    private static final RuleInfo MONTHLY = new MonthlyCapRule().info();
    private static final RuleInfo AVERAGE = new AverageCapRule().info();

    /** The agreed limits the caps read; one present but unreadable leaves the tightest cap unknown. */
    private static final List<String> LIMIT_TERMS = List.of("monthLimit", "yearLimit", "specialMonthLimit", "specialYearLimit");

    private MonthlyCaps() {
    }

    /**
     * One cap on the month.
     *
     * @param limit  the most the cap allows, in its own measure (for an average: the cap times the months)
     * @param used   the cap's measure, recorded and planned
     * @param strict whether the measure must stay strictly under the limit (Art. 36(6)(ii): exactly 100 h breaks it)
     * @param what   which cap, with its number and article, for the reason
     */
    record Cap(long limit, long used, boolean strict, Text what, Citation citation) {

        /** {@code limit - used}: the hours left against the limit (under a strict cap, all but the last second of them). */
        long room() {
            return limit - used;
        }

        /** What may still be added without breaking it: the room, less a second under a strict cap. */
        long lawfulRoom() {
            return room() - (strict ? 1 : 0);
        }

        boolean broken() {
            return lawfulRoom() < 0;
        }
    }

    /** The cap binding first: the least lawful room; on a tie, the first listed (the absolute caps come first). */
    static Cap tightest(List<Cap> caps) {
        Cap best = caps.get(0);
        for (Cap c : caps) {
            if (c.lawfulRoom() < best.lawfulRoom()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Without an Art. 36 agreement no overtime and no statutory-holiday work is lawful (Art. 32, Art. 35, Art. 36(1),
     * as JP-LSA-32-1, JP-LSA-32-2 and JP-LSA-36-1 judge it): the month may hold none.
     */
    static Cap withoutAgreement(EmployeeContext context, LocalDateRange month, LocalDate weekStart, LocalDate today, StatutoryHours hours) {
        Parameter week = Thresholds.weekLimit(context, weekStart);
        Parameter day = Thresholds.dayLimit(context, today);
        return new Cap(0, hours.overtime(month) + hours.holiday(month), false, Text.of(
                "jp.caps.no-agreement", "date", today, "day", h(day.seconds()), "week", h(week.seconds())),
                RuleSupport.citation(WEEKLY, week));
    }

    /**
     * What the agreement needs and does not give: an agreed limit present but unreadable, or a sector the parameters do
     * not know. Empty when the agreement can be read.
     */
    static Optional<Text> missing(EmployeeContext context, Art36Agreement agreement, LocalDate on) {
        List<Text> unreadable = new ArrayList<>();
        for (String key : LIMIT_TERMS) {
            String text = agreement.agreement().terms().get(key);
            if (text != null && !text.isBlank() && agreement.term(key).isEmpty()) {
                unreadable.add(Text.of("jp.caps.unreadable.term", "term", key, "value", text.trim()));
            }
        }
        String sector = agreement.sector();
        boolean knownSector = sector.equals("general") || Art36Agreement.sectorRow(context, sector, "limits-apply", on).isPresent();
        if (!knownSector) {
            unreadable.add(Text.of("jp.caps.unreadable.sector", "sector", sector, "rows", "jp.lsa36.sector." + sector + ".*", "date", on));
        }
        if (unreadable.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Text.of("jp.caps.unreadable", "terms", unreadable));
    }

    /**
     * The caps of the month under the agreement in force: holiday work when the agreement does not provide for it; the
     * absolute caps of Art. 36(6) where the sector is under them; the agreement's limits of Art. 36(4)-(5) (month,
     * the six months over 45 h, year) where the sector is under them. Empty when none binds (a sector outside both).
     */
    static List<Cap> withAgreement(EmployeeContext context, Art36Agreement agreement, LocalDateRange month, StatutoryHours hours) {
        List<Cap> caps = new ArrayList<>();
        LocalDateRange part = agreement.clip(month);
        LocalDate on = part.getStart();
        if (Art36Agreement.capsApply(context, on)) {
            absoluteCaps(context, agreement.grid(), month, on, hours, caps);
        }
        if (!agreement.holidayWork()) {
            caps.add(new Cap(0, hours.holiday(part), false, Text.of("jp.caps.no-holiday-work"), HOLIDAY.citation()));
        }
        if (agreement.limitsApply(context, on)) {
            monthLimit(context, agreement, part, hours, caps);
        }
        LocalDateRange year = agreement.clip(agreement.grid().yearOf(month.getStart()));
        if (agreement.limitsApply(context, year.getStart())) {
            if (agreement.specialClause()) {
                monthsOver(context, agreement, month, year, hours, caps);
            }
            yearLimit(context, agreement, year, hours, caps);
        }
        return caps;
    }

    /** Art. 36(6)(ii) and (iii), on overtime plus holiday work of the whole month, as JP-LSA-36-6-2 and -3 count it. */
    private static void absoluteCaps(EmployeeContext context, MonthGrid grid, LocalDateRange month, LocalDate on, StatutoryHours hours,
            List<Cap> caps) {
        long sum = hours.overtime(month) + hours.holiday(month);
        Parameter cap = context.parameter("jp.lsa36.monthly-cap", on);
        caps.add(new Cap(cap.seconds(), sum, true, Text.of("jp.caps.monthly", "cap", h(cap.seconds())),
                RuleSupport.citation(MONTHLY, cap)));
        // For each window of n months ending with this one, the month may hold n x 80 h less the n-1 months before it.
        Parameter average = context.parameter("jp.lsa36.average-cap", on);
        int min = context.parameter("jp.lsa36.average-window-min", on).integer();
        int max = context.parameter("jp.lsa36.average-window-max", on).integer();
        long before = 0;
        for (int n = 2; n <= max; n++) {
            LocalDateRange earlier = grid.monthAt(month.getStart(), -(n - 1));
            before += hours.overtime(earlier) + hours.holiday(earlier);
            if (n < min) {
                continue;
            }
            long limit = average.seconds() * n;
            caps.add(new Cap(limit, sum + before, false, Text.of(
                    "jp.caps.average", "average", h(average.seconds()), "months", n, "from", earlier.getStart(), "limit", h(limit),
                    "before", h(before), "earlier", n - 1),
                    RuleSupport.citation(AVERAGE, average)));
        }
    }

    /**
     * The month's limit on overtime alone (holiday work not counted), as JP-LSA-36-4 reads it: the law's 45 h (42 h)
     * or the lower one agreed; under a special clause, the clause's agreed monthly limit when stated.
     */
    private static void monthLimit(EmployeeContext context, Art36Agreement agreement, LocalDateRange part, StatutoryHours hours, List<Cap> caps) {
        LocalDate on = part.getStart();
        Parameter legal = agreement.legalMonthLimit(context, on);
        long overtime = hours.overtime(part);
        Citation citation = RuleSupport.citation(GENERAL, legal);
        if (agreement.specialClause()) {
            OptionalLong special = agreement.term("specialMonthLimit");
            if (special.isPresent()) {
                caps.add(new Cap(special.getAsLong(), overtime, false, Text.of(
                        "jp.caps.special-month", "limit", h(special.getAsLong())), citation));
            }
            return;
        }
        OptionalLong agreed = agreement.term("monthLimit");
        if (agreed.isPresent() && agreed.getAsLong() < legal.seconds()) {
            caps.add(new Cap(agreed.getAsLong(), overtime, false, Text.of(
                    "jp.caps.agreed-month", "limit", h(agreed.getAsLong())), citation));
        } else {
            caps.add(new Cap(legal.seconds(), overtime, false, Text.of(
                    "jp.caps.general-month", "limit", h(legal.seconds()), "variable", agreement.longVariable() ? "long" : "no"), citation));
        }
    }

    /**
     * Art. 36(5), as JP-LSA-36-5 counts it: when the agreement year's other months already used up the months that may
     * go beyond the general limit, this one may not.
     */
    private static void monthsOver(EmployeeContext context, Art36Agreement agreement, LocalDateRange month, LocalDateRange year,
            StatutoryHours hours, List<Cap> caps) {
        LocalDate on = year.getStart();
        if (!Art36Agreement.sectorRow(context, agreement.sector(), "months-over-applies", on).map(Parameter::bool).orElse(true)) {
            return;
        }
        long monthLimit = agreement.legalMonthLimit(context, on).seconds();
        Parameter allowed = context.parameter("jp.lsa36.special.months-over", on);
        int over = 0;
        MonthGrid grid = agreement.grid();
        for (LocalDateRange m = grid.monthOf(on); m.getStart().isBefore(year.getEnd()); m = grid.monthAt(m.getStart(), 1)) {
            if (!m.equals(month) && hours.overtime(agreement.clip(m)) > monthLimit) {
                over++;
            }
        }
        if (over < allowed.integer()) {
            return;
        }
        caps.add(new Cap(monthLimit, hours.overtime(agreement.clip(month)), false, Text.of(
                "jp.caps.months-over", "over", over, "year", year.getStart(), "limit", h(monthLimit), "allowed", allowed.integer()),
                RuleSupport.citation(SPECIAL, allowed)));
    }

    /**
     * The year's limit, as JP-LSA-36-4 (360 h, 320 h, or lower agreed) and JP-LSA-36-5 (720 h, the sectors' rows, or
     * lower agreed; doctors count holiday work) read it; the month may hold what the year's other months leave.
     */
    private static void yearLimit(EmployeeContext context, Art36Agreement agreement, LocalDateRange year, StatutoryHours hours, List<Cap> caps) {
        LocalDate on = year.getStart();
        if (!agreement.specialClause()) {
            Parameter legal = agreement.legalYearLimit(context, on);
            long limit = Math.min(legal.seconds(), agreement.term("yearLimit").orElse(Long.MAX_VALUE));
            caps.add(new Cap(limit, hours.overtime(year), false, Text.of(
                    "jp.caps.general-year", "limit", h(limit), "year", year.getStart()),
                    RuleSupport.citation(GENERAL, legal)));
            return;
        }
        Parameter legal = Art36Agreement.sectorRow(context, agreement.sector(), "year-limit", on)
                .orElseGet(() -> context.parameter("jp.lsa36.special.year-limit", on));
        boolean withHoliday = Art36Agreement.sectorRow(context, agreement.sector(), "year-includes-holiday", on)
                .map(Parameter::bool).orElse(false);
        long limit = Math.min(legal.seconds(), agreement.term("specialYearLimit").orElse(Long.MAX_VALUE));
        long used = hours.overtime(year) + (withHoliday ? hours.holiday(year) : 0);
        caps.add(new Cap(limit, used, false, Text.of(
                "jp.caps.special-year", "limit", h(limit), "what", withHoliday ? "holiday" : "overtime", "year", year.getStart(),
                "citation", legal.citation()),
                RuleSupport.citation(SPECIAL, legal)));
    }

    private static Duration h(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
