package org.worktime.io.read;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Workplace;
import org.worktime.core.rule.Vocabulary;
import org.worktime.io.stream.EmployeeBatch;

/**
 * A dataset folder read as a stream of employees, in bounded memory: what {@link DatasetReader#read(Path,
 * DatasetReader.Options)} reads, validated the same way, without holding the shifts.
 *
 * <p>How. {@link #open} reads the workplace, the employees, their earnings, attestations and leave, and every shift row
 * (checking each as today). Any problem is thrown as {@link InputException} before anything is evaluated or written,
 * exactly as the in-memory read throws it. {@link #forEach} then hands out one {@link EmployeeBatch} per employee, in
 * the employees file's order. Between the two, the shifts wait in one of three ways ({@link Layout}):
 * <ul>
 *   <li><b>grouped input</b> (each employee's rows contiguous, the employees in the employees file's order, which is how
 *       exports sorted by employee and the benchmark's generator write them; no quarantine): the overlaps, the default
 *       period's bounds and the days worked by employees with leave are checked employee by employee while reading, so
 *       no partition is made and no temporary file is written. The accepted rows are kept in memory in a compact binary
 *       form when they fit {@link #memoryBudget()} ({@link Layout#IN_MEMORY}: nothing is parsed twice), else the shift
 *       files are read a second time by {@link #forEach} ({@link Layout#READ_AGAIN}: memory follows one employee);</li>
 *   <li><b>any other order</b> (or quarantine): each accepted shift is written to one of a few temporary
 *       <em>partition</em> files, chosen by the employee's place in the employees file (partition {@code p} holds a
 *       contiguous range of employees, so reading the partitions in turn gives the employees in the report's order),
 *       and each partition is read once to check overlaps, gather the default period's bounds and the days worked by
 *       employees with leave ({@link Layout#PARTITIONED}). Overlaps are then reported partition by partition, each in
 *       reading order: the same as the in-memory read when the shift files are under {@link #PARTITION_BYTES}. Memory
 *       follows the largest partition (about {@value #PARTITION_BYTES} bytes of CSV, or the system property
 *       {@code worktime.stream.partitionBytes}), not the file; at most 512 partitions. Rows read before the order is
 *       seen to break are moved to the partitions (or the files read again to make them).</li>
 * </ul>
 * {@link #close} deletes the temporary files, if any.
 *
 * <p>Streams the native CSV shift files only (no import profile, no workbook): {@link #canStream} says so.
 */
public final class DatasetStream implements AutoCloseable {

    /** Shift-file bytes per partition: about half a million rows, some 100 MiB of shifts in memory at once. */
    public static final long PARTITION_BYTES = 24L << 20;

    /** At most this many bytes of grouped shifts are kept in memory (about 60 bytes a shift), whatever the heap. */
    static final long MAX_MEMORY_BYTES = 256L << 20;

    /** How the shifts wait between validation and evaluation. */
    enum Layout {
        /** Grouped input kept in memory, compact. */
        IN_MEMORY,
        /** Grouped input too large for memory: the shift files are read again. */
        READ_AGAIN,
        /** Any other order: partitioned on disk. */
        PARTITIONED
    }

    private final Dataset header;
    private final Quarantine quarantine;
    private final List<Path> sources;
    private final Layout layout;
    private final Path folder;
    private final List<Path> partitions;
    private final ByteChunks memory;
    private final List<Path> files;
    private final ShiftBuilder builder;
    private final Map<String, Integer> index;
    private final List<Employee> staff;
    private final int employeeCount;
    private final int partitionCount;
    private final LocalDate[] firstWeek;
    private final LocalDate[] lastDate;
    private final long shiftCount;

    private DatasetStream(Dataset header, Quarantine quarantine, List<Path> sources, Rows rows, List<Path> files, ShiftBuilder builder,
            Map<String, Integer> index, LocalDate[] firstWeek, LocalDate[] lastDate, long shiftCount) {
        this.header = header;
        this.quarantine = quarantine;
        this.sources = sources;
        this.layout = rows.layout();
        this.folder = rows.temp;
        this.partitions = rows.partitionFiles;
        this.memory = rows.memory;
        this.files = files;
        this.builder = builder;
        this.index = index;
        // Dataset.employees() makes its list afresh at each call: taken once.
        this.staff = header.employees();
        this.employeeCount = staff.size();
        this.partitionCount = partitions.size();
        this.firstWeek = firstWeek;
        this.lastDate = lastDate;
        this.shiftCount = shiftCount;
    }

    /** Whether this read streams: a folder, the native format, CSV shift files only. */
    public static boolean canStream(Path folder, DatasetReader.Options options) {
        if (!Files.isDirectory(folder) || options.profile() != null) {
            return false;
        }
        List<Path> files = options.shiftFiles();
        if (files == null) {
            return !InputFiles.present(folder.resolve("shifts.xlsx"));
        }
        return files.stream().noneMatch(ExportRows::isWorkbook);
    }

    /**
     * The bytes of grouped shifts kept in memory at most: an eighth of the heap, at most {@value #MAX_MEMORY_BYTES}
     * (about four million shifts), or the system property {@code worktime.stream.memoryBytes}.
     */
    static long memoryBudget() {
        return Long.getLong("worktime.stream.memoryBytes", Math.min(MAX_MEMORY_BYTES, Runtime.getRuntime().maxMemory() / 8));
    }

    /**
     * Reads and validates a dataset folder for streaming.
     *
     * @return null when the workplace cannot be read (no zone): then nothing can be streamed and the in-memory read
     *         reports the problems (it reads no shift either)
     * @throws InputException as {@link DatasetReader#read(Path, DatasetReader.Options)} throws it
     */
    public static DatasetStream open(Path folder, DatasetReader.Options options) throws InputException {
        return open(folder, options, DatasetReader.installedVocabulary());
    }

    static DatasetStream open(Path folder, DatasetReader.Options options, Vocabulary vocabulary) throws InputException {
        Problems problems = new Problems(vocabulary);
        Path workplaceFile = DatasetReader.single(folder, DatasetReader.WORKPLACE_FILES, "workplace", problems);
        Path employeesFile = DatasetReader.single(folder, DatasetReader.EMPLOYEE_FILES, "employees", problems);
        WorkplaceReader.Result workplace = null;
        if (workplaceFile != null) {
            YamlTree.Node root = YamlTree.read(workplaceFile, problems);
            workplace = root == null ? null : WorkplaceReader.parse(root, workplaceFile, problems, "");
        }
        if (workplace == null || workplace.zone == null) {
            return null;
        }
        EmployeeReader.Result employees = employeesFile == null ? null : EmployeeReader.readInto(employeesFile, problems);
        if (employees != null && employees.readable) {
            DatasetReader.checkAgreementIds(workplace, employees, workplaceFile, employeesFile, problems);
        }
        ShiftBuilder builder = new ShiftBuilder(new ShiftTimes(workplace.zone), DatasetReader.knownIds(employees),
                DatasetReader.employeesSource(employeesFile)).withCurrencies(DatasetReader.currencies(employees));
        List<Path> files = options.shiftFiles();
        if (files == null) {
            files = new ArrayList<>();
            Path csv = folder.resolve("shifts.csv");
            if (InputFiles.present(csv)) {
                files.add(csv);
            }
        }
        List<Employee> staff = employees == null ? List.of() : employees.employees;
        Map<String, Integer> index = new HashMap<>(staff.size() * 2);
        for (int i = 0; i < staff.size(); i++) {
            index.putIfAbsent(staff.get(i).id(), i);
        }
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += Files.size(f);
            } catch (IOException e) {
                // The reader reports the file it cannot read.
            }
        }
        long perPartition = Long.getLong("worktime.stream.partitionBytes", PARTITION_BYTES);
        int count = (int) Math.max(1, Math.min(Math.min(512, Math.max(1, staff.size())), bytes / Math.max(1, perPartition) + 1));
        // The extras are read before the shifts (the shift pass gathers the worked days of employees with leave), their
        // problems kept apart and added after the overlaps', in the in-memory read's order.
        Problems extraProblems = new Problems(vocabulary);
        ExtrasReader.Result extras = ExtrasReader.readFolder(folder, DatasetReader.knownIds(employees), extraProblems);
        Set<String> withLeave = new HashSet<>();
        extras.leave.forEach(r -> withLeave.add(r.leave().employeeId()));
        Map<String, Set<LocalDate>> shiftDays = new HashMap<>();
        Workplace place = workplace.workplace;
        ZoneId zone = workplace.zone;
        Rows rows = new Rows(staff, index, count, builder.times(), withLeave, shiftDays, place != null);
        boolean done = false;
        try {
            ShiftBatch batch = new ShiftBatch();
            batch.onRows(options.onRows());
            Quarantine quarantine = null;
            if (options.quarantine()) {
                quarantine = new Quarantine();
                files.forEach(quarantine::covers);
                problems.divertTo(quarantine);
                batch.quarantine(quarantine);
                rows.ungroup(batch);
            }
            rows.reading(batch);
            batch.spillTo(rows::add);
            for (Path file : files) {
                ShiftCsvReader.readInto(file, builder, batch, problems);
            }
            rows.endOfRows();
            LocalDate[] firstWeek = new LocalDate[staff.size()];
            LocalDate[] lastDate = new LocalDate[staff.size()];
            // As the in-memory read: overlaps are looked for once every row read cleanly (or went to the quarantine).
            boolean rowsClean = problems.isEmpty();
            long accepted = 0;
            if (rows.grouped) {
                if (rowsClean) {
                    rows.overlapsInto(problems);
                    rows.bounds(place, firstWeek, lastDate);
                }
                accepted = rows.count;
            } else if (rowsClean) {
                if (rows.repartition) {
                    rows.partitionAgain(files, builder, vocabulary);
                }
                rows.closeWriters();
                for (Path partition : rows.partitionFiles) {
                    ShiftBatch part = new ShiftBatch();
                    part.sourcesOf(batch);
                    part.quarantine(quarantine);
                    readPartition(partition, staff, (i, source, line, shift) -> part.add(shift, source, line));
                    part.checkOverlaps(problems, builder.times());
                    part.dropRejectedOnly();
                    accepted += part.size();
                    part.forEachRow((shift, source, line) -> {
                        int i = index.getOrDefault(shift.employeeId(), -1);
                        if (i >= 0 && place != null) {
                            LocalDate date = shift.start().atZone(zone).toLocalDate();
                            LocalDate week = place.weekStartOf(shift.start()).toLocalDate();
                            firstWeek[i] = firstWeek[i] == null || week.isBefore(firstWeek[i]) ? week : firstWeek[i];
                            lastDate[i] = lastDate[i] == null || date.isAfter(lastDate[i]) ? date : lastDate[i];
                        }
                        if (shift.origin() == Shift.Origin.ACTUAL && withLeave.contains(shift.employeeId())) {
                            shiftDays.computeIfAbsent(shift.employeeId(), k -> new HashSet<>()).add(shift.start().atZone(zone).toLocalDate());
                        }
                    });
                }
            }
            if (quarantine != null) {
                quarantine.accepted(accepted);
            }
            for (InputProblem p : extraProblems.list()) {
                problems.add(p.file(), p.line(), p.field(), p.text());
            }
            if (extraProblems.hasIoFailure()) {
                problems.ioFailure();
            }
            if (problems.isEmpty() && !extras.leave.isEmpty() && employees != null) {
                ExtrasReader.checkLeave(extras, employees.employees, shiftDays, problems);
            }
            problems.throwIfAny();
            Dataset header = DatasetReader.build(workplace, employees, new ShiftBatch(), extras, folder);
            DatasetStream stream = new DatasetStream(header, quarantine, batch.sources(), rows, List.copyOf(files), builder, index,
                    firstWeek, lastDate, accepted);
            done = true;
            return stream;
        } finally {
            if (!done) {
                rows.discard();
            }
        }
    }

    /** How the shifts wait for {@link #forEach}. */
    Layout layout() {
        return layout;
    }

    /** The folder of the temporary partition files; null when none was made (grouped input). */
    Path temporaryFolder() {
        return folder;
    }

    /** The workplace, the employees in the employees file's order, their earnings, attestations and leave; no shifts. */
    public Dataset header() {
        return header;
    }

    /** What quarantine set aside; null unless asked for. */
    public Quarantine quarantine() {
        return quarantine;
    }

    /** The shifts accepted. */
    public long shiftCount() {
        return shiftCount;
    }

    /**
     * The first day of the workweek the first shift of these employees starts in, and the date their last shift starts:
     * the default period, as the in-memory path computes it; null when they have no shift.
     */
    public LocalDate[] bounds(Set<String> employeeIds) {
        LocalDate first = null;
        LocalDate last = null;
        for (int i = 0; i < staff.size(); i++) {
            if (firstWeek[i] != null && employeeIds.contains(staff.get(i).id())) {
                first = first == null || firstWeek[i].isBefore(first) ? firstWeek[i] : first;
                last = last == null || lastDate[i].isAfter(last) ? lastDate[i] : last;
            }
        }
        return first == null ? null : new LocalDate[] {first, last};
    }

    /** Something done with each employee's batch, in the report's order. */
    @FunctionalInterface
    public interface BatchAction {
        void accept(EmployeeBatch batch) throws IOException;
    }

    /**
     * Gives each employee kept by {@code keep} (their index in the employees file) their batch, in the employees file's
     * order; an employee without shifts gets a batch without shifts, as in the in-memory report.
     *
     * @throws IllegalStateException when the shift files read again ({@link Layout#READ_AGAIN}) no longer hold the rows
     *                               validated (they changed during the run)
     */
    public void forEach(IntPredicate keep, BatchAction action) throws IOException {
        switch (layout) {
            case IN_MEMORY -> forEachInMemory(keep, action);
            case READ_AGAIN -> forEachReadAgain(keep, action);
            case PARTITIONED -> forEachPartitioned(keep, action);
        }
    }

    private void forEachPartitioned(IntPredicate keep, BatchAction action) throws IOException {
        for (int p = 0; p < partitionCount; p++) {
            int from = (int) (((long) p * employeeCount + partitionCount - 1) / partitionCount);
            int to = (int) (((long) (p + 1) * employeeCount + partitionCount - 1) / partitionCount);
            List<List<Shift>> byEmployee = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                byEmployee.add(new ArrayList<>());
            }
            readPartition(partitions.get(p), staff, (i, source, line, shift) -> {
                if (i >= from && i < to && keep.test(i) && (quarantine == null || !quarantine.isRejected(sources.get(source), line))) {
                    byEmployee.get(i - from).add(shift);
                }
            });
            for (int i = from; i < to; i++) {
                if (keep.test(i)) {
                    List<Shift> shifts = byEmployee.get(i - from);
                    byEmployee.set(i - from, null);
                    action.accept(batch(i, shifts));
                }
            }
        }
    }

    private void forEachInMemory(IntPredicate keep, BatchAction action) throws IOException {
        Handout handout = new Handout(keep, action);
        ByteChunks.Reader in = memory.reader();
        while (decode(in, staff, handout::row)) {
            // Each row goes to the handout, which passes on each employee once their rows are all read.
        }
        handout.finish();
    }

    /** Reads the shift files again, row by row: they were validated whole, so each row builds as it did then. */
    private void forEachReadAgain(IntPredicate keep, BatchAction action) throws IOException {
        Handout handout = new Handout(keep, action);
        ShiftBatch again = new ShiftBatch();
        Exception[] failure = {null};
        long[] seen = {0};
        again.spillTo((shift, source, line) -> {
            try {
                handout.row(index.get(shift.employeeId()), 0, 0, shift);
                seen[0]++;
            } catch (IOException | RuntimeException e) {
                failure[0] = e;
                // The reader stops at the first exception of a row (and counts it as a problem of its own).
                throw new IllegalStateException(e);
            }
        });
        Problems problems = new Problems();
        for (Path file : files) {
            ShiftCsvReader.readInto(file, builder, again, problems);
            if (failure[0] != null) {
                break;
            }
        }
        if (failure[0] instanceof IOException e) {
            throw e;
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (!problems.isEmpty() || seen[0] != shiftCount) {
            throw changed(problems);
        }
        handout.finish();
    }

    private static IllegalStateException changed(Problems problems) {
        return new IllegalStateException("the shift files changed while they were read: " + seenProblem(problems));
    }

    private static String seenProblem(Problems problems) {
        return problems.isEmpty() ? "another number of rows" : problems.list().get(0).toString();
    }

    /**
     * Hands out the employees in order from rows that come grouped by employee, in order: an employee's batch goes once
     * a row of a later employee (or the end) shows that all of theirs were read; employees without rows get empty ones.
     */
    private final class Handout {
        private final IntPredicate keep;
        private final BatchAction action;
        private final List<Shift> shifts = new ArrayList<>();
        private int next;

        Handout(IntPredicate keep, BatchAction action) {
            this.keep = keep;
            this.action = action;
        }

        void row(int employee, int source, int line, Shift shift) throws IOException {
            if (employee < next) {
                throw new IllegalStateException("the shift files changed while they were read: employee " + employee + " again");
            }
            while (next < employee) {
                pass();
            }
            if (keep.test(employee)) {
                shifts.add(shift);
            }
        }

        void finish() throws IOException {
            while (next < employeeCount) {
                pass();
            }
        }

        private void pass() throws IOException {
            if (keep.test(next)) {
                // The batch copies the list, which is used again for the next employee.
                action.accept(batch(next, shifts));
            }
            shifts.clear();
            next++;
        }
    }

    private EmployeeBatch batch(int i, List<Shift> shifts) {
        Employee e = staff.get(i);
        String id = e.id();
        return new EmployeeBatch(i, e, shifts, header.earningsOf(id), header.attestationsOf(id), header.leaveOf(id), header.leaveRecorded());
    }

    @Override
    public void close() {
        if (folder != null) {
            delete(folder, partitions);
        }
    }

    private static void delete(Path folder, List<Path> files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                f.toFile().deleteOnExit();
            }
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }

    private interface RowSink {
        void row(int employee, int source, int line, Shift shift) throws IOException;
    }

    /**
     * The accepted shifts as the first pass reads them. While the rows come grouped by employee, in order (and without
     * quarantine), each employee's rows are checked for overlaps and their bounds noted as soon as the next employee's
     * start, and the rows are kept in memory while they fit the budget; at the first row out of that order, everything
     * so far goes to the partitions (from memory, or by reading the files again at the end) and the rows after it too.
     */
    private static final class Rows {
        private final List<Employee> staff;
        private final Map<String, Integer> index;
        private final int partitionsWanted;
        private final ShiftTimes times;
        private final Set<String> withLeave;
        private final Map<String, Set<LocalDate>> shiftDays;
        private final boolean bounded;
        private final long budget = memoryBudget();
        private ShiftBatch reading;
        /** The partitions' folder, made at the first row out of order. */
        Path temp;
        final List<Path> partitionFiles = new ArrayList<>();
        private Writers writers;

        /** Whether the rows came grouped by employee, in order, so far. */
        boolean grouped = true;
        /** Whether the rows read before the order broke must be partitioned by reading the files again. */
        boolean repartition;
        /** The rows read while grouped. */
        long count;
        private int current = -1;
        private final ShiftBatch group = new ShiftBatch();
        private final Problems overlaps = new Problems();
        private final Instant[] firstStart;
        private final long[] lastDay;
        /** The grouped rows, while they fit the budget; null once they do not (or the order broke). */
        ByteChunks memory = new ByteChunks();

        Rows(List<Employee> staff, Map<String, Integer> index, int partitionsWanted, ShiftTimes times, Set<String> withLeave,
                Map<String, Set<LocalDate>> shiftDays, boolean bounded) {
            this.staff = staff;
            this.index = index;
            this.partitionsWanted = partitionsWanted;
            this.times = times;
            this.withLeave = withLeave;
            this.shiftDays = shiftDays;
            this.bounded = bounded;
            this.firstStart = new Instant[staff.size()];
            this.lastDay = new long[staff.size()];
            java.util.Arrays.fill(lastDay, Long.MIN_VALUE);
        }

        /** The batch reading the shift files: its sources name the rows. */
        void reading(ShiftBatch batch) {
            reading = batch;
        }

        Layout layout() {
            return !grouped ? Layout.PARTITIONED : memory != null ? Layout.IN_MEMORY : Layout.READ_AGAIN;
        }

        void add(Shift shift, int source, int line) {
            Integer at = index.get(shift.employeeId());
            if (at == null) {
                // Only without a readable employees file, which fails the run: no employee to keep the row for.
                return;
            }
            int i = at;
            if (grouped && i < current) {
                ungroup(reading);
            }
            if (!grouped) {
                if (!repartition) {
                    write(i, source, line, shift);
                }
                return;
            }
            if (i != current) {
                checkGroup();
                current = i;
            }
            group.add(shift, source, line);
            count++;
            note(i, shift);
            if (memory != null) {
                try {
                    encode(memory, i, source, line, shift);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (memory.size() > budget) {
                    // Too many to keep: they will be read again from the shift files.
                    memory = null;
                }
            }
        }

        /** The grouped order is broken (or never applies, under quarantine): what was read so far goes to the partitions. */
        void ungroup(ShiftBatch batch) {
            grouped = false;
            group.clear();
            java.util.Arrays.fill(firstStart, null);
            java.util.Arrays.fill(lastDay, Long.MIN_VALUE);
            shiftDays.clear();
            if (memory != null) {
                try {
                    ByteChunks.Reader in = memory.reader();
                    while (decode(in, staff, (employee, source, line, shift) -> write(employee, source, line, shift))) {
                        // Each row moves to its partition.
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                memory = null;
            } else if (count > 0) {
                repartition = true;
            }
        }

        /** After the last row: the last employee's overlaps. */
        void endOfRows() {
            if (grouped) {
                checkGroup();
            }
        }

        /** The overlaps of one employee's rows (the problem on the row read later), held until every row read cleanly. */
        private void checkGroup() {
            if (group.size() > 0) {
                group.sourcesOf(reading);
                group.checkOverlaps(overlaps, times);
                group.clear();
            }
        }

        /** The overlaps found, in reading order: an employee's rows come before the next employee's. */
        void overlapsInto(Problems problems) {
            for (InputProblem p : overlaps.list()) {
                problems.add(p.file(), p.line(), p.field(), p.text());
            }
        }

        /** What the default period and the leave check need of a row: its start, its local date, a day worked. */
        private void note(int i, Shift shift) {
            if (!bounded) {
                return;
            }
            Instant start = shift.start();
            if (firstStart[i] == null || start.isBefore(firstStart[i])) {
                firstStart[i] = start;
            }
            long second = start.getEpochSecond();
            long day = Math.floorDiv(second + times.offsetAt(second), 86_400);
            if (day > lastDay[i]) {
                lastDay[i] = day;
            }
            if (shift.origin() == Shift.Origin.ACTUAL && withLeave.contains(shift.employeeId())) {
                shiftDays.computeIfAbsent(shift.employeeId(), k -> new HashSet<>()).add(LocalDate.ofEpochDay(day));
            }
        }

        /**
         * The first day of the workweek of each employee's first shift (the week start is a non-decreasing function of
         * the instant, so the earliest start gives the earliest week) and the date of their last.
         */
        void bounds(Workplace place, LocalDate[] firstWeek, LocalDate[] lastDate) {
            if (!bounded) {
                return;
            }
            for (int i = 0; i < firstStart.length; i++) {
                if (firstStart[i] != null) {
                    firstWeek[i] = place.weekStartOf(firstStart[i]).toLocalDate();
                    lastDate[i] = LocalDate.ofEpochDay(lastDay[i]);
                }
            }
        }

        private void write(int employee, int source, int line, Shift shift) {
            if (writers == null) {
                openWriters();
            }
            int p = staff.isEmpty() ? 0 : (int) ((long) employee * partitionsWanted / staff.size());
            writers.write(p, employee, source, line, shift);
        }

        private void openWriters() {
            try {
                temp = Files.createTempDirectory("worktime-shifts-");
                // Deleted by close(); these cover a run stopped by a signal (shutdown hooks run, try blocks do not). The
                // folder is registered first so that it is deleted last, once empty.
                temp.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writers = new Writers(temp, partitionsWanted, partitionFiles);
        }

        /** The rows read before the order broke were not kept: the files are read again, every row to its partition. */
        void partitionAgain(List<Path> files, ShiftBuilder builder, Vocabulary vocabulary) throws InputException {
            if (writers != null) {
                writers.close();
            }
            writers = null;
            if (temp != null) {
                delete(temp, partitionFiles);
            }
            partitionFiles.clear();
            temp = null;
            ShiftBatch again = new ShiftBatch();
            again.spillTo((shift, source, line) -> {
                Integer at = index.get(shift.employeeId());
                write(at == null ? 0 : at, source, line, shift);
            });
            Problems problems = new Problems(vocabulary);
            for (Path file : files) {
                ShiftCsvReader.readInto(file, builder, again, problems);
            }
            if (!problems.isEmpty()) {
                throw changed(problems);
            }
        }

        /** The partition files complete (made, empty, when no row went to them). */
        void closeWriters() {
            if (writers == null) {
                openWriters();
            }
            writers.close();
        }

        /** The run failed: the temporary files go. */
        void discard() {
            if (writers != null) {
                try {
                    writers.close();
                } catch (UncheckedIOException e) {
                    // Deleted below all the same.
                }
            }
            if (temp != null) {
                delete(temp, partitionFiles);
            }
        }
    }

    // A shift in binary: employee index, source, line, start and end (seconds, nanos), flags, breaks, notice date, rate.
    private static final int PLANNED = 1;
    private static final int WAIVER = 2;
    private static final int OUTSIDE = 4;
    private static final int NOTIFIED = 8;
    private static final int RATE = 16;
    private static final int UNPLACED = 32;

    private static void encode(java.io.DataOutput out, int employee, int source, int line, Shift s) throws IOException {
        out.writeInt(employee);
        out.writeInt(source);
        out.writeInt(line);
        out.writeLong(s.start().getEpochSecond());
        out.writeInt(s.start().getNano());
        out.writeLong(s.end().getEpochSecond());
        out.writeInt(s.end().getNano());
        int flags = (s.origin() == Shift.Origin.PLANNED ? PLANNED : 0) | (s.breakWaiverRequested() ? WAIVER : 0)
                | (s.outsideWorkplace() ? OUTSIDE : 0) | (s.notifiedOn() != null ? NOTIFIED : 0) | (s.rate() != null ? RATE : 0)
                | (s.unplacedBreakSeconds() != 0 ? UNPLACED : 0);
        out.writeByte(flags);
        out.writeShort(s.breaks().size());
        for (Interval b : s.breaks()) {
            out.writeLong(b.getStart().getEpochSecond());
            out.writeInt(b.getStart().getNano());
            out.writeLong(b.getEnd().getEpochSecond());
            out.writeInt(b.getEnd().getNano());
        }
        if (s.notifiedOn() != null) {
            out.writeLong(s.notifiedOn().toEpochDay());
        }
        if (s.rate() != null) {
            out.writeUTF(s.rate().getCurrencyUnit().getCode());
            out.writeUTF(s.rate().getAmount().toPlainString());
        }
        if (s.unplacedBreakSeconds() != 0) {
            out.writeLong(s.unplacedBreakSeconds());
        }
    }

    /** Reads one shift back into the sink; false at the end. The id is the employees file's own instance. */
    private static boolean decode(java.io.DataInput in, List<Employee> staff, RowSink sink) throws IOException {
        int employee;
        try {
            employee = in.readInt();
        } catch (EOFException end) {
            return false;
        }
        int source = in.readInt();
        int line = in.readInt();
        Instant start = Instant.ofEpochSecond(in.readLong(), in.readInt());
        Instant end = Instant.ofEpochSecond(in.readLong(), in.readInt());
        int flags = in.readByte();
        int breakCount = in.readShort();
        List<Interval> breaks = breakCount == 0 ? List.of() : new ArrayList<>(breakCount);
        for (int b = 0; b < breakCount; b++) {
            Instant bs = Instant.ofEpochSecond(in.readLong(), in.readInt());
            Instant be = Instant.ofEpochSecond(in.readLong(), in.readInt());
            breaks.add(Interval.of(bs, be));
        }
        LocalDate notified = (flags & NOTIFIED) != 0 ? LocalDate.ofEpochDay(in.readLong()) : null;
        org.joda.money.Money rate = null;
        if ((flags & RATE) != 0) {
            rate = org.joda.money.Money.of(org.joda.money.CurrencyUnit.of(in.readUTF()), new java.math.BigDecimal(in.readUTF()));
        }
        long unplaced = (flags & UNPLACED) != 0 ? in.readLong() : 0;
        String id = staff.get(employee).id();
        sink.row(employee, source, line, new Shift(id, start, end, breaks, (flags & PLANNED) != 0 ? Shift.Origin.PLANNED : Shift.Origin.ACTUAL,
                (flags & WAIVER) != 0, notified, (flags & OUTSIDE) != 0, rate, unplaced));
        return true;
    }

    /** One buffered output per partition, open while the shift files are read. */
    private static final class Writers implements AutoCloseable {
        private final DataOutputStream[] outs;

        Writers(Path folder, int count, List<Path> files) {
            outs = new DataOutputStream[count];
            try {
                for (int p = 0; p < count; p++) {
                    Path file = folder.resolve("part-" + p + ".bin");
                    files.add(file);
                    file.toFile().deleteOnExit();
                    outs[p] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 15));
                }
            } catch (IOException e) {
                close();
                throw new UncheckedIOException(e);
            }
        }

        void write(int p, int employee, int source, int line, Shift s) {
            try {
                encode(outs[p], employee, source, line, s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            IOException failure = null;
            for (int p = 0; p < outs.length; p++) {
                if (outs[p] != null) {
                    try {
                        outs[p].close();
                    } catch (IOException e) {
                        failure = e;
                    }
                    outs[p] = null;
                }
            }
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
        }
    }

    /** Reads a partition back. */
    private static void readPartition(Path file, List<Employee> staff, RowSink sink) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (decode(in, staff, sink)) {
                // Each row to the sink.
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
