package org.worktime.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.HeadcountPeriod;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;
import org.worktime.kr.calendar.KoreanPublicHolidays;

/**
 * Generates realistic, deterministic Korean datasets for benchmarks: one workplace in Asia/Seoul, an Art. 53
 * extended-work agreement ({@code KR-LSA-53-1}) covering about 90% of the staff, and about one year of shifts per
 * employee from {@link #FIRST_DAY} on.
 *
 * <p>The same seed and size always give the same dataset: the generator draws from one {@link SplittableRandom}
 * seeded with the seed, in a fixed order, and {@link #write(Path)} writes byte-identical files. The in-memory form
 * ({@link #dataset()}) and the on-disk form hold the same shifts: both come from one pass of {@link #forEachShift}.
 *
 * <p>What the data looks like:
 * <ul>
 *   <li>employees: about {@code shifts / 250} (about one year of work days each); 70% on a monthly wage of
 *       2,800,000-9,000,000 KRW for 209 h, 30% paid by the hour 10,320-25,000 KRW; born 1965-2004; contract
 *       Monday to Friday, 8 h a day, a few part-timers 4 h a day (always hourly);</li>
 *   <li>day shifts 09:00-18:00 with a 12:00-13:00 break; about one evening in five runs over by 30 minutes to
 *       4 hours (a 18:00-18:30 dinner break on long evenings; a few run past 22:00, into the night window);</li>
 *   <li>a night crew (about one employee in eight) works one week in four on nights, 22:00-07:00 (sometimes
 *       08:00) with a 02:00-03:00 break, crossing midnight;</li>
 *   <li>some Saturday, Sunday and public-holiday work (public holidays from the bundled Korean table);</li>
 *   <li>crunch weeks (about 3% of weeks) of 55-60 h: long evenings all week and a Saturday;</li>
 *   <li>about 1% of shifts without the break the law requires.</li>
 * </ul>
 *
 * <p>Command line: {@code java -cp worktime-bench.jar org.worktime.bench.KoreanDatasetGenerator --shifts 1000000
 * --out DIR [--seed 42]} writes {@code workplace.yaml}, {@code employees.csv} and {@code shifts.csv} into DIR.
 */
public final class KoreanDatasetGenerator {

    /** The Monday the data starts on. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    public static final long DEFAULT_SEED = 42L;
    /** Shifts per employee, on average: about one year of work days. */
    public static final int SHIFTS_PER_EMPLOYEE = 250;
    public static final String WORKPLACE_ID = "bench-kr";
    public static final String EXTENDED_WORK = "KR-LSA-53-1";

    static final LocalDate HEADCOUNT_FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate AGREEMENT_FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate AGREEMENT_TO = LocalDate.of(2027, 12, 31);
    static final BigDecimal MONTHLY_HOURS = BigDecimal.valueOf(209);
    private static final CurrencyUnit KRW = CurrencyUnit.of("KRW");

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권",
        "황", "안", "송", "류", "홍"};
    /** Rough weights of the surnames above, in per mille of this list. */
    private static final int[] SURNAME_WEIGHTS = {215, 147, 84, 47, 43, 24, 21, 20, 20, 19, 15, 15, 15, 14, 14, 13, 13, 13, 12, 11};
    private static final int SURNAME_TOTAL = java.util.Arrays.stream(SURNAME_WEIGHTS).sum();
    private static final String[] GIVEN_FIRST = {"민", "서", "지", "도", "하", "예", "수", "현", "준", "유", "은", "주", "시", "태", "소",
        "채", "다", "윤", "승", "영"};
    private static final String[] GIVEN_SECOND = {"준", "연", "우", "윤", "은", "진", "호", "아", "원", "빈", "희", "혁", "린", "율", "민",
        "서", "현", "성", "경", "훈"};

    private final int shiftCount;
    private final long seed;
    private final KoreanPublicHolidays holidays = KoreanPublicHolidays.bundled();

    /** One employee as generated, before it becomes a domain {@link Employee} or a CSV row. */
    public record EmployeeSpec(String id, String name, LocalDate birthDate, LocalDate hireDate, boolean partTime, boolean monthly,
            long wageAmount, boolean nightCrew, boolean coveredByAgreement, int shifts) {

        public ContractualHours contractualHours() {
            return new ContractualHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), partTime ? 240 : 480);
        }

        public Wage wage() {
            return monthly ? new Wage.Monthly(Money.ofMajor(KRW, wageAmount), MONTHLY_HOURS) : new Wage.Hourly(Money.ofMajor(KRW, wageAmount));
        }

        public Employee toEmployee() {
            return new Employee(id, name, birthDate, hireDate, null, contractualHours(), wage(), List.of(), null, Map.of());
        }
    }

    /**
     * One generated shift in local wall-clock time (Asia/Seoul). {@code breaks} holds start and end of each break in
     * turn: {@code [start0, end0, start1, end1, ...]}.
     */
    public record GeneratedShift(String employeeId, LocalDateTime start, LocalDateTime end, List<LocalDateTime> breaks) {

        public GeneratedShift {
            Objects.requireNonNull(employeeId, "employeeId");
            breaks = List.copyOf(breaks);
        }

        public Shift toShift(ZoneRules rules) {
            Interval[] intervals = new Interval[breaks.size() / 2];
            for (int i = 0; i < intervals.length; i++) {
                LocalDateTime from = breaks.get(2 * i);
                LocalDateTime to = breaks.get(2 * i + 1);
                intervals[i] = Interval.of(from.toInstant(rules.getOffset(from)), to.toInstant(rules.getOffset(to)));
            }
            return Shift.of(employeeId, start.toInstant(rules.getOffset(start)), end.toInstant(rules.getOffset(end)), intervals);
        }

        /** The {@code breaks} column: {@code 12:00-13:00;18:00-18:30}, empty when there is none. */
        public String breaksText() {
            StringBuilder sb = new StringBuilder(24);
            for (int i = 0; i < breaks.size(); i += 2) {
                if (i > 0) {
                    sb.append(';');
                }
                appendTime(sb, breaks.get(i).toLocalTime());
                sb.append('-');
                appendTime(sb, breaks.get(i + 1).toLocalTime());
            }
            return sb.toString();
        }
    }

    public KoreanDatasetGenerator(int shifts, long seed) {
        if (shifts < 1) {
            throw new IllegalArgumentException("The number of shifts must be positive: " + shifts);
        }
        this.shiftCount = shifts;
        this.seed = seed;
    }

    public static KoreanDatasetGenerator of(int shifts, long seed) {
        return new KoreanDatasetGenerator(shifts, seed);
    }

    public static KoreanDatasetGenerator of(int shifts) {
        return new KoreanDatasetGenerator(shifts, DEFAULT_SEED);
    }

    /** How many employees share {@code shifts} shifts: about one per {@value #SHIFTS_PER_EMPLOYEE}, at least one. */
    public static int employeesFor(int shifts) {
        return Math.max(1, (shifts + SHIFTS_PER_EMPLOYEE / 2) / SHIFTS_PER_EMPLOYEE);
    }

    public int shiftCount() {
        return shiftCount;
    }

    public long seed() {
        return seed;
    }

    // ---- generation -------------------------------------------------------------------------------------------

    /** The employees, drawn first from a fresh random stream. */
    public List<EmployeeSpec> employees() {
        return employees(new SplittableRandom(seed));
    }

    private List<EmployeeSpec> employees(SplittableRandom random) {
        int count = employeesFor(shiftCount);
        int base = shiftCount / count;
        int extra = shiftCount % count;
        int width = Math.max(6, String.valueOf(count).length());
        List<EmployeeSpec> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = "E" + "0".repeat(width - String.valueOf(i + 1).length()) + (i + 1);
            String name = name(random);
            LocalDate birth = LocalDate.of(1965, 1, 1).plusDays(random.nextInt((int) (LocalDate.of(2005, 1, 1).toEpochDay()
                    - LocalDate.of(1965, 1, 1).toEpochDay())));
            LocalDate earliestHire = birth.plusYears(19).isAfter(LocalDate.of(2005, 1, 1)) ? birth.plusYears(19) : LocalDate.of(2005, 1, 1);
            LocalDate latestHire = LocalDate.of(2024, 12, 31);
            LocalDate hire = earliestHire.isAfter(latestHire) ? latestHire
                    : earliestHire.plusDays(random.nextLong(latestHire.toEpochDay() - earliestHire.toEpochDay() + 1));
            boolean monthly = random.nextInt(100) < 70;
            boolean partTime = !monthly && random.nextInt(100) < 15; // about 4.5% of all employees
            long wage = monthly
                    ? 2_800_000L + 10_000L * random.nextInt((9_000_000 - 2_800_000) / 10_000 + 1)
                    : 10_320L + 10L * random.nextInt((25_000 - 10_320) / 10 + 1);
            boolean nightCrew = !partTime && random.nextInt(8) == 0;
            boolean covered = random.nextInt(10) != 0;
            list.add(new EmployeeSpec(id, name, birth, hire, partTime, monthly, wage, nightCrew, covered, base + (i < extra ? 1 : 0)));
        }
        return list;
    }

    private static String name(SplittableRandom random) {
        int pick = random.nextInt(SURNAME_TOTAL);
        int s = 0;
        for (int acc = SURNAME_WEIGHTS[0]; pick >= acc; acc += SURNAME_WEIGHTS[s]) {
            s++;
        }
        return SURNAMES[s] + GIVEN_FIRST[random.nextInt(GIVEN_FIRST.length)] + GIVEN_SECOND[random.nextInt(GIVEN_SECOND.length)];
    }

    /** Calls {@code sink} with every shift, employee by employee, each employee's shifts in order of start. */
    public void forEachShift(Consumer<GeneratedShift> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EmployeeSpec> staff = employees(random);
        for (EmployeeSpec e : staff) {
            shiftsOf(e, random, sink);
        }
    }

    private enum WeekKind { NORMAL, CRUNCH, NIGHTS }

    private void shiftsOf(EmployeeSpec e, SplittableRandom random, Consumer<GeneratedShift> sink) {
        int made = 0;
        int nightPhase = random.nextInt(4);
        WeekKind week = WeekKind.NORMAL;
        int weekIndex = 0;
        List<LocalDateTime> breaks = new ArrayList<>(4);
        for (LocalDate day = FIRST_DAY; made < e.shifts(); day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            if (dow == DayOfWeek.MONDAY) {
                if (e.nightCrew() && weekIndex % 4 == nightPhase) {
                    week = WeekKind.NIGHTS;
                } else if (!e.partTime() && random.nextInt(100) < 3) {
                    week = WeekKind.CRUNCH;
                } else {
                    week = WeekKind.NORMAL;
                }
                weekIndex++;
            }
            boolean publicHoliday = holidays.covers(day) && holidays.on(day).isPresent();
            boolean weekday = dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
            int chance; // per mille
            if (weekday && !publicHoliday) {
                chance = week == WeekKind.CRUNCH ? 1000 : 965;
            } else if (week == WeekKind.NIGHTS) {
                chance = weekday ? 60 : 0; // a night on a public holiday now and then; weekends off
            } else if (publicHoliday) {
                chance = week == WeekKind.CRUNCH ? 400 : 50;
            } else if (dow == DayOfWeek.SATURDAY) {
                chance = week == WeekKind.CRUNCH ? 800 : (e.partTime() ? 10 : 40);
            } else {
                chance = week == WeekKind.CRUNCH ? 30 : 12;
            }
            if (random.nextInt(1000) >= chance) {
                continue;
            }
            breaks.clear();
            LocalDateTime start;
            LocalDateTime end;
            boolean regularDay = weekday && !publicHoliday;
            if (week == WeekKind.NIGHTS && weekday) {
                start = day.atTime(22, 0);
                end = day.plusDays(1).atTime(random.nextInt(10) == 0 ? 8 : 7, 0);
                addBreak(breaks, day.plusDays(1).atTime(2, 0), day.plusDays(1).atTime(3, 0));
            } else if (e.partTime()) {
                start = day.atTime(9, 0);
                end = day.atTime(random.nextInt(20) == 0 ? 14 : 13, 30);
                addBreak(breaks, day.atTime(11, 0), day.atTime(11, 30));
            } else if (!regularDay && week != WeekKind.CRUNCH && random.nextInt(2) == 0) {
                // a short weekend or holiday stint
                start = day.atTime(10, 0);
                end = day.atTime(14 + random.nextInt(3), 0);
                addBreak(breaks, day.atTime(12, 0), day.atTime(12, 30));
            } else if (week == WeekKind.CRUNCH && !regularDay) {
                start = day.atTime(9, 0);
                end = day.atTime(15 + random.nextInt(2), 0);
                addBreak(breaks, day.atTime(12, 0), day.atTime(13, 0));
            } else {
                start = day.atTime(9, 0);
                addBreak(breaks, day.atTime(12, 0), day.atTime(13, 0));
                int overtime; // minutes after 18:00
                if (week == WeekKind.CRUNCH) {
                    overtime = 90 + 30 * random.nextInt(4); // 19:30 .. 21:00: 9.5-11 h a day
                } else if (regularDay && random.nextInt(100) < 20) {
                    overtime = random.nextInt(50) == 0 ? 240 + 30 * random.nextInt(3) : 30 * (1 + random.nextInt(6)); // 18:30 .. 21:00, rarely to 23:00
                } else {
                    overtime = 0;
                }
                if (overtime >= 120 && random.nextInt(2) == 0) {
                    addBreak(breaks, day.atTime(18, 0), day.atTime(18, 30));
                    overtime += 30;
                }
                end = day.atTime(18, 0).plusMinutes(overtime);
            }
            if (random.nextInt(100) == 0) {
                breaks.clear(); // the break that was not given
            }
            sink.accept(new GeneratedShift(e.id(), start, end, breaks));
            made++;
        }
    }

    private static void addBreak(List<LocalDateTime> breaks, LocalDateTime from, LocalDateTime to) {
        breaks.add(from);
        breaks.add(to);
    }

    // ---- in-memory form ---------------------------------------------------------------------------------------

    /** The workplace: Asia/Seoul, weeks from Monday, Sunday the weekly holiday, Saturday off, one Art. 53 agreement. */
    public Workplace workplace(List<EmployeeSpec> staff) {
        Set<String> covered = new LinkedHashSet<>();
        for (EmployeeSpec e : staff) {
            if (e.coveredByAgreement()) {
                covered.add(e.id());
            }
        }
        List<Agreement> agreements = covered.isEmpty() ? List.of()
                : List.of(new Agreement(EXTENDED_WORK, LocalDateRange.ofClosed(AGREEMENT_FROM, AGREEMENT_TO), covered, Map.of()));
        return new Workplace(WORKPLACE_ID, workplaceName(), "KR", ZONE, DayOfWeek.MONDAY,
                List.of(new HeadcountPeriod(HEADCOUNT_FROM, staff.size())), WorkplaceCalendar.standard(), agreements, false, Map.of());
    }

    private String workplaceName() {
        return "Benchmark Co. (" + shiftCount + " shifts, seed " + seed + ")";
    }

    /** The whole dataset in memory. */
    public Dataset dataset() {
        List<EmployeeSpec> staff = employees();
        List<Employee> employees = new ArrayList<>(staff.size());
        for (EmployeeSpec e : staff) {
            employees.add(e.toEmployee());
        }
        ZoneRules rules = ZONE.getRules();
        List<Shift> shifts = new ArrayList<>(shiftCount);
        forEachShift(s -> shifts.add(s.toShift(rules)));
        return Dataset.of(workplace(staff), employees, shifts);
    }

    /** The first and last local dates on which a shift of the dataset starts, inclusive (for {@code Evaluation.between}). */
    public static LocalDateRange shiftDates(Dataset dataset) {
        ZoneRules rules = dataset.workplace().zone().getRules();
        LocalDate first = null;
        LocalDate last = null;
        for (Employee e : dataset.employees()) {
            List<Shift> shifts = dataset.shiftsOf(e.id());
            if (shifts.isEmpty()) {
                continue;
            }
            LocalDate a = LocalDate.ofInstant(shifts.get(0).start(), rules.getOffset(shifts.get(0).start()));
            Shift lastShift = shifts.get(shifts.size() - 1);
            LocalDate b = LocalDate.ofInstant(lastShift.start(), rules.getOffset(lastShift.start()));
            first = first == null || a.isBefore(first) ? a : first;
            last = last == null || b.isAfter(last) ? b : last;
        }
        if (first == null) {
            throw new IllegalArgumentException("The dataset has no shifts");
        }
        return LocalDateRange.ofClosed(first, last);
    }

    // ---- on-disk form -----------------------------------------------------------------------------------------

    /** Writes {@code workplace.yaml}, {@code employees.csv} and {@code shifts.csv} into {@code dir}, creating it. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<EmployeeSpec> staff = employees();
        try (Writer out = writer(dir.resolve("workplace.yaml"))) {
            writeWorkplace(out, staff);
        }
        try (Writer out = writer(dir.resolve("employees.csv"))) {
            writeEmployees(out, staff);
        }
        try (Writer out = writer(dir.resolve("shifts.csv"))) {
            writeShifts(out);
        }
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    void writeWorkplace(Writer out, List<EmployeeSpec> staff) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Generated by org.worktime.bench.KoreanDatasetGenerator: ").append(shiftCount).append(" shifts, seed ").append(seed)
                .append(".\n");
        sb.append("id: ").append(WORKPLACE_ID).append('\n');
        sb.append("name: \"").append(workplaceName()).append("\"\n");
        sb.append("jurisdiction: KR\n");
        sb.append("zone: ").append(ZONE.getId()).append('\n');
        sb.append("weekStart: MONDAY\n");
        sb.append("headcount:\n");
        sb.append("  - from: ").append(HEADCOUNT_FROM).append('\n');
        sb.append("    count: ").append(staff.size()).append('\n');
        sb.append("calendar:\n");
        sb.append("  weeklyHoliday: SUNDAY\n");
        sb.append("  daysOff: [SATURDAY]\n");
        List<String> covered = staff.stream().filter(EmployeeSpec::coveredByAgreement).map(EmployeeSpec::id).toList();
        if (covered.isEmpty()) {
            sb.append("agreements: []\n");
        } else {
            sb.append("agreements:\n");
            sb.append("  - kind: ").append(EXTENDED_WORK).append('\n');
            sb.append("    from: ").append(AGREEMENT_FROM).append('\n');
            sb.append("    to: ").append(AGREEMENT_TO).append('\n');
            sb.append("    employees:\n");
            for (String id : covered) {
                sb.append("      - ").append(id).append('\n');
            }
        }
        out.write(sb.toString());
    }

    static void writeEmployees(Writer out, List<EmployeeSpec> staff) throws IOException {
        out.write("id,name,birth_date,hire_date,end_date,workdays,daily_hours,wage_type,wage_amount,currency,monthly_hours\n");
        StringBuilder sb = new StringBuilder(128);
        for (EmployeeSpec e : staff) {
            sb.setLength(0);
            sb.append(e.id()).append(',').append(e.name()).append(',').append(e.birthDate()).append(',').append(e.hireDate()).append(",,")
                    .append("MON-FRI,").append(e.partTime() ? "4h" : "8h").append(',').append(e.monthly() ? "monthly" : "hourly")
                    .append(',').append(e.wageAmount()).append(",KRW,").append(e.monthly() ? "209" : "").append('\n');
            out.write(sb.toString());
        }
    }

    void writeShifts(Writer out) throws IOException {
        out.write("employee,start,end,breaks\n");
        StringBuilder sb = new StringBuilder(96);
        try {
            forEachShift(s -> {
                sb.setLength(0);
                sb.append(s.employeeId()).append(',');
                appendDateTime(sb, s.start());
                sb.append(',');
                appendDateTime(sb, s.end());
                sb.append(',').append(s.breaksText()).append('\n');
                try {
                    out.write(sb.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code 2025-01-06T09:00}: ISO local date-time to the minute. */
    static void appendDateTime(StringBuilder sb, LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        sb.append(d.getYear()).append('-');
        two(sb, d.getMonthValue());
        sb.append('-');
        two(sb, d.getDayOfMonth());
        sb.append('T');
        appendTime(sb, t.toLocalTime());
    }

    static void appendTime(StringBuilder sb, LocalTime t) {
        two(sb, t.getHour());
        sb.append(':');
        two(sb, t.getMinute());
    }

    private static void two(StringBuilder sb, int value) {
        if (value < 10) {
            sb.append('0');
        }
        sb.append(value);
    }

    // ---- command line -----------------------------------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        int shifts = -1;
        long seed = DEFAULT_SEED;
        Path out = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--shifts" -> shifts = Integer.parseInt(value(args, ++i, arg).replace("_", "").replace(",", ""));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, arg));
                    case "--out" -> out = Path.of(value(args, ++i, arg));
                    case "-h", "--help" -> {
                        usage();
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + arg);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println("Bad arguments: " + e.getMessage());
            usage();
            System.exit(2);
        }
        if (shifts < 1 || out == null) {
            usage();
            System.exit(2);
        }
        long t0 = System.nanoTime();
        KoreanDatasetGenerator generator = new KoreanDatasetGenerator(shifts, seed);
        generator.write(out);
        System.err.printf("Wrote %,d shifts of %,d employees (seed %d) to %s in %.1f s%n", shifts, employeesFor(shifts), seed,
                out.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static void usage() {
        System.err.println("Usage: java -cp worktime-bench.jar org.worktime.bench.KoreanDatasetGenerator --shifts N --out DIR [--seed 42]");
    }
}
