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
 * <p>How. {@link #open} reads the workplace, the employees and every shift row (checking each as today), and writes
 * each accepted shift to one of a few temporary <em>partition</em> files, chosen by the employee's place in the
 * employees file (partition {@code p} holds a contiguous range of employees, so reading the partitions in turn gives
 * the employees in the report's order, whatever order the shift file is in). It then reads each partition once to
 * check overlaps, gather the default period's bounds and the days worked by employees with leave; then the earnings,
 * attestations and leave. Any problem is thrown as {@link InputException} before anything is evaluated or written,
 * exactly as the in-memory read throws it (overlaps are reported partition by partition, each in reading order: the
 * same as the in-memory read when the shift files are under {@link #PARTITION_BYTES}). {@link #forEach} then reads
 * the partitions again and hands out one {@link EmployeeBatch} per employee. Memory follows the largest partition
 * (about {@value #PARTITION_BYTES} bytes of CSV, or the system property {@code worktime.stream.partitionBytes}), not
 * the file; at most 512 partitions. {@link #close} deletes the temporary files.
 *
 * <p>Streams the native CSV shift files only (no import profile, no workbook): {@link #canStream} says so.
 */
public final class DatasetStream implements AutoCloseable {

    /** Shift-file bytes per partition: about half a million rows, some 100 MiB of shifts in memory at once. */
    public static final long PARTITION_BYTES = 24L << 20;

    private final Dataset header;
    private final Quarantine quarantine;
    private final List<Path> sources;
    private final Path folder;
    private final List<Path> partitions;
    private final int employeeCount;
    private final int partitionCount;
    private final LocalDate[] firstWeek;
    private final LocalDate[] lastDate;
    private final long shiftCount;

    private DatasetStream(Dataset header, Quarantine quarantine, List<Path> sources, Path folder, List<Path> partitions,
            LocalDate[] firstWeek, LocalDate[] lastDate, long shiftCount) {
        this.header = header;
        this.quarantine = quarantine;
        this.sources = sources;
        this.folder = folder;
        this.partitions = partitions;
        this.employeeCount = header.employees().size();
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
        Path temp;
        try {
            temp = Files.createTempDirectory("worktime-shifts-");
            // Deleted by close(); these cover a run stopped by a signal (shutdown hooks run, try blocks do not). The
            // folder is registered first so that it is deleted last, once empty.
            temp.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> partitionFiles = new ArrayList<>();
        boolean done = false;
        try (Writers writers = new Writers(temp, count, partitionFiles)) {
            ShiftBatch batch = new ShiftBatch();
            batch.onRows(options.onRows());
            Quarantine quarantine = null;
            if (options.quarantine()) {
                quarantine = new Quarantine();
                files.forEach(quarantine::covers);
                problems.divertTo(quarantine);
                batch.quarantine(quarantine);
            }
            int employeeTotal = staff.size();
            batch.spillTo((shift, source, line) -> {
                Integer at = index.get(shift.employeeId());
                int i = at == null ? 0 : at;
                int p = employeeTotal == 0 ? 0 : (int) ((long) i * count / employeeTotal);
                writers.write(p, i, source, line, shift);
            });
            for (Path file : files) {
                ShiftCsvReader.readInto(file, builder, batch, problems);
            }
            writers.close();
            LocalDate[] firstWeek = new LocalDate[staff.size()];
            LocalDate[] lastDate = new LocalDate[staff.size()];
            // As the in-memory read: overlaps are looked for once every row read cleanly (or went to the quarantine).
            boolean rowsClean = problems.isEmpty();
            // The extras are read before the overlap pass (it gathers the worked days of employees with leave), their
            // problems kept apart and added after the overlaps', in the in-memory read's order.
            Problems extraProblems = new Problems(vocabulary);
            ExtrasReader.Result extras = ExtrasReader.readFolder(folder, DatasetReader.knownIds(employees), extraProblems);
            Set<String> withLeave = new HashSet<>();
            extras.leave.forEach(r -> withLeave.add(r.leave().employeeId()));
            Map<String, Set<LocalDate>> shiftDays = new HashMap<>();
            long accepted = 0;
            if (rowsClean) {
                Workplace place = workplace.workplace;
                ZoneId zone = workplace.zone;
                for (Path partition : partitionFiles) {
                    ShiftBatch rows = new ShiftBatch();
                    rows.sourcesOf(batch);
                    rows.quarantine(quarantine);
                    readPartition(partition, staff, (i, source, line, shift) -> rows.add(shift, source, line));
                    rows.checkOverlaps(problems, builder.times());
                    rows.dropRejectedOnly();
                    accepted += rows.size();
                    rows.forEachRow((shift, source, line) -> {
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
            DatasetStream stream = new DatasetStream(header, quarantine, batch.sources(), temp, partitionFiles, firstWeek, lastDate, accepted);
            done = true;
            return stream;
        } finally {
            if (!done) {
                delete(temp, partitionFiles);
            }
        }
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
        List<Employee> staff = header.employees();
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
     */
    public void forEach(IntPredicate keep, BatchAction action) throws IOException {
        List<Employee> staff = header.employees();
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
                    Employee e = staff.get(i);
                    String id = e.id();
                    List<Shift> shifts = byEmployee.get(i - from);
                    byEmployee.set(i - from, null);
                    action.accept(new EmployeeBatch(i, e, shifts, header.earningsOf(id), header.attestationsOf(id), header.leaveOf(id),
                            header.leaveRecorded()));
                }
            }
        }
    }

    @Override
    public void close() {
        delete(folder, partitions);
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
        void row(int employee, int source, int line, Shift shift);
    }

    // A shift on disk: employee index, source, line, start and end (seconds, nanos), flags, breaks, notice date, rate.
    private static final int PLANNED = 1;
    private static final int WAIVER = 2;
    private static final int OUTSIDE = 4;
    private static final int NOTIFIED = 8;
    private static final int RATE = 16;

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
            DataOutputStream out = outs[p];
            try {
                out.writeInt(employee);
                out.writeInt(source);
                out.writeInt(line);
                out.writeLong(s.start().getEpochSecond());
                out.writeInt(s.start().getNano());
                out.writeLong(s.end().getEpochSecond());
                out.writeInt(s.end().getNano());
                int flags = (s.origin() == Shift.Origin.PLANNED ? PLANNED : 0) | (s.breakWaiverRequested() ? WAIVER : 0)
                        | (s.outsideWorkplace() ? OUTSIDE : 0) | (s.notifiedOn() != null ? NOTIFIED : 0) | (s.rate() != null ? RATE : 0);
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

    /** Reads a partition back; the employee id is the employees file's own instance (one per employee). */
    private static void readPartition(Path file, List<Employee> staff, RowSink sink) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                int employee;
                try {
                    employee = in.readInt();
                } catch (EOFException end) {
                    return;
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
                String id = staff.get(employee).id();
                sink.row(employee, source, line, new Shift(id, start, end, breaks, (flags & PLANNED) != 0 ? Shift.Origin.PLANNED : Shift.Origin.ACTUAL,
                        (flags & WAIVER) != 0, notified, (flags & OUTSIDE) != 0, rate));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
