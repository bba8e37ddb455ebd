package org.worktime.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.domain.Dataset;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Finding;
import org.worktime.core.finding.Severity;
import org.worktime.io.read.DatasetReader;
import org.worktime.kr.KoreanPack;

/**
 * The DuckDB baseline computes what it claims: its weekly sums are the sums a plain Java reading of docs/FORMATS.md
 * gives for the same {@code shifts.csv}, and its "52-hour" weeks are exactly the weeks the engine's KR-LSA-53-1 reports.
 * The generated data has no flexible, selective or special arrangement (its only agreement is the Art. 53(1) one, which
 * does not change the cap), so every week is an ordinary one and no employee needs to be left out.
 */
class DuckDbBaselineTest {

    static final int SHIFTS = 20_000;
    static final long SEED = 42;

    @TempDir
    static Path temp;

    static Path data;
    static DuckDbBaseline.Result result;

    @BeforeAll
    static void runTheBaseline() throws Exception {
        data = temp.resolve("dataset");
        KoreanDatasetGenerator.of(SHIFTS, SEED).write(data);
        result = DuckDbBaseline.run(data.resolve("shifts.csv"), temp.resolve("duckdb"), 0);
    }

    @Test
    void theNativeLibraryInsideTheJarLoads() {
        assertThat(result.duckDbVersion()).isEqualTo("v2.0.0");
        assertThat(result.threads()).isPositive();
        assertThat(result.shifts()).isEqualTo(SHIFTS);
    }

    @Test
    void weeklySumsAreThoseOfAPlainJavaReadingOfTheSameFile() throws IOException {
        Map<String, Long> expected = plainJavaWeeklySums(data.resolve("shifts.csv"));
        Map<String, Long> duckdb = readWeeks(temp.resolve("duckdb/weekly.csv"));

        assertThat(differences(duckdb, expected)).isEmpty();
        assertThat(duckdb.size()).isEqualTo(4_371);
        assertThat(result.weeks()).isEqualTo(4_371);
        long total = expected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(total).isEqualTo(599_614_200L); // 166,559 h 30 min
        assertThat(result.totalSeconds()).isEqualTo(total);
        // the file is sorted by employee, then week
        assertThat(List.copyOf(duckdb.keySet())).isSorted();
    }

    @Test
    void weeksOver52HoursAreExactlyTheEnginesExtendedWorkViolations() throws Exception {
        Map<String, Long> over52 = readWeeks(temp.resolve("duckdb/over52.csv"));
        Map<String, Long> weekly = readWeeks(temp.resolve("duckdb/weekly.csv"));
        Map<String, Long> expectedOver52 = new TreeMap<>();
        weekly.forEach((week, seconds) -> {
            if (seconds > DuckDbBaseline.CAP_SECONDS) {
                expectedOver52.put(week, seconds);
            }
        });
        assertThat(differences(over52, expectedOver52)).isEmpty();
        assertThat(over52.size()).isEqualTo(113);
        assertThat(result.over52()).isEqualTo(113);

        Dataset dataset = DatasetReader.read(data);
        var report = Engine.of(new KoreanPack()).evaluate(dataset, Evaluation.of(KoreanDatasetGenerator.shiftDates(dataset)));
        // the engine's weeks, each with its measure turned back into the week's total: extended minutes * 60 + 40 h
        Map<String, Long> engine = new TreeMap<>();
        for (Finding f : report.findings()) {
            if (f.ruleId().equals("KR-LSA-53-1") && f.severity() == Severity.VIOLATION) {
                assertThat(f.period().lengthInDays()).as("a week").isEqualTo(7);
                assertThat(f.period().getStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                assertThat(f.measured().isMinutes()).isTrue();
                assertThat(f.limit().value()).isEqualByComparingTo(BigDecimal.valueOf(12 * 60));
                long total = f.measured().value().multiply(BigDecimal.valueOf(60)).longValueExact() + 40 * 3600;
                assertThat(engine.put(f.employeeId() + "," + f.period().getStart(), total)).isNull();
            }
        }

        assertThat(differences(engine, over52)).isEmpty();
        assertThat(engine.size()).isEqualTo(113);
    }

    @Test
    void breaksResolveAfterTheStartAndAShiftCountsToTheWeekItStarts(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("shifts.csv");
        Files.writeString(csv, String.join("\n",
                "employee,start,end,breaks",
                "A,2025-03-03T09:00,2025-03-03T18:00,12:00-13:00", // 8 h
                "A,2025-03-04T22:00,2025-03-05T07:00,23:30-00:30;02:00-03:00", // 9 h - 1 h over midnight - 1 h after it = 7 h
                "A,2025-03-09T20:00,2025-03-10T04:00,", // Sunday night into Monday, no break: 8 h, to the week of 03-03
                "A,2025-03-10T09:00,2025-03-10T18:30,12:00-12:30;15:00-15:15", // 9:30 - 45 min = 8:45, the week of 03-10
                "B,2025-03-05T09:00,2025-03-05T09:30,") + "\n");

        DuckDbBaseline.Result r = DuckDbBaseline.run(csv, dir.resolve("out"), 1);

        assertThat(readWeeks(dir.resolve("out/weekly.csv"))).containsExactly(
                Map.entry("A,2025-03-03", (8 + 7 + 8) * 3600L),
                Map.entry("A,2025-03-10", 8 * 3600L + 45 * 60),
                Map.entry("B,2025-03-03", 30 * 60L));
        assertThat(readWeeks(dir.resolve("out/weekly.csv"))).isEqualTo(plainJavaWeeklySums(csv));
        assertThat(r.shifts()).isEqualTo(5);
        assertThat(r.over52()).isZero();
        assertThat(r.threads()).isEqualTo(1);
    }

    @Test
    void aBreakInAnotherFormStopsTheQuery(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("shifts.csv");
        Files.writeString(csv, "employee,start,end,breaks\nA,2025-03-05T09:00,2025-03-05T18:00,2025-03-05T12:00/2025-03-05T13:00\n");

        assertThatThrownBy(() -> DuckDbBaseline.run(csv, dir.resolve("out"), 1)).isInstanceOf(java.sql.SQLException.class)
                .hasMessageContaining("break not in the form HH:MM-HH:MM: 2025-03-05T12:00/2025-03-05T13:00");
    }

    @Test
    void aFileWithOtherColumnsIsRefused(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("shifts.csv");
        Files.writeString(csv, "employee,end,start,breaks\nA,2025-03-05T18:00,2025-03-05T09:00,\n");

        assertThatThrownBy(() -> DuckDbBaseline.run(csv, dir.resolve("out"), 1)).isInstanceOf(IOException.class)
                .hasMessageEndingWith("the header is 'employee,end,start,breaks', not 'employee,start,end,breaks' as the generator writes it");
    }

    /**
     * The weekly sums from the CSV by the letter of docs/FORMATS.md: local date-times in the workplace zone, elapsed
     * time between them, breaks {@code HH:MM-HH:MM} at their first occurrence at or after the start, the week of the
     * start's date from Monday.
     */
    static Map<String, Long> plainJavaWeeklySums(Path shiftsCsv) throws IOException {
        Map<String, Long> sums = new TreeMap<>();
        List<String> lines = Files.readAllLines(shiftsCsv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("employee,start,end,breaks");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).hasSize(4);
            LocalDateTime start = LocalDateTime.parse(f[1]);
            LocalDateTime end = LocalDateTime.parse(f[2]);
            Duration worked = Duration.between(start.atZone(KoreanDatasetGenerator.ZONE), end.atZone(KoreanDatasetGenerator.ZONE));
            if (!f[3].isEmpty()) {
                for (String b : f[3].split(";")) {
                    String[] times = b.split("-");
                    worked = worked.minus(Duration.between(firstAtOrAfter(start, times[0]), firstAtOrAfter(start, times[1])));
                }
            }
            LocalDate monday = start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            sums.merge(f[0] + "," + monday, worked.toSeconds(), Long::sum);
        }
        return sums;
    }

    private static LocalDateTime firstAtOrAfter(LocalDateTime start, String time) {
        LocalDateTime t = start.toLocalDate().atTime(LocalTime.parse(time));
        return t.isBefore(start) ? t.plusDays(1) : t;
    }

    /** The keys whose values differ or that only one map has, with both values: empty when the maps are equal. */
    static List<String> differences(Map<String, ?> actual, Map<String, ?> expected) {
        java.util.Set<String> keys = new java.util.TreeSet<>(actual.keySet());
        keys.addAll(expected.keySet());
        List<String> differences = new java.util.ArrayList<>();
        for (String key : keys) {
            if (!actual.containsKey(key) || !expected.containsKey(key) || !actual.get(key).equals(expected.get(key))) {
                differences.add(key + ": " + actual.get(key) + " against " + expected.get(key));
            }
        }
        return differences;
    }

    /** {@code employee,week,seconds} rows keyed by {@code employee,week}, in file order. */
    static Map<String, Long> readWeeks(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("employee,week,seconds");
        Map<String, Long> weeks = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int last = line.lastIndexOf(',');
            assertThat(weeks.put(line.substring(0, last), Long.parseLong(line.substring(last + 1)))).as("once: %s", line).isNull();
        }
        return weeks;
    }
}
