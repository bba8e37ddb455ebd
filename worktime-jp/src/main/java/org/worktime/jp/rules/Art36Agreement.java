package org.worktime.jp.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.worktime.core.domain.Agreement;
import org.worktime.core.engine.EmployeeContext;
import org.worktime.core.param.Parameter;

/**
 * An Art. 36 agreement (36協定) on file, read from an {@link Agreement} of kind {@value #KIND}. Its validity is the
 * period it is in force (at most a year; it cannot be applied retroactively, so a record only covers the dates it
 * lists). Terms, all optional:
 * <ul>
 * <li>{@code yearStart}: the 起算日, ISO date; the agreement's months and year are counted from it (default: the first
 * day of the validity);</li>
 * <li>{@code monthLimit}, {@code yearLimit}: the limits agreed, e.g. {@code 30h}; the law's 45 h / 360 h (42 h / 320 h)
 * bind when none is agreed or the agreed one is higher;</li>
 * <li>{@code holidayWork}: whether work on statutory holidays is agreed, {@code true} (default) or {@code false};</li>
 * <li>{@code specialClause}: {@code true} when the agreement has a special clause (特別条項), with
 * {@code specialMonthLimit} and {@code specialYearLimit} agreed (the law's 720 h binds the year);</li>
 * <li>{@code longVariable}: {@code true} for workers under one-year variable hours with a period over 3 months
 * (42 h / 320 h);</li>
 * <li>{@code filedOn}: the day the agreement was filed with the Labour Standards Office; it covers no day before it;</li>
 * <li>{@code sector}: {@code general} (default), {@code driver}, {@code construction}, {@code construction-disaster},
 * {@code doctor} (A and linked B levels), {@code doctor-bc}, {@code rd} (new technology R&amp;D).</li>
 * </ul>
 */
record Art36Agreement(Agreement agreement) {

    static final String KIND = "JP-LSA-36";

    /** The agreement in force for the employee on the date: of those covering it, the one whose validity starts last. */
    static Optional<Art36Agreement> inForce(EmployeeContext context, LocalDate date) {
        return JpFacts.of(context).art36().inForce(date);
    }

    /** The day a term {@code filedOn} names; null when there is none or it cannot be read (then it limits nothing). */
    private static LocalDate filedOn(Agreement a) {
        String filed = a.terms().get("filedOn");
        try {
            return filed != null && !filed.isBlank() ? LocalDate.parse(filed.trim()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The employee's Art. 36 agreements, read once per evaluation (the rules ask for the one in force on every day):
     * their filing dates parsed, one instance each, the answer for each day of the evaluated weeks and each agreement's
     * grid kept once found.
     */
    static final class InForce {
        private final Agreement[] agreements;
        private final Art36Agreement[] wrapped;
        private final LocalDate[] filed;
        private final MonthGrid[] grids;
        private final long first;
        private final byte[] known;
        private final int[] answer;
        private boolean rd;

        InForce(EmployeeContext context) {
            java.util.List<Agreement> mine = new java.util.ArrayList<>();
            for (Agreement a : context.workplace().agreements()) {
                if (a.kind().equals(KIND) && (a.employees().isEmpty() || a.employees().contains(context.employeeId()))) {
                    mine.add(a);
                }
            }
            int n = mine.size();
            agreements = mine.toArray(Agreement[]::new);
            wrapped = new Art36Agreement[n];
            filed = new LocalDate[n];
            grids = new MonthGrid[n];
            for (int i = 0; i < n; i++) {
                wrapped[i] = new Art36Agreement(agreements[i]);
                filed[i] = filedOn(agreements[i]);
                rd |= wrapped[i].sector().equals("rd");
            }
            var period = context.period();
            first = period.getStart().toEpochDay();
            int days = period.isUnboundedEnd() ? 0 : (int) Math.min(Integer.MAX_VALUE, period.lengthInDays());
            known = new byte[days];
            answer = new int[days];
        }

        /** Whether any of the employee's agreements is of sector {@code rd} (else no day can be an R&amp;D day). */
        boolean anyResearch() {
            return rd;
        }

        Optional<Art36Agreement> inForce(LocalDate date) {
            int i = index(date.toEpochDay());
            return i < 0 ? Optional.empty() : Optional.of(wrapped[i]);
        }

        /** The agreement's grid, by the instance {@link #inForce} gave. */
        MonthGrid grid(Art36Agreement agreement) {
            for (int i = 0; i < wrapped.length; i++) {
                if (wrapped[i] == agreement) {
                    if (grids[i] == null) {
                        grids[i] = agreement.grid();
                    }
                    return grids[i];
                }
            }
            return agreement.grid();
        }

        private int index(long day) {
            long k = day - first;
            if (k >= 0 && k < known.length) {
                if (known[(int) k] == 0) {
                    answer[(int) k] = find(LocalDate.ofEpochDay(day));
                    known[(int) k] = 1;
                }
                return answer[(int) k];
            }
            return find(LocalDate.ofEpochDay(day));
        }

        /** An agreement cannot be applied retroactively (C2.1): with a term {@code filedOn}, it covers nothing before that day. */
        private int find(LocalDate date) {
            int found = -1;
            for (int i = 0; i < agreements.length; i++) {
                Agreement a = agreements[i];
                if (a.validity().contains(date) && (filed[i] == null || !filed[i].isAfter(date))
                        && (found < 0 || a.validity().getStart().isAfter(agreements[found].validity().getStart()))) {
                    found = i;
                }
            }
            return found;
        }
    }

    /**
     * The 起算日: an ISO date, or a month and day ({@code 04-01}) meaning its last occurrence on or before the validity's
     * first day; absent, the validity's first day. Anything else cannot be read, and the rule asking says so.
     */
    LocalDate yearStart() {
        String text = agreement.terms().get("yearStart");
        if (text == null || text.isBlank()) {
            return agreement.validity().getStart();
        }
        String t = text.trim();
        try {
            if (t.length() == 5) {
                java.time.MonthDay day = java.time.MonthDay.parse("--" + t);
                LocalDate from = agreement.validity().getStart();
                LocalDate candidate = day.atYear(from.getYear());
                return candidate.isAfter(from) ? day.atYear(from.getYear() - 1) : candidate;
            }
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            throw new org.worktime.core.domain.InvalidDataException(org.worktime.core.finding.Text.of(
                    "jp.art36.year-start-unreadable", "value", t));
        }
    }

    MonthGrid grid() {
        return new MonthGrid(yearStart());
    }

    boolean holidayWork() {
        return !"false".equalsIgnoreCase(agreement.terms().getOrDefault("holidayWork", "true").trim());
    }

    boolean specialClause() {
        return "true".equalsIgnoreCase(agreement.terms().getOrDefault("specialClause", "false").trim());
    }

    boolean longVariable() {
        return "true".equalsIgnoreCase(agreement.terms().getOrDefault("longVariable", "false").trim());
    }

    String sector() {
        return agreement.terms().getOrDefault("sector", "general").trim().toLowerCase(Locale.ROOT);
    }

    /** An agreed limit, e.g. {@code 30h}; absent or unreadable, the law's limit binds alone. */
    OptionalLong term(String key) {
        String text = agreement.terms().get(key);
        try {
            return text == null || text.isBlank() ? OptionalLong.empty() : OptionalLong.of(Parameter.parseSeconds(text));
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
    }

    /** The employee's Art. 36 grid on a date: the agreement's months, or calendar months when none is in force. */
    static MonthGrid gridOn(EmployeeContext context, LocalDate date) {
        InForce index = JpFacts.of(context).art36();
        return index.inForce(date).map(index::grid).orElse(MonthGrid.CALENDAR);
    }

    /** A sector row ({@code jp.lsa36.sector.SECTOR.NAME}) in force, or empty for the general rules. */
    static Optional<Parameter> sectorRow(EmployeeContext context, String sector, String name, LocalDate date) {
        if (sector.equals("general")) {
            return Optional.empty();
        }
        return context.findParameter("jp.lsa36.sector." + sector + "." + name, date);
    }

    /** Whether Art. 36(3)-(5) apply to the sector on the date (the general rules, and the sectors since their grace ended). */
    boolean limitsApply(EmployeeContext context, LocalDate date) {
        return sectorRow(context, sector(), "limits-apply", date).map(Parameter::bool).orElse(true);
    }

    /** Whether the Art. 36(6)(ii)-(iii) caps apply to the sector on the date. */
    static boolean capsApply(EmployeeContext context, LocalDate date) {
        String sector = inForce(context, date).map(Art36Agreement::sector).orElse("general");
        return sectorRow(context, sector, "caps-apply", date).map(Parameter::bool).orElse(true);
    }

    /** The Art. 36 agreements covering the employee at some time, in the order of their validity. */
    static java.util.List<Art36Agreement> all(EmployeeContext context) {
        return context.workplace().agreementsOfKind(KIND).stream()
                .filter(a -> a.employees().isEmpty() || a.employees().contains(context.employeeId()))
                .sorted(java.util.Comparator.comparing(a -> a.validity().getStart()))
                .map(Art36Agreement::new).toList();
    }

    /** The dates of the agreement's validity that lie in the evaluated weeks, or empty. */
    Optional<org.threeten.extra.LocalDateRange> loadedPart(EmployeeContext context) {
        var period = context.period();
        var validity = agreement.validity();
        return validity.isConnected(period) && !validity.intersection(period).isEmpty()
                ? Optional.of(validity.intersection(period)) : Optional.empty();
    }

    /**
     * Whether the 2019 upper limits (Act No. 71 of 2018) bind the workplace on the date: from 2019-04-01, or for an SME
     * (workplace attribute {@code jp.sme=true}) from the date of the {@code jp.lsa36.sme-from} row.
     */
    static boolean reformInForce(EmployeeContext context, LocalDate date) {
        if (context.findParameter("jp.lsa36.month-limit", date).isEmpty()) {
            return false;
        }
        if ("true".equalsIgnoreCase(context.workplace().attributes().getOrDefault("jp.sme", "false"))) {
            return context.findParameter("jp.lsa36.sme-from", date).map(p -> !date.isBefore(p.date())).orElse(false);
        }
        return true;
    }

    /** The general monthly limit row: 45 h, or 42 h under one-year variable hours longer than 3 months. */
    Parameter legalMonthLimit(EmployeeContext context, LocalDate date) {
        return context.parameter(longVariable() ? "jp.lsa36.month-limit.long-variable" : "jp.lsa36.month-limit", date);
    }

    Parameter legalYearLimit(EmployeeContext context, LocalDate date) {
        return context.parameter(longVariable() ? "jp.lsa36.year-limit.long-variable" : "jp.lsa36.year-limit", date);
    }

    /** The clipped range of a month or year to the agreement's validity. */
    org.threeten.extra.LocalDateRange clip(org.threeten.extra.LocalDateRange range) {
        return range.intersection(agreement.validity());
    }
}
