package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.ZoneId;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Shift;
import org.worktime.core.rule.Packs;
import org.worktime.core.rule.Vocabulary;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.Node;
import org.worktime.io.read.YamlTree.Scalar;

/**
 * Reads a whole dataset, strictly: a folder holding {@code workplace.yaml}, {@code employees.csv} (or
 * {@code .yaml}) and {@code shifts.csv} and/or {@code shifts.xlsx}, or a single YAML "bundle" file with
 * {@code workplace:}, {@code employees:} and {@code shifts:}. Every problem found is reported with its file, line
 * and field, in one {@link InputException}; a half-read dataset is never returned. See {@code docs/FORMATS.md}.
 */
public final class DatasetReader {

    static final List<String> WORKPLACE_FILES = List.of("workplace.yaml", "workplace.yml", "workplace.json");
    static final List<String> EMPLOYEE_FILES = List.of("employees.csv", "employees.yaml", "employees.yml", "employees.json");
    static final List<String> BUNDLE_KEYS = List.of("workplace", "employees", "shifts", "earnings", "attestations", "leave");
    static final List<String> SHIFT_KEYS = List.of("employee", "start", "end", "breaks", "origin", "breakWaiver", "notifiedOn", "outside", "rate", "breakMinutes");

    private DatasetReader() {
    }

    /**
     * How to read a dataset's shifts, beyond the defaults: a profile for a foreign export, other shift files than the
     * folder's, and quarantine of bad shift rows instead of failing the read.
     *
     * @param profile    read the shift files through this profile (null: the native format)
     * @param shiftFiles read these files for the shifts instead of the folder's shifts.csv and shifts.xlsx (null: the folder's)
     * @param quarantine set bad shift rows aside (see {@link Quarantine}) instead of failing the read
     * @param onRows     told the number of shift rows read so far, every 16384 rows; null for none
     */
    public record Options(ImportProfile profile, List<Path> shiftFiles, boolean quarantine, java.util.function.LongConsumer onRows) {

        public static final Options DEFAULT = new Options(null, null, false, null);

        public Options(ImportProfile profile, List<Path> shiftFiles, boolean quarantine) {
            this(profile, shiftFiles, quarantine, null);
        }

        public Options {
            shiftFiles = shiftFiles == null ? null : List.copyOf(shiftFiles);
        }

        /** Whether only the progress listener differs from the defaults: the native read, with a listener. */
        boolean isDefaultRead() {
            return profile == null && shiftFiles == null && !quarantine;
        }
    }

    /** A dataset read with {@link Options}: the quarantine is null unless asked for. */
    public record Result(Dataset dataset, Quarantine quarantine) {
    }

    /** Reads a dataset folder (or, with the default options, a bundle file) with the given options. */
    public static Result read(Path folderOrBundle, Options options) throws InputException {
        if (!Files.isDirectory(folderOrBundle)) {
            if (!options.isDefaultRead() && InputFiles.present(folderOrBundle)) {
                throw InputException.of(folderOrBundle, Text.of("io.read.dataset.bundle-options"));
            }
            return new Result(read(folderOrBundle), null);
        }
        return readFolder(folderOrBundle, options, Installed.VOCABULARY);
    }

    /**
     * The vocabularies of the packs on the class path, gathered once (on first use: the packs read their parameter files
     * when made, and a server reads many datasets). The class path does not change under a running JVM.
     */
    /** The vocabularies of the packs on the class path (what {@link #read(Path)} checks the packs' words against). */
    public static Vocabulary installedVocabulary() {
        return Installed.VOCABULARY;
    }

    private static final class Installed {
        static final Vocabulary VOCABULARY = Vocabulary.of(Packs.discover());
    }

    /**
     * Reads a dataset folder or a bundle file, checking the packs' words (statuses, earning kinds, agreement kinds...)
     * against the vocabularies of the packs installed.
     */
    public static Dataset read(Path folderOrBundle) throws InputException {
        return read(folderOrBundle, Installed.VOCABULARY);
    }

    /** Reads a dataset folder or a bundle file, checking the packs' words against this vocabulary. */
    public static Dataset read(Path folderOrBundle, Vocabulary vocabulary) throws InputException {
        if (Files.isDirectory(folderOrBundle)) {
            return readFolder(folderOrBundle, vocabulary);
        }
        if (!InputFiles.present(folderOrBundle)) {
            throw InputException.of(folderOrBundle, Text.of("io.read.dataset.missing"));
        }
        Text refusal = InputFiles.refusal(folderOrBundle);
        if (refusal != null) {
            throw InputException.of(folderOrBundle, refusal);
        }
        if (!isYaml(folderOrBundle)) {
            throw InputException.of(folderOrBundle, Text.of("io.read.dataset.not-a-dataset"));
        }
        return readBundle(folderOrBundle, vocabulary);
    }

    /** Reads a dataset folder, checking the words of the installed packs. */
    public static Dataset readFolder(Path folder) throws InputException {
        return readFolder(folder, Installed.VOCABULARY);
    }

    /** Reads a dataset folder, checking the packs' words against this vocabulary. */
    public static Dataset readFolder(Path folder, Vocabulary vocabulary) throws InputException {
        return readFolder(folder, Options.DEFAULT, vocabulary).dataset();
    }

    private static Result readFolder(Path folder, Options options, Vocabulary vocabulary) throws InputException {
        if (!Files.isDirectory(folder)) {
            throw InputException.of(folder, Text.of("io.read.dataset.no-folder"));
        }
        Problems problems = new Problems(vocabulary);
        Path workplaceFile = single(folder, WORKPLACE_FILES, "workplace", problems);
        Path employeesFile = single(folder, EMPLOYEE_FILES, "employees", problems);
        WorkplaceReader.Result workplace = null;
        if (workplaceFile != null) {
            Node root = YamlTree.read(workplaceFile, problems);
            workplace = root == null ? null : WorkplaceReader.parse(root, workplaceFile, problems, "");
        }
        EmployeeReader.Result employees = employeesFile == null ? null : EmployeeReader.readInto(employeesFile, problems);
        if (workplace != null && employees != null && employees.readable) {
            checkAgreementIds(workplace, employees, workplaceFile, employeesFile, problems);
        }
        ShiftBatch batch = new ShiftBatch();
        Path csv = folder.resolve("shifts.csv");
        Path xlsx = folder.resolve("shifts.xlsx");
        if (workplace != null && workplace.zone != null) {
            ShiftBuilder builder = new ShiftBuilder(new ShiftTimes(workplace.zone), knownIds(employees),
                    employeesSource(employeesFile)).withCurrencies(currencies(employees));
            List<Path> files = options.shiftFiles();
            if (files == null) {
                files = new ArrayList<>();
                for (Path p : List.of(csv, xlsx)) {
                    if (InputFiles.present(p)) {
                        files.add(p);
                    }
                }
            }
            batch.onRows(options.onRows());
            Quarantine quarantine = null;
            if (options.quarantine()) {
                quarantine = new Quarantine();
                files.forEach(quarantine::covers);
                problems.divertTo(quarantine);
                batch.quarantine(quarantine);
            }
            if (options.profile() != null) {
                ImportProfile profile = options.profile();
                ZoneId zone = profile.zone() == null ? workplace.zone : profile.zone();
                ShiftBuilder profiled = zone.equals(workplace.zone) ? builder : new ShiftBuilder(new ShiftTimes(zone), knownIds(employees),
                        employeesSource(employeesFile)).withCurrencies(currencies(employees));
                new ProfileShiftReader(profile, profiled, zone, batch, problems).readAll(files);
            } else {
                for (Path file : files) {
                    if (ExportRows.isWorkbook(file)) {
                        ShiftXlsxReader.readInto(file, builder, batch, problems);
                    } else {
                        ShiftCsvReader.readInto(file, builder, batch, problems);
                    }
                }
            }
            if (problems.isEmpty()) {
                batch.checkOverlaps(problems, builder.times());
            }
            batch.dropRejected();
            ExtrasReader.Result extras = ExtrasReader.readFolder(folder, knownIds(employees), problems);
            checkLeave(extras, workplace, employees, batch, problems);
            problems.throwIfAny();
            return new Result(build(workplace, employees, batch, extras, folder), quarantine);
        }
        ExtrasReader.Result extras = ExtrasReader.readFolder(folder, knownIds(employees), problems);
        checkLeave(extras, workplace, employees, batch, problems);
        problems.throwIfAny();
        return new Result(build(workplace, employees, batch, extras, folder), null);
    }

    /** Reads a bundle: one YAML (or JSON) file with {@code workplace:}, {@code employees:} and {@code shifts:}. */
    public static Dataset readBundle(Path file) throws InputException {
        return readBundle(file, Installed.VOCABULARY);
    }

    /** Reads a bundle, checking the packs' words against this vocabulary. */
    public static Dataset readBundle(Path file, Vocabulary vocabulary) throws InputException {
        Problems problems = new Problems(vocabulary);
        Node root = YamlTree.read(file, problems);
        problems.throwIfAny();
        return bundle(root, file, problems);
    }

    /**
     * Reads a bundle from a reader (not closed), as JSON when {@code name} ends in {@code .json}, else YAML; problems
     * name {@code name}. The server assembles its stored records into a bundle and reads them here, so that they are
     * validated exactly as files are, the packs' words included.
     */
    public static Dataset readBundle(java.io.Reader reader, Path name) throws InputException {
        Problems problems = new Problems(Installed.VOCABULARY);
        Node root = YamlTree.read(reader, name, YamlTree.isJson(name), problems);
        problems.throwIfAny();
        return bundle(root, name, problems);
    }

    private static Dataset bundle(Node root, Path file, Problems problems) throws InputException {
        Fields f = Fields.of(file, problems, root, "", BUNDLE_KEYS);
        if (f == null) {
            problems.throwIfAny();
        }
        WorkplaceReader.Result workplace = null;
        if (f.has("workplace")) {
            workplace = WorkplaceReader.parse(f.node("workplace"), file, problems, "workplace");
        } else {
            f.missing("workplace");
        }
        EmployeeReader.Result employees = new EmployeeReader.Result();
        if (f.has("employees")) {
            EmployeeReader.parseList(f.node("employees"), file, problems, "employees", employees);
        } else {
            f.missing("employees");
        }
        if (workplace != null && employees.readable) {
            checkAgreementIds(workplace, employees, file, file, problems);
        }
        ShiftBatch batch = new ShiftBatch();
        ListNode shifts = f.list("shifts");
        if (shifts != null && workplace != null && workplace.zone != null) {
            ShiftBuilder builder = new ShiftBuilder(new ShiftTimes(workplace.zone), knownIds(employees), Text.of("io.read.shift.source", "kind", "bundle"))
                    .withCurrencies(currencies(employees));
            int source = batch.addSource(file);
            for (int i = 0; i < shifts.items().size(); i++) {
                if (problems.isFull(file)) {
                    break;
                }
                bundleShift(shifts.items().get(i), "shifts[" + i + "]", file, problems, builder, batch, source);
            }
            if (problems.isEmpty()) {
                batch.checkOverlaps(problems, builder.times());
            }
        }
        ExtrasReader.Result extras = ExtrasReader.readBundle(f, file, knownIds(employees), problems);
        checkLeave(extras, workplace, employees, batch, problems);
        problems.throwIfAny();
        return build(workplace, employees, batch, extras, file);
    }

    private static void bundleShift(Node node, String path, Path file, Problems problems, ShiftBuilder builder, ShiftBatch batch,
            int source) {
        Fields f = Fields.of(file, problems, node, path, SHIFT_KEYS);
        if (f == null || f.failed()) {
            return;
        }
        String employee = f.text("employee", true);
        String start = f.text("start", true);
        String end = f.text("end", true);
        List<String> breaks = new ArrayList<>();
        Node breaksNode = f.node("breaks");
        if (breaksNode instanceof Scalar s) {
            breaks.addAll(ShiftBuilder.splitBreaks(s.text()));
        } else if (breaksNode instanceof ListNode list) {
            for (int j = 0; j < list.items().size(); j++) {
                Node item = list.items().get(j);
                if (item instanceof Scalar s && !s.isNull()) {
                    breaks.add(s.text());
                } else {
                    f.problem(item.line(), f.field("breaks") + "[" + j + "]", Text.of("io.read.dataset.expected-break", "found", item.kindText()));
                }
            }
        } else if (breaksNode != null) {
            f.problem(breaksNode.line(), f.field("breaks"), Text.of("io.read.dataset.expected-breaks", "found", breaksNode.kindText()));
        }
        String origin = f.text("origin", false);
        String waiver = f.text("breakWaiver", false);
        String notified = f.text("notifiedOn", false);
        String outside = f.text("outside", false);
        String rate = f.text("rate", false);
        String breakMinutes = f.text("breakMinutes", false);
        if (f.failed()) {
            return;
        }
        Shift shift = builder.build(employee, start, end, breaks, origin, waiver, notified, outside, rate, breakMinutes,
                (field, message) -> f.problem(field == null ? f.line() : f.line(field.key), field == null ? path : f.field(field.key), message));
        if (shift != null) {
            batch.add(shift, source, f.line());
        }
    }

    /** Leave against itself, the employment and the shifts, once everything else read cleanly. */
    private static void checkLeave(ExtrasReader.Result extras, WorkplaceReader.Result workplace, EmployeeReader.Result employees,
            ShiftBatch batch, Problems problems) {
        if (problems.isEmpty() && !extras.leave.isEmpty() && workplace != null && workplace.zone != null && employees != null) {
            ExtrasReader.checkLeave(extras, employees.employees, batch.shifts(), workplace.zone, problems);
        }
    }

    static Dataset build(WorkplaceReader.Result workplace, EmployeeReader.Result employees, ShiftBatch batch,
            ExtrasReader.Result extras, Path where) throws InputException {
        if (workplace == null || workplace.workplace == null || employees == null) {
            throw InputException.of(where, Text.of("io.read.dataset.unreadable"));
        }
        try {
            Dataset dataset = Dataset.of(workplace.workplace, employees.employees, batch.shifts()).withEarnings(extras.earnings)
                    .withAttestations(extras.attestations);
            return extras.leaveGiven ? dataset.withLeave(extras.leaveRecords()) : dataset;
        } catch (RuntimeException e) {
            throw InputException.of(where, Text.of("io.read.dataset.inconsistent", "why", String.valueOf(e.getMessage())));
        }
    }

    static Map<String, org.joda.money.CurrencyUnit> currencies(EmployeeReader.Result employees) {
        Map<String, org.joda.money.CurrencyUnit> map = new java.util.HashMap<>();
        if (employees != null) {
            employees.employees.forEach(e -> e.wageIfKnown().ifPresent(w -> map.put(e.id(), w.currency())));
        }
        return map;
    }

    /** What an unknown employee id is not in: the employees file by its name. */
    static Text employeesSource(Path employeesFile) {
        return employeesFile == null ? Text.of("io.read.shift.source", "kind", "employees") : Text.verbatim(String.valueOf(employeesFile.getFileName()));
    }

    static Map<String, String> knownIds(EmployeeReader.Result employees) {
        if (employees == null || !employees.readable) {
            return null;
        }
        return ShiftCsvReader.canonicalIds(employees.ids.keySet());
    }

    static void checkAgreementIds(WorkplaceReader.Result workplace, EmployeeReader.Result employees, Path workplaceFile,
            Path employeesFile, Problems problems) {
        for (WorkplaceReader.EmployeeRef ref : workplace.employeeRefs) {
            if (!employees.ids.containsKey(ref.id())) {
                String near = Values.closest(ref.id(), employees.ids.keySet());
                problems.add(workplaceFile, ref.line(), ref.field(), Text.of("io.read.shift.unknown-employee", "id", ref.id(),
                        "source", workplaceFile.equals(employeesFile) ? Text.of("io.read.shift.source", "kind", "bundle")
                                : Text.verbatim(String.valueOf(employeesFile.getFileName())), "hint", Hints.didYouMean(near)));
            }
        }
    }

    /** The one file of a kind in the folder; reports none or several. */
    static Path single(Path folder, List<String> names, String what, Problems problems) {
        List<Path> found = new ArrayList<>();
        for (String name : names) {
            Path p = folder.resolve(name);
            if (InputFiles.present(p)) {
                found.add(p);
            }
        }
        if (found.isEmpty()) {
            problems.add(folder, 0, null, Text.of("io.read.dataset.no-file", "what", what, "names", String.join(", ", names)));
            return null;
        }
        if (found.size() > 1) {
            problems.add(folder, 0, null, Text.of("io.read.dataset.several-files", "what", what, "files", found.stream()
                    .map(p -> String.valueOf(p.getFileName())).toList().toString()));
            return null;
        }
        return found.get(0);
    }

    static boolean isYaml(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
