package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.domain.Dataset;
import org.worktime.io.stream.EmployeeBatch;

/**
 * The streaming read gives every employee the batch the in-memory read gives, whatever way the shifts wait between
 * validation and evaluation: grouped input streamed as is (kept in memory, or read again when too large) with no
 * temporary file, any other order through partitions on disk; and it refuses what the in-memory read refuses, with the
 * same problems.
 */
class DatasetStreamTest {

    private static final int EMPLOYEES = 6;

    @AfterEach
    void defaults() {
        System.clearProperty("worktime.stream.memoryBytes");
        System.clearProperty("worktime.stream.partitionBytes");
    }

    @Test
    void groupedInputIsStreamedAsIsWithoutTemporaryFiles(@TempDir Path dir) throws Exception {
        Path data = folder(dir, rows(true));
        try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
            assertThat(stream.layout()).isEqualTo(DatasetStream.Layout.IN_MEMORY);
            assertThat(stream.temporaryFolder()).isNull();
            assertThat(batches(stream)).isEqualTo(inMemory(data));
            // A second pass gives the same batches (the memory is read in place, not consumed).
            assertThat(batches(stream)).isEqualTo(inMemory(data));
            assertThat(stream.shiftCount()).isEqualTo(inMemoryShifts(data));
        }
    }

    @Test
    void groupedInputLargerThanTheMemoryBudgetIsReadAgainWithoutTemporaryFiles(@TempDir Path dir) throws Exception {
        System.setProperty("worktime.stream.memoryBytes", "500");
        Path data = folder(dir, rows(true));
        try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
            assertThat(stream.layout()).isEqualTo(DatasetStream.Layout.READ_AGAIN);
            assertThat(stream.temporaryFolder()).isNull();
            assertThat(batches(stream)).isEqualTo(inMemory(data));
        }
    }

    @Test
    void shuffledInputIsPartitionedOnDiskAndTheFilesDeleted(@TempDir Path dir) throws Exception {
        System.setProperty("worktime.stream.partitionBytes", "2000");
        Path data = folder(dir, rows(false));
        Path temp;
        try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
            assertThat(stream.layout()).isEqualTo(DatasetStream.Layout.PARTITIONED);
            temp = stream.temporaryFolder();
            assertThat(temp).isDirectory();
            try (var files = Files.list(temp)) {
                assertThat(files.count()).isGreaterThan(1);
            }
            assertThat(batches(stream)).isEqualTo(inMemory(data));
        }
        assertThat(temp).doesNotExist();
    }

    @Test
    void anOrderBrokenAfterTheMemoryFilledPartitionsByReadingTheFilesAgain(@TempDir Path dir) throws Exception {
        System.setProperty("worktime.stream.memoryBytes", "500");
        List<String> rows = rows(true);
        // The first employee's first row moved to the end: grouped until the last row.
        rows.add(rows.remove(0));
        Path data = folder(dir, rows);
        try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
            assertThat(stream.layout()).isEqualTo(DatasetStream.Layout.PARTITIONED);
            assertThat(batches(stream)).isEqualTo(inMemory(data));
            assertThat(stream.shiftCount()).isEqualTo(inMemoryShifts(data));
        }
    }

    @Test
    void anOrderBrokenWhileInMemoryMovesTheRowsToPartitions(@TempDir Path dir) throws Exception {
        List<String> rows = rows(true);
        rows.add(rows.size() / 2, rows.remove(0));
        Path data = folder(dir, rows);
        try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
            assertThat(stream.layout()).isEqualTo(DatasetStream.Layout.PARTITIONED);
            assertThat(batches(stream)).isEqualTo(inMemory(data));
        }
    }

    @Test
    void employeesInAnotherOrderThanTheEmployeesFileArePartitioned(@TempDir Path dir) throws Exception {
        List<String> rows = rows(true);
        List<String> reversed = new ArrayList<>();
        for (int e = EMPLOYEES; e >= 1; e--) {
            String id = id(e);
            rows.stream().filter(r -> r.startsWith(id + ",")).forEach(reversed::add);
        }
        Path data = folder(dir, reversed);
        try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
            assertThat(stream.layout()).isEqualTo(DatasetStream.Layout.PARTITIONED);
            assertThat(batches(stream)).isEqualTo(inMemory(data));
        }
    }

    @Test
    void anEmployeeWithoutShiftsGetsAnEmptyBatchAndTheFilterIsKept(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>(rows(true));
        rows.removeIf(r -> r.startsWith("E003,") || r.startsWith("E006,"));
        Path data = folder(dir, rows);
        try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
            List<EmployeeBatch> all = batches(stream);
            assertThat(all).isEqualTo(inMemory(data));
            assertThat(all.get(2).shifts()).isEmpty();
            assertThat(all.get(5).shifts()).isEmpty();
            List<Integer> kept = new ArrayList<>();
            stream.forEach(i -> i % 2 == 1, b -> kept.add(b.index()));
            assertThat(kept).containsExactly(1, 3, 5);
        }
    }

    @Test
    void overlapsInGroupedInputAreTheProblemsOfTheInMemoryRead(@TempDir Path dir) throws Exception {
        List<String> rows = rows(true);
        // Two overlaps, in the second and the fifth employee's rows.
        int second = firstRowOf(rows, id(2));
        rows.add(second + 3, rows.get(second));
        int fifth = firstRowOf(rows, id(5));
        rows.add(fifth + 1, rows.get(fifth + 4));
        Path data = folder(dir, rows);
        InputException streamed = catchThrowableOfType(InputException.class, () -> DatasetStream.open(data, DatasetReader.Options.DEFAULT));
        InputException read = catchThrowableOfType(InputException.class, () -> DatasetReader.read(data));
        assertThat(streamed.problems()).isEqualTo(read.problems()).hasSize(2);
        assertThat(streamed.getMessage()).contains("overlap");
    }

    @Test
    void withoutAnEmployeesFileTheProblemsAreTheInMemoryReads(@TempDir Path dir) throws Exception {
        List<String> rows = rows(true);
        rows.set(4, "E001,2026-03-40T09:00,2026-03-02T18:00,");
        Path data = folder(dir, rows);
        Files.delete(data.resolve("employees.csv"));
        InputException streamed = catchThrowableOfType(InputException.class, () -> DatasetStream.open(data, DatasetReader.Options.DEFAULT));
        InputException read = catchThrowableOfType(InputException.class, () -> DatasetReader.read(data));
        assertThat(streamed.problems()).isEqualTo(read.problems());
        assertThat(streamed.getMessage()).contains("employees", "shifts.csv:6");
    }

    @Test
    void theUnplacedBreakOfAShiftSurvivesEveryLayout(@TempDir Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        for (String r : rows(true)) {
            rows.add(r + "," + (r.hashCode() % 3 == 0 ? "30" : ""));
        }
        for (boolean grouped : new boolean[] {true, false}) {
            List<String> order = new ArrayList<>(rows);
            if (!grouped) {
                Collections.shuffle(order, new Random(7));
            }
            Path data = folder(dir.resolve("g" + grouped), "employee,start,end,breaks,break_minutes", order);
            try (DatasetStream stream = DatasetStream.open(data, DatasetReader.Options.DEFAULT)) {
                List<EmployeeBatch> batches = batches(stream);
                assertThat(batches).isEqualTo(inMemory(data));
                assertThat(batches.stream().flatMap(b -> b.shifts().stream()).filter(s -> s.unplacedBreakSeconds() == 1800)).isNotEmpty();
            }
        }
    }

    // ---- data -------------------------------------------------------------------------------------------------------

    /** A few weeks of shifts for each employee, grouped by employee in the employees file's order, or shuffled. */
    private static List<String> rows(boolean grouped) {
        Random random = new Random(42);
        List<String> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 3, 2);
        for (int e = 1; e <= EMPLOYEES; e++) {
            for (int d = 0; d < 21; d++) {
                if (random.nextInt(10) < 3) {
                    continue;
                }
                LocalDate day = first.plusDays(d);
                boolean night = random.nextInt(6) == 0;
                String start = day + (night ? "T22:00" : "T09:00");
                String end = night ? day.plusDays(1) + "T07:00" : day + "T" + (17 + random.nextInt(4)) + ":30";
                String breaks = night ? "02:00-03:00" : "12:00-13:00";
                rows.add(id(e) + "," + start + "," + end + "," + breaks);
            }
        }
        if (!grouped) {
            Collections.shuffle(rows, new Random(42));
        }
        return rows;
    }

    private static String id(int e) {
        return String.format("E%03d", e);
    }

    private static int firstRowOf(List<String> rows, String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).startsWith(id + ",")) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static Path folder(Path dir, List<String> rows) throws IOException {
        return folder(dir, "employee,start,end,breaks", rows);
    }

    private static Path folder(Path dir, String header, List<String> rows) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("workplace.yaml"), Fixtures.WORKPLACE);
        StringBuilder employees = new StringBuilder("id,name,wage_type,wage_amount,currency\n");
        for (int e = 1; e <= EMPLOYEES; e++) {
            employees.append(id(e)).append(",Worker ").append(e).append(",HOURLY,12000,KRW\n");
        }
        Files.writeString(dir.resolve("employees.csv"), employees);
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(dir.resolve("shifts.csv"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    private static List<EmployeeBatch> batches(DatasetStream stream) throws IOException {
        List<EmployeeBatch> batches = new ArrayList<>();
        stream.forEach(i -> true, batches::add);
        return batches;
    }

    private static List<EmployeeBatch> inMemory(Path data) throws InputException {
        return EmployeeBatch.of(DatasetReader.read(data));
    }

    private static long inMemoryShifts(Path data) throws InputException {
        Dataset dataset = DatasetReader.read(data);
        return dataset.shiftCount();
    }
}
