package org.worktime.policy.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.Attestation;
import org.worktime.core.domain.ContractualHours;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Earning;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.HeadcountPeriod;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;
import org.worktime.kr.calendar.KoreanPublicHolidays;

/**
 * A deterministic sample workforce: a Korean AI lab of 150 people through a 12-week crunch before a model release.
 * Its parameters, and the published figures they rest on, are in docs/SIMULATION.md; where no figure was found the
 * value is an assumption and said so there. The same seed always gives the same dataset, byte for byte on disk:
 * one {@link SplittableRandom}, drawn in a fixed order.
 *
 * <p>Command line: {@code java -cp ... org.worktime.policy.sample.AiLabGenerator OUT_DIR [SEED]}.
 */
public final class AiLabGenerator {

    public static final long DEFAULT_SEED = 20261122L;
    /** Monday of the first crunch week; the 12 weeks end on Sunday 2026-11-22, the release. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 31);
    public static final int WEEKS = 12;
    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    public static final String HIGH_INCOME_CONSENT = "kr.proposal.high-income.consent";
    public static final String HPS_CONSENT = "kr.proposal.hps.consent";
    public static final String HPS_RESOLUTION = "KR-PROPOSAL-HPS-RESOLUTION";
    static final CurrencyUnit KRW = CurrencyUnit.of("KRW");
    static final BigDecimal MONTHLY_HOURS = BigDecimal.valueOf(209);

    /**
     * One job family: headcount, annual base salary (log-normal: median and spread, clipped), annual bonus as a share
     * of base, the mean weekly hours at the crunch's peak, and whether its staff would consent to an exemption.
     */
    public record Family(String name, int headcount, long medianSalary, double salarySigma, long minSalary, long maxSalary, double bonusShare,
            double peakHours, double consentRate) {
    }

    /** The families of the lab (docs/SIMULATION.md gives the source or the assumption of each number). */
    public static final List<Family> FAMILIES = List.of(
            new Family("research", 34, 98_000_000, 0.35, 55_000_000, 260_000_000, 0.15, 56, 0.80),
            new Family("engineering", 45, 82_000_000, 0.30, 45_000_000, 180_000_000, 0.12, 55, 0.75),
            new Family("data", 19, 62_000_000, 0.25, 38_000_000, 110_000_000, 0.08, 47, 0.70),
            new Family("infrastructure", 20, 76_000_000, 0.28, 45_000_000, 150_000_000, 0.10, 53, 0.70),
            new Family("operations", 20, 56_000_000, 0.25, 35_000_000, 100_000_000, 0.06, 42, 0.60),
            new Family("management", 6, 150_000_000, 0.20, 110_000_000, 250_000_000, 0.20, 54, 0.85));
    /** Hourly data annotators (data family, paid by the hour): count and rate range, KRW. */
    public static final int ANNOTATORS = 6;
    public static final long ANNOTATOR_RATE_MIN = 12_000;
    public static final long ANNOTATOR_RATE_MAX = 15_000;

    private static final String[] SURNAMES = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
        "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong"};
    private static final int[] SURNAME_WEIGHTS = {215, 147, 84, 47, 43, 24, 21, 20, 20, 19, 15, 15, 15, 14, 14, 13, 13, 13, 12, 11};
    private static final String[] GIVEN_A = {"Min", "Seo", "Ji", "Do", "Ha", "Ye", "Su", "Hyun", "Jun", "Yu", "Eun", "Ju", "Si", "Tae", "So", "Chae",
        "Da", "Yoon", "Seung", "Young"};
    private static final String[] GIVEN_B = {"jun", "yeon", "woo", "yun", "eun", "jin", "ho", "a", "won", "bin", "hee", "hyuk", "rin", "yul", "min",
        "seo", "hyun", "sung", "kyung", "hoon"};

    private final long seed;
    private final KoreanPublicHolidays holidays = KoreanPublicHolidays.bundled();

    /** One generated person. */
    public record Person(String id, String name, String family, String level, LocalDate birthDate, LocalDate hireDate, boolean hourly, long wage,
            long bonus, Boolean consent, List<GeneratedShift> shifts) {
    }

    /** One shift in local time with its breaks (start, end pairs). */
    public record GeneratedShift(LocalDateTime start, LocalDateTime end, List<LocalDateTime> breaks) {
    }

    public AiLabGenerator(long seed) {
        this.seed = seed;
    }

    public LocalDateRange period() {
        return LocalDateRange.of(FIRST_DAY, FIRST_DAY.plusWeeks(WEEKS));
    }

    /** The people, in id order, drawn from the seed. */
    public List<Person> people() {
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> people = new ArrayList<>();
        int n = 0;
        for (Family f : FAMILIES) {
            for (int i = 0; i < f.headcount(); i++) {
                people.add(person(random, String.format("AI%03d", ++n), f, false));
            }
        }
        Family data = FAMILIES.stream().filter(f -> f.name().equals("data")).findFirst().orElseThrow();
        for (int i = 0; i < ANNOTATORS; i++) {
            people.add(person(random, String.format("AI%03d", ++n), data, true));
        }
        return people;
    }

    private Person person(SplittableRandom r, String id, Family f, boolean hourly) {
        String name = surname(r) + " " + GIVEN_A[r.nextInt(GIVEN_A.length)] + GIVEN_B[r.nextInt(GIVEN_B.length)];
        int age = 24 + (int) Math.round(Math.abs(r.nextGaussian()) * (f.name().equals("management") ? 12 : 7)) + (f.name().equals("management") ? 8 : 0);
        LocalDate birth = LocalDate.of(2026 - age, 1 + r.nextInt(12), 1 + r.nextInt(28));
        // Hired 2019-2026; one in ten joined in the last six months (they have no 2025 bonus).
        LocalDate hire = r.nextDouble() < 0.10 ? LocalDate.of(2026, 3, 2).plusDays(r.nextInt(150))
                : LocalDate.of(2019, 1, 2).plusDays(r.nextInt(6 * 365));
        long wage;
        long bonus = 0;
        String level;
        if (hourly) {
            wage = roundTo(ANNOTATOR_RATE_MIN + r.nextLong(ANNOTATOR_RATE_MAX - ANNOTATOR_RATE_MIN + 1), 10);
            level = "annotator";
        } else {
            double z = r.nextGaussian();
            long annual = (long) Math.min(f.maxSalary(), Math.max(f.minSalary(), f.medianSalary() * Math.exp(f.salarySigma() * z)));
            wage = roundTo(annual / 12, 10_000);
            level = z > 1.0 ? "principal" : z > 0 ? "senior" : "staff";
            if (hire.isBefore(LocalDate.of(2025, 1, 1))) {
                bonus = roundTo((long) (wage * 12 * f.bonusShare() * (0.5 + r.nextDouble())), 100_000);
            }
        }
        Boolean consent = null;
        double c = r.nextDouble();
        if (!hourly && !f.name().equals("operations")) {
            consent = c < f.consentRate() ? Boolean.TRUE : c < f.consentRate() + 0.12 ? Boolean.FALSE : null;
        }
        double intensity = Math.exp(0.12 * r.nextGaussian());
        List<GeneratedShift> shifts = shifts(r, f, intensity, hourly, hire);
        return new Person(id, name, f.name(), level, birth, hire, hourly, wage, bonus, consent, shifts);
    }

    private static String surname(SplittableRandom r) {
        int total = 0;
        for (int w : SURNAME_WEIGHTS) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < SURNAMES.length; i++) {
            x -= SURNAME_WEIGHTS[i];
            if (x < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    /**
     * The crunch: weekly hours ramp from near normal to the family's peak over weeks 1-4, hold it to week 10 and rise
     * further in the last two weeks before the release; each person's intensity varies around the family's.
     */
    static double ramp(int week) {
        if (week < 4) {
            return 0.25 + 0.25 * week;
        }
        return week < 10 ? 1.0 : 1.15;
    }

    private List<GeneratedShift> shifts(SplittableRandom r, Family f, double intensity, boolean hourly, LocalDate hire) {
        List<GeneratedShift> list = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            LocalDate monday = FIRST_DAY.plusWeeks(w);
            double peak = hourly ? 44 : f.peakHours();
            double target = 40 + (peak - 40) * ramp(w) * intensity + r.nextGaussian() * 2.5;
            boolean weekOff = r.nextDouble() < (w < 3 ? 0.05 : 0.01); // a week of leave, mostly early in the crunch
            List<LocalDate> days = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                LocalDate day = monday.plusDays(d);
                boolean holiday = holidays.on(day).isPresent();
                if (!holiday || target > 54 && r.nextDouble() < 0.5) {
                    days.add(day);
                }
            }
            if (target > 52 && r.nextDouble() < Math.min(0.95, (target - 50) / 10)) {
                days.add(monday.plusDays(5)); // Saturday
            }
            if (target > 60 && r.nextDouble() < Math.min(0.8, (target - 58) / 10)) {
                days.add(monday.plusDays(6)); // Sunday, the weekly paid holiday
            }
            if (weekOff || days.isEmpty()) {
                continue;
            }
            double perDay = target * 60 / days.size();
            for (LocalDate day : days) {
                if (day.isBefore(hire) || r.nextDouble() < 0.02) {
                    continue; // not yet hired, or a day of sick leave
                }
                long net = Math.round(Math.max(240, Math.min(15 * 60, perDay + r.nextGaussian() * 45)) / 5) * 5;
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                LocalTime startTime = LocalTime.of(weekend ? 10 : 9, 0).plusMinutes(5L * r.nextInt(weekend ? 13 : 19));
                LocalDateTime start = day.atTime(startTime);
                List<LocalDateTime> breaks = new ArrayList<>();
                long span = net;
                if (net > 4 * 60) {
                    LocalDateTime lunch = day.atTime(startTime.isBefore(LocalTime.of(11, 30)) ? LocalTime.of(12, 0) : LocalTime.of(13, 0));
                    breaks.add(lunch);
                    breaks.add(lunch.plusMinutes(60));
                    span += 60;
                }
                if (net > 9 * 60 && start.plusMinutes(span).isAfter(day.atTime(18, 30))) {
                    LocalDateTime dinner = day.atTime(18, 0);
                    breaks.add(dinner);
                    breaks.add(dinner.plusMinutes(30));
                    span += 30;
                }
                list.add(new GeneratedShift(start, start.plusMinutes(span), breaks));
            }
        }
        return list;
    }

    private static long roundTo(long value, long unit) {
        return Math.round((double) value / unit) * unit;
    }

    // ---- domain values ---------------------------------------------------------------------------------------

    public Workplace workplace() {
        LocalDateRange year = LocalDateRange.ofClosed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        List<Agreement> agreements = List.of(
                new Agreement("KR-LSA-53-1", year, java.util.Set.of(), Map.of("signedBy", "worker representative", "signedOn", "2025-12-15")),
                new Agreement(HPS_RESOLUTION, LocalDateRange.ofClosed(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)), java.util.Set.of(),
                        Map.of("note", "hypothetical committee resolution, for simulating the Japanese rule")));
        return new Workplace("nova-ai-seoul", "Nova AI Lab, Seoul", "KR", ZONE, DayOfWeek.MONDAY,
                List.of(new HeadcountPeriod(LocalDate.of(2026, 1, 1), 156)), new WorkplaceCalendar(DayOfWeek.SUNDAY, java.util.Set.of(DayOfWeek.SATURDAY), Map.of()),
                agreements, false, Map.of("industry", "M7011"));
    }

    /** The dataset in memory, as the files written by {@link #write} read back. */
    public Dataset dataset() {
        List<Person> people = people();
        List<Employee> employees = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        List<Earning> earnings = new ArrayList<>();
        List<Attestation> attestations = new ArrayList<>();
        for (Person p : people) {
            Wage wage = p.hourly() ? new Wage.Hourly(Money.ofMajor(KRW, p.wage())) : new Wage.Monthly(Money.ofMajor(KRW, p.wage()), MONTHLY_HOURS);
            employees.add(new Employee(p.id(), p.name(), p.birthDate(), p.hireDate(), null, ContractualHours.fullTime(), wage, List.of(), null,
                    Map.of("jobFamily", p.family(), "level", p.level())));
            for (GeneratedShift s : p.shifts()) {
                List<Interval> breaks = new ArrayList<>();
                for (int i = 0; i < s.breaks().size(); i += 2) {
                    breaks.add(Interval.of(s.breaks().get(i).atZone(ZONE).toInstant(), s.breaks().get(i + 1).atZone(ZONE).toInstant()));
                }
                shifts.add(new Shift(p.id(), s.start().atZone(ZONE).toInstant(), s.end().atZone(ZONE).toInstant(), breaks, Shift.Origin.ACTUAL, false));
            }
            if (p.bonus() > 0) {
                earnings.add(new Earning(p.id(), "bonus", Money.ofMajor(KRW, p.bonus()), LocalDateRange.ofClosed(LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 12, 31)), LocalDate.of(2026, 2, 27), Map.of()));
            }
            if (p.consent() != null) {
                for (String subject : List.of(HIGH_INCOME_CONSENT, HPS_CONSENT)) {
                    attestations.add(new Attestation(p.id(), subject, p.consent(), "HR (Jeon Hyemi)", LocalDate.of(2026, 8, 3),
                            LocalDateRange.ofClosed(LocalDate.of(2026, 8, 3), LocalDate.of(2027, 8, 2)), "survey form: would consent if the regime existed"));
                }
            }
        }
        return Dataset.of(workplace(), employees, shifts).withEarnings(earnings).withAttestations(attestations);
    }

    // ---- files -----------------------------------------------------------------------------------------------

    /** Writes workplace.yaml, employees.csv, shifts.csv, earnings.csv and attestations.csv (docs/FORMATS.md). */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Person> people = people();
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("workplace.yaml"), StandardCharsets.UTF_8)) {
            w.write("# Generated by org.worktime.policy.sample.AiLabGenerator (seed " + seed + "); see docs/SIMULATION.md.\n"
                    + "# A Korean AI lab of " + people.size() + " people through a 12-week crunch before a model release.\n"
                    + "id: nova-ai-seoul\nname: Nova AI Lab, Seoul\njurisdiction: KR\nzone: Asia/Seoul\nweekStart: MONDAY\npublicSector: false\n"
                    + "headcount:\n  - {from: 2026-01-01, count: 156}\ncalendar:\n  weeklyHoliday: SUNDAY\n  daysOff: [SATURDAY]\nagreements:\n"
                    + "  # Art. 53(1) extended-work agreement with the worker representative, covering everyone.\n"
                    + "  - kind: KR-LSA-53-1\n    from: 2026-01-01\n    to: 2026-12-31\n    terms: {signedBy: worker representative, signedOn: 2025-12-15}\n"
                    + "  # Hypothetical labour-management committee resolution, only for simulating \"Korea adopts the Japanese rule\".\n"
                    + "  - kind: " + HPS_RESOLUTION + "\n    from: 2026-08-01\n    to: 2027-07-31\n"
                    + "    terms: {note: hypothetical committee resolution for the simulation}\n"
                    + "attributes: {industry: M7011}   # KSIC M7011: natural science and engineering research\n");
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("employees.csv"), StandardCharsets.UTF_8)) {
            w.write("id,name,birth_date,hire_date,end_date,workdays,daily_hours,wage_type,wage_amount,currency,monthly_hours,exclusion,exclusion_approved_on,statuses,attr.jobFamily,attr.level\n");
            for (Person p : people) {
                w.write(p.id() + "," + p.name() + "," + p.birthDate() + "," + p.hireDate() + ",,MON-FRI,8h," + (p.hourly() ? "hourly" : "monthly") + ","
                        + p.wage() + ",KRW," + (p.hourly() ? "" : "209") + ",,,," + p.family() + "," + p.level() + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("shifts.csv"), StandardCharsets.UTF_8)) {
            w.write("employee,start,end,breaks\n");
            // by start, then employee: the order a time clock exports
            TreeMap<String, String> rows = new TreeMap<>();
            for (Person p : people) {
                for (GeneratedShift s : p.shifts()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < s.breaks().size(); i += 2) {
                        b.append(i == 0 ? "" : ";").append(s.breaks().get(i).toLocalTime()).append('-').append(s.breaks().get(i + 1).toLocalTime());
                    }
                    rows.put(s.start() + p.id(), p.id() + "," + s.start() + "," + s.end() + "," + b);
                }
            }
            for (String row : rows.values()) {
                w.write(row + "\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("earnings.csv"), StandardCharsets.UTF_8)) {
            w.write("employee_id,kind,amount,currency,from,to,paid_on\n");
            for (Person p : people) {
                if (p.bonus() > 0) {
                    w.write(p.id() + ",bonus," + p.bonus() + ",KRW,2025-01-01,2025-12-31,2026-02-27\n");
                }
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("attestations.csv"), StandardCharsets.UTF_8)) {
            w.write("employee_id,subject,holds,attested_by,attested_on,from,to,note\n");
            for (Person p : people) {
                if (p.consent() != null) {
                    for (String subject : List.of(HIGH_INCOME_CONSENT, HPS_CONSENT)) {
                        w.write(p.id() + "," + subject + "," + p.consent() + ",HR (Jeon Hyemi),2026-08-03,2026-08-03,2027-08-02,"
                                + "survey form: would consent if the regime existed\n");
                    }
                }
            }
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: AiLabGenerator OUT_DIR [SEED]   (default seed " + DEFAULT_SEED + ")");
            System.exit(2);
        }
        long seed = args.length == 2 ? Long.parseLong(args[1]) : DEFAULT_SEED;
        new AiLabGenerator(seed).write(Path.of(args[0]));
    }
}
