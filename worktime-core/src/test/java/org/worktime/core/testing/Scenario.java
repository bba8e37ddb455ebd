package org.worktime.core.testing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Exclusion;
import org.worktime.core.domain.HeadcountPeriod;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.StatusPeriod;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;

/**
 * A compact way to write a test case: one workplace, a few employees, their shifts as wall-clock text.
 *
 * <pre>
 * Scenario.in("KR", "Asia/Seoul").headcount(50).agreement("KR-LSA-53-1")
 *     .employee("E1", e -> e.hourly(10_320))
 *     .shift("E1", "2026-03-02T09:00", "2026-03-02T18:00", "12:00-13:00")
 * </pre>
 */
public final class Scenario {

    private final String jurisdiction;
    private final ZoneId zone;
    private final List<HeadcountPeriod> headcount = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final Map<LocalDate, DayType> overrides = new HashMap<>();
    private final Map<String, EmployeeBuilder> employees = new LinkedHashMap<>();
    private final List<Shift> shifts = new ArrayList<>();
    private DayOfWeek weekStart = DayOfWeek.MONDAY;
    private DayOfWeek weeklyHoliday = DayOfWeek.SUNDAY;
    private Set<DayOfWeek> daysOff = EnumSet.of(DayOfWeek.SATURDAY);
    private boolean publicSector;
    private final Map<String, String> attributes = new HashMap<>();
    private final List<org.worktime.core.domain.Earning> earnings = new ArrayList<>();
    private final List<org.worktime.core.domain.Attestation> attestations = new ArrayList<>();
    private final List<org.worktime.core.domain.Leave> leave = new ArrayList<>();
    private boolean leaveRecorded;
    private org.worktime.core.domain.PaySchedule paySchedule;
    private LocalTime weekStartTime = LocalTime.MIDNIGHT;

    private Scenario(String jurisdiction, ZoneId zone) {
        this.jurisdiction = jurisdiction;
        this.zone = zone;
    }

    public static Scenario in(String jurisdiction, String zone) {
        return new Scenario(jurisdiction, ZoneId.of(zone));
    }

    /** Regular headcount from 2000-01-01 on. */
    public Scenario headcount(int count) {
        return headcount(LocalDate.of(2000, 1, 1), count);
    }

    public Scenario headcount(LocalDate from, int count) {
        headcount.add(new HeadcountPeriod(from, count));
        return this;
    }

    /** A workplace attribute, such as {@code industry}. */
    public Scenario attribute(String key, String value) {
        attributes.put(key, value);
        return this;
    }

    public Scenario publicSector() {
        publicSector = true;
        return this;
    }

    public Scenario weekStart(DayOfWeek day) {
        weekStart = day;
        return this;
    }

    public Scenario weeklyHoliday(DayOfWeek day, DayOfWeek... off) {
        weeklyHoliday = day;
        daysOff = off.length == 0 ? Set.of() : EnumSet.of(off[0], off);
        return this;
    }

    public Scenario day(String date, DayType type) {
        overrides.put(LocalDate.parse(date), type);
        return this;
    }

    /** An agreement of this kind for every employee, open-ended from 2000-01-01. */
    public Scenario agreement(String kind) {
        return agreement(kind, "2000-01-01", null);
    }

    /** An agreement in force from {@code from} to {@code to} (inclusive, null for open), for the listed employees or all. */
    public Scenario agreement(String kind, String from, String to, String... employeeIds) {
        LocalDateRange range = to == null ? LocalDateRange.ofUnboundedEnd(LocalDate.parse(from))
                : LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to));
        agreements.add(new Agreement(kind, range, Set.of(employeeIds), Map.of()));
        return this;
    }

    /** Any agreement, terms included. */
    public Scenario agreementRecord(Agreement agreement) {
        agreements.add(agreement);
        return this;
    }

    public Scenario employee(String id, java.util.function.Consumer<EmployeeBuilder> spec) {
        EmployeeBuilder builder = new EmployeeBuilder(id);
        spec.accept(builder);
        employees.put(id, builder);
        return this;
    }

    /** A shift in wall-clock time of the workplace zone; breaks as {@code HH:MM-HH:MM}, each at its first occurrence after the start. */
    public Scenario shift(String employeeId, String start, String end, String... breaks) {
        return addShift(employeeId, start, end, Shift.Origin.ACTUAL, false, breaks);
    }

    /** A shift with minutes of break whose times are not given (an export's total), besides any placed breaks. */
    public Scenario shiftWithBreakMinutes(String employeeId, String start, String end, int minutes, String... breaks) {
        addShift(employeeId, start, end, Shift.Origin.ACTUAL, false, breaks);
        Shift last = shifts.remove(shifts.size() - 1);
        shifts.add(last.withUnplacedBreakSeconds(60L * minutes));
        return this;
    }

    /** The workweek starts on this day at this local time (e.g. a US employer's Sunday 06:00). */
    public Scenario weekStart(DayOfWeek day, String time) {
        weekStart = day;
        weekStartTime = LocalTime.parse(time);
        return this;
    }

    /** A shift paid at its own hourly rate (a second job at another rate). */
    public Scenario shiftAtRate(String employeeId, String start, String end, String currency, String rate, String... breaks) {
        addShift(employeeId, start, end, Shift.Origin.ACTUAL, false, breaks);
        Shift last = shifts.remove(shifts.size() - 1);
        shifts.add(last.withRate(Money.of(CurrencyUnit.of(currency), new BigDecimal(rate))));
        return this;
    }

    /** Pay beyond the wage earned over the closed date range {@code [from, to]}. */
    public Scenario earning(String employeeId, String kind, String currency, String amount, String from, String to) {
        earnings.add(org.worktime.core.domain.Earning.of(employeeId, kind, Money.of(CurrencyUnit.of(currency), new BigDecimal(amount)),
                LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to))));
        return this;
    }

    public Scenario earningRecord(org.worktime.core.domain.Earning earning) {
        earnings.add(earning);
        return this;
    }

    /** A fact attested as holding over the closed date range {@code [from, to]} ({@code to} null: open-ended). */
    public Scenario attest(String employeeId, String subject, String from, String to) {
        return attestRecord(new org.worktime.core.domain.Attestation(employeeId, subject, true, "Test HR", LocalDate.parse(from),
                to == null ? LocalDateRange.ofUnboundedEnd(LocalDate.parse(from))
                        : LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to)), ""));
    }

    /** The dataset has a leave input even without records: an employee with none took no leave. */
    public Scenario leaveRecorded() {
        leaveRecorded = true;
        return this;
    }

    /** Whole days of leave of a kind, {@code [from, to]} inclusive. */
    public Scenario leave(String employeeId, org.worktime.core.domain.Leave.Kind kind, String from, String to) {
        leave.add(org.worktime.core.domain.Leave.days(employeeId, kind, LocalDate.parse(from), LocalDate.parse(to)));
        return this;
    }

    /** Part-day leave of some minutes on a date. */
    public Scenario leaveHours(String employeeId, org.worktime.core.domain.Leave.Kind kind, String date, int minutes) {
        leave.add(org.worktime.core.domain.Leave.hours(employeeId, kind, LocalDate.parse(date), java.time.Duration.ofMinutes(minutes)));
        return this;
    }

    public Scenario attestRecord(org.worktime.core.domain.Attestation attestation) {
        attestations.add(attestation);
        return this;
    }

    /** A shift built elsewhere (for fields the text helpers do not cover, such as the notice date). */
    public Scenario shiftRecord(Shift shift) {
        shifts.add(shift);
        return this;
    }

    public Scenario plannedShift(String employeeId, String start, String end, String... breaks) {
        return addShift(employeeId, start, end, Shift.Origin.PLANNED, false, breaks);
    }

    public Scenario shiftWithBreakWaiver(String employeeId, String start, String end) {
        return addShift(employeeId, start, end, Shift.Origin.ACTUAL, true);
    }

    /** The same shift on each of {@code days} consecutive days from the start date. */
    public Scenario dailyShifts(String employeeId, String firstDate, int days, String startTime, String endTime, String... breaks) {
        LocalDate date = LocalDate.parse(firstDate);
        for (int d = 0; d < days; d++) {
            LocalDate day = date.plusDays(d);
            LocalTime s = LocalTime.parse(startTime);
            LocalTime e = LocalTime.parse(endTime);
            LocalDate endDay = e.isAfter(s) ? day : day.plusDays(1);
            shift(employeeId, day + "T" + startTime, endDay + "T" + endTime, breaks);
        }
        return this;
    }

    private Scenario addShift(String employeeId, String start, String end, Shift.Origin origin, boolean waiver, String... breaks) {
        LocalDateTime s = LocalDateTime.parse(start);
        LocalDateTime e = LocalDateTime.parse(end);
        List<Interval> list = new ArrayList<>();
        for (String b : breaks) {
            String[] parts = b.split("-");
            LocalDateTime bs = firstAtOrAfter(s, LocalTime.parse(parts[0]));
            LocalDateTime be = firstAtOrAfter(bs, LocalTime.parse(parts[1]));
            list.add(Interval.of(bs.atZone(zone).toInstant(), be.atZone(zone).toInstant()));
        }
        shifts.add(new Shift(employeeId, s.atZone(zone).toInstant(), e.atZone(zone).toInstant(), list, origin, waiver));
        return this;
    }

    private static LocalDateTime firstAtOrAfter(LocalDateTime from, LocalTime time) {
        LocalDateTime candidate = from.toLocalDate().atTime(time);
        return candidate.isBefore(from) ? candidate.plusDays(1) : candidate;
    }

    public Workplace workplace() {
        return new Workplace("test-workplace", "Test workplace", jurisdiction, zone, weekStart, headcount,
                new WorkplaceCalendar(weeklyHoliday, daysOff, overrides), agreements, publicSector, attributes, weekStartTime, paySchedule);
    }

    /** The workplace's pay schedule: the pay period closes on a day of the month, paid on the first payday after. */
    public Scenario paySchedule(int periodEnds, int payday) {
        paySchedule = org.worktime.core.domain.PaySchedule.of(periodEnds, payday);
        return this;
    }

    public Dataset dataset() {
        List<Employee> list = employees.values().stream().map(EmployeeBuilder::build).toList();
        Dataset dataset = Dataset.of(workplace(), list, shifts).withEarnings(earnings).withAttestations(attestations);
        return leaveRecorded || !leave.isEmpty() ? dataset.withLeave(leave) : dataset;
    }

    /** Builds one employee. Defaults: Monday to Friday, 8 hours a day, no wage. */
    public static final class EmployeeBuilder {
        private final String id;
        private LocalDate birthDate = LocalDate.of(1990, 1, 1);
        private LocalDate hireDate;
        private LocalDate endDate;
        private ContractualHours contract = ContractualHours.fullTime();
        private Wage wage;
        private final List<StatusPeriod> statuses = new ArrayList<>();
        private Exclusion exclusion;
        private final Map<String, String> attributes = new HashMap<>();

        EmployeeBuilder(String id) {
            this.id = id;
        }

        public EmployeeBuilder hourly(long wonPerHour) {
            return hourly("KRW", BigDecimal.valueOf(wonPerHour));
        }

        public EmployeeBuilder hourly(String currency, BigDecimal amount) {
            wage = new Wage.Hourly(Money.of(CurrencyUnit.of(currency), amount));
            return this;
        }

        public EmployeeBuilder monthly(long won, int standardHours) {
            wage = new Wage.Monthly(Money.of(CurrencyUnit.of("KRW"), BigDecimal.valueOf(won)), BigDecimal.valueOf(standardHours));
            return this;
        }

        /** A salary per period ({@code WEEK}, {@code MONTH}, {@code YEAR}...) for the weekly hours it covers. */
        public EmployeeBuilder salaried(String currency, String amount, String per, String weeklyHours) {
            wage = new Wage.Salaried(Money.of(CurrencyUnit.of(currency), new BigDecimal(amount)), Wage.SalaryPeriod.valueOf(per),
                    new BigDecimal(weeklyHours));
            return this;
        }

        public EmployeeBuilder wage(Wage value) {
            wage = value;
            return this;
        }

        public EmployeeBuilder noWage() {
            wage = null;
            return this;
        }

        public EmployeeBuilder born(String date) {
            birthDate = date == null ? null : LocalDate.parse(date);
            return this;
        }

        public EmployeeBuilder employed(String from, String to) {
            hireDate = from == null ? null : LocalDate.parse(from);
            endDate = to == null ? null : LocalDate.parse(to);
            return this;
        }

        public EmployeeBuilder contract(int minutesPerDay, DayOfWeek... days) {
            contract = new ContractualHours(EnumSet.of(days[0], days), minutesPerDay);
            return this;
        }

        public EmployeeBuilder status(String status, String from, String to) {
            statuses.add(new StatusPeriod(status, to == null ? LocalDateRange.ofUnboundedEnd(LocalDate.parse(from))
                    : LocalDateRange.ofClosed(LocalDate.parse(from), LocalDate.parse(to))));
            return this;
        }

        public EmployeeBuilder attribute(String key, String value) {
            attributes.put(key, value);
            return this;
        }

        public EmployeeBuilder exclusion(String category, String approvedOn) {
            exclusion = new Exclusion(category, approvedOn == null ? null : LocalDate.parse(approvedOn));
            return this;
        }

        Employee build() {
            return new Employee(id, id, birthDate, hireDate, endDate, contract, wage, statuses, exclusion, attributes);
        }
    }
}
