package org.worktime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;
import org.worktime.io.read.DatasetReader;

class KoreanDatasetGeneratorTest {

    /**
     * SHA-256 of shifts.csv for 10,000 shifts with seed 42, as observed. Any change to the generator, or to the bundled
     * Korean public-holiday table it reads, changes it: update it then, on purpose.
     */
    static final String SHIFTS_10K_SEED_42_SHA256 = "18e7b3e1c831e95dfe50237fab02cf6652154ec68eea28749a2a36882b6bdf9b";

    @TempDir
    Path temp;

    @Test
    void sameSeedAndSizeGiveByteIdenticalFiles() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        KoreanDatasetGenerator.of(10_000, 42).write(a);
        KoreanDatasetGenerator.of(10_000, 42).write(b);

        assertThat(sha256(a.resolve("shifts.csv"))).isEqualTo(sha256(b.resolve("shifts.csv")));
        assertThat(sha256(a.resolve("shifts.csv"))).isEqualTo(SHIFTS_10K_SEED_42_SHA256);
        for (String file : List.of("workplace.yaml", "employees.csv")) {
            assertThat(Files.readAllBytes(a.resolve(file))).as(file).isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
    }

    @Test
    void anotherSeedGivesOtherShifts() throws IOException {
        Path a = temp.resolve("a");
        Path b = temp.resolve("b");
        KoreanDatasetGenerator.of(10_000, 42).write(a);
        KoreanDatasetGenerator.of(10_000, 43).write(b);

        assertThat(sha256(a.resolve("shifts.csv"))).isNotEqualTo(sha256(b.resolve("shifts.csv")));
    }

    @Test
    void producesTheRequestedNumberOfShifts() throws IOException {
        for (int size : new int[] {1, 249, 10_000, 12_345}) {
            Path dir = temp.resolve("n" + size);
            KoreanDatasetGenerator generator = KoreanDatasetGenerator.of(size, 7);
            generator.write(dir);
            assertThat(Files.readAllLines(dir.resolve("shifts.csv"))).as("lines for %d shifts", size).hasSize(size + 1);
            assertThat(generator.dataset().shiftCount()).isEqualTo(size);
        }
    }

    @Test
    void employeesAreAboutOnePerYearOfWorkDays() {
        assertThat(KoreanDatasetGenerator.employeesFor(1)).isEqualTo(1);
        assertThat(KoreanDatasetGenerator.employeesFor(100_000)).isEqualTo(400);
        assertThat(KoreanDatasetGenerator.employeesFor(1_000_000)).isEqualTo(4_000);

        Dataset dataset = KoreanDatasetGenerator.of(100_000, 42).dataset();
        assertThat(dataset.employees()).hasSize(400);
        assertThat(dataset.workplace().headcountOn(KoreanDatasetGenerator.FIRST_DAY)).hasValue(400);
        assertThat(dataset.workplace().zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        long covered = dataset.employees().stream()
                .filter(e -> dataset.workplace().hasAgreement("KR-LSA-53-1", e.id(), KoreanDatasetGenerator.FIRST_DAY))
                .count();
        assertThat(covered).isBetween(340L, 380L);
        long monthly = dataset.employees().stream().filter(e -> e.wage() instanceof Wage.Monthly).count();
        assertThat(monthly).isBetween(250L, 310L);
        assertThat(dataset.employees()).allSatisfy(e -> {
            assertThat(e.birthDate().getYear()).isBetween(1965, 2004);
            assertThat(e.contractualHours().workdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
            assertThat(e.contractualHours().minutesPerDay()).isIn(240, 480);
        });
        assertThat(dataset.shiftsOf(dataset.employees().get(0).id()).get(0).start())
                .isAfterOrEqualTo(KoreanDatasetGenerator.FIRST_DAY.atStartOfDay(KoreanDatasetGenerator.ZONE).toInstant());
    }

    @Test
    void noEmployeeHasOverlappingShifts() {
        Dataset dataset = KoreanDatasetGenerator.of(100_000, 42).dataset();
        for (Employee e : dataset.employees()) {
            List<Shift> shifts = dataset.shiftsOf(e.id());
            for (int i = 1; i < shifts.size(); i++) {
                assertThat(shifts.get(i).start()).as("shift %d of %s", i, e.id()).isAfterOrEqualTo(shifts.get(i - 1).end());
            }
        }
    }

    @Test
    void theDataHasTheVarietyABenchmarkNeeds() {
        Dataset dataset = KoreanDatasetGenerator.of(100_000, 42).dataset();
        ZoneId zone = dataset.workplace().zone();
        int night = 0;
        int weekend = 0;
        int withoutBreak = 0;
        int overtime = 0;
        for (Employee e : dataset.employees()) {
            for (Shift s : dataset.shiftsOf(e.id())) {
                LocalDateTime start = LocalDateTime.ofInstant(s.start(), zone);
                LocalDateTime end = LocalDateTime.ofInstant(s.end(), zone);
                night += start.getHour() == 22 && end.toLocalDate().isAfter(start.toLocalDate()) ? 1 : 0;
                weekend += start.getDayOfWeek().getValue() >= 6 ? 1 : 0;
                withoutBreak += s.breaks().isEmpty() ? 1 : 0;
                overtime += s.workedSeconds() > 8 * 3600 ? 1 : 0;
            }
        }
        assertThat(night).isBetween(1_000, 6_000);
        assertThat(weekend).isBetween(500, 3_000);
        assertThat(withoutBreak).isBetween(500, 1_500);
        assertThat(overtime).isBetween(10_000, 40_000);
    }

    @Test
    void theDatasetReaderReadsBackTheSameDataset() throws Exception {
        KoreanDatasetGenerator generator = KoreanDatasetGenerator.of(5_000, 42);
        generator.write(temp);
        Dataset expected = generator.dataset();

        Dataset read = DatasetReader.read(temp);

        assertThat(read.shiftCount()).isEqualTo(expected.shiftCount());
        assertThat(read.employees()).containsExactlyElementsOf(expected.employees());
        for (Employee e : expected.employees()) {
            assertThat(read.shiftsOf(e.id())).as(e.id()).containsExactlyElementsOf(expected.shiftsOf(e.id()));
        }
        assertThat(read.workplace().zone()).isEqualTo(expected.workplace().zone());
        assertThat(read.workplace().weekStart()).isEqualTo(expected.workplace().weekStart());
        assertThat(read.workplace().headcount()).isEqualTo(expected.workplace().headcount());
        assertThat(read.workplace().calendar()).isEqualTo(expected.workplace().calendar());
        assertThat(read.workplace().agreements()).isEqualTo(expected.workplace().agreements());
    }

    @Test
    void inMemoryAndOnDiskHoldTheSameShifts() throws IOException {
        KoreanDatasetGenerator generator = KoreanDatasetGenerator.of(5_000, 42);
        generator.write(temp);
        Dataset dataset = generator.dataset();

        Map<String, List<Shift>> fromCsv = readShifts(temp.resolve("shifts.csv"), dataset.workplace().zone());
        assertThat(fromCsv.keySet()).containsExactlyElementsOf(dataset.employees().stream().map(Employee::id).toList());
        for (Map.Entry<String, List<Shift>> entry : fromCsv.entrySet()) {
            assertThat(entry.getValue()).as(entry.getKey()).containsExactlyElementsOf(dataset.shiftsOf(entry.getKey()));
        }

        List<String> employees = Files.readAllLines(temp.resolve("employees.csv"), StandardCharsets.UTF_8);
        assertThat(employees.get(0)).isEqualTo(
                "id,name,birth_date,hire_date,end_date,workdays,daily_hours,wage_type,wage_amount,currency,monthly_hours");
        assertThat(employees).hasSize(dataset.employees().size() + 1);
        for (int i = 0; i < dataset.employees().size(); i++) {
            Employee e = dataset.employees().get(i);
            String[] cells = employees.get(i + 1).split(",", -1);
            assertThat(cells[0]).isEqualTo(e.id());
            assertThat(cells[1]).isEqualTo(e.name());
            assertThat(cells[2]).isEqualTo(e.birthDate().toString());
            assertThat(cells[3]).isEqualTo(e.hireDate().toString());
            assertThat(cells[6]).isEqualTo(e.contractualHours().minutesPerDay() / 60 + "h");
            assertThat(cells[7]).isEqualTo(e.wage() instanceof Wage.Monthly ? "monthly" : "hourly");
            Wage wage = e.wage();
            assertThat(Long.parseLong(cells[8])).isEqualTo(wage instanceof Wage.Monthly m ? m.amount().getAmountMajorLong()
                    : ((Wage.Hourly) wage).rate().getAmountMajorLong());
        }
        String yaml = Files.readString(temp.resolve("workplace.yaml"));
        assertThat(yaml).contains("jurisdiction: KR", "zone: Asia/Seoul", "kind: KR-LSA-53-1",
                "count: " + dataset.employees().size());
    }

    /**
     * Reads shifts.csv independently of worktime-io: a break {@code HH:MM-HH:MM} is the first such interval at or after
     * the shift's start (so 02:00-03:00 in a 22:00-07:00 shift is on the next day).
     */
    private static Map<String, List<Shift>> readShifts(Path file, ZoneId zone) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("employee,start,end,breaks");
        Map<String, List<Shift>> byEmployee = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(4);
            LocalDateTime start = LocalDateTime.parse(cells[1]);
            LocalDateTime end = LocalDateTime.parse(cells[2]);
            List<Interval> breaks = new ArrayList<>();
            if (!cells[3].isEmpty()) {
                for (String part : cells[3].split(";")) {
                    String[] times = part.split("-");
                    LocalDateTime from = atOrAfter(start, LocalTime.parse(times[0]));
                    LocalDateTime to = atOrAfter(from, LocalTime.parse(times[1]));
                    breaks.add(Interval.of(instant(from, zone), instant(to, zone)));
                }
            }
            byEmployee.computeIfAbsent(cells[0], k -> new ArrayList<>())
                    .add(Shift.of(cells[0], instant(start, zone), instant(end, zone), breaks.toArray(Interval[]::new)));
        }
        return byEmployee;
    }

    private static LocalDateTime atOrAfter(LocalDateTime after, LocalTime time) {
        LocalDateTime candidate = after.toLocalDate().atTime(time);
        return candidate.isBefore(after) ? candidate.plusDays(1) : candidate;
    }

    private static Instant instant(LocalDateTime t, ZoneId zone) {
        return t.atZone(zone).toInstant();
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
