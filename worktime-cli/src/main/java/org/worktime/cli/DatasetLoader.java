package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.ImportProfile;
import org.worktime.io.read.ImportProfileReader;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.io.read.Quarantine;
import org.worktime.io.write.Csv;
import org.worktime.io.write.IncompleteRecords;

/**
 * Reads a dataset as the {@link InputOptions} say: through an import profile, from other shift files, with quarantine
 * (writing the rejects file and a summary line), then keeps the employees the filters select.
 */
final class DatasetLoader {

    /** The dataset to evaluate, and what quarantine set aside (null when nothing was quarantined by request). */
    record Loaded(Dataset dataset, IncompleteRecords incomplete, Progress progress) {

        /** 6 when evaluated on incomplete records, else the verdict's own code. */
        int exitCode(int verdict) {
            return incomplete != null && incomplete.rowsRejected() > 0 ? ExitCodes.INCOMPLETE_RECORDS : verdict;
        }
    }

    private DatasetLoader() {
    }

    static Loaded load(Path path, InputOptions options, PrintWriter err, String command) throws InputException {
        ImportProfile profile = options.profile == null ? null : ImportProfileReader.load(options.profile);
        boolean quarantine = options.onError == InputOptions.OnError.QUARANTINE;
        org.worktime.core.i18n.Language language = options.language();
        Progress progress = Progress.start(err, command, options.quiet, language);
        progress.expect(shiftFiles(path, options));
        DatasetReader.Options read = new DatasetReader.Options(profile, options.shifts.isEmpty() ? null : options.shifts, quarantine,
                progress.active() ? progress::reading : null);
        DatasetReader.Result result = DatasetReader.read(path, read);
        IncompleteRecords incomplete = quarantined(result.quarantine(), options, err, command);
        Dataset dataset = filter(result.dataset(), options);
        progress.read(dataset);
        return new Loaded(dataset, incomplete, progress);
    }

    /**
     * What quarantine set aside, with the rejects file written and the summary line said (unless quiet); null when
     * quarantine was not asked for.
     */
    static IncompleteRecords quarantined(Quarantine q, InputOptions options, PrintWriter err, String command) {
        if (q == null) {
            return null;
        }
        org.worktime.core.i18n.Language language = options.language();
        writeRejects(options.rejects, q, language);
        IncompleteRecords incomplete = new IncompleteRecords(q.read(), q.acceptedRows(), q.rejectedRows(), options.rejects.toString(),
                q.incompleteEmployees());
        if (!options.quiet) {
            err.println(command + ": " + Text.of("cli.quarantine.summary", "read", q.read(), "accepted", q.acceptedRows(),
                    "rejected", q.rejectedRows(), "rejects", options.rejects.toString(),
                    "employees", incomplete.employees().isEmpty() ? Text.of("cli.quarantine.no-known-employee")
                            : Text.verbatim(incomplete.employeeList())).in(language));
            err.flush();
        }
        return incomplete;
    }

    /** One row per problem: file, line, field, employee, reason (a row with two problems has two lines). */
    /** The shift files the read will go through: those given with --shifts, else the dataset folder's shifts.csv. */
    private static List<Path> shiftFiles(Path path, InputOptions options) {
        if (!options.shifts.isEmpty()) {
            return options.shifts;
        }
        Path csv = path.resolve("shifts.csv");
        return java.nio.file.Files.isDirectory(path) && java.nio.file.Files.isRegularFile(csv) ? List.of(csv) : List.of();
    }

    static void writeRejects(Path file, Quarantine quarantine, org.worktime.core.i18n.Language language) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv csv = new Csv(out);
            csv.row(new String[] {"file", "line", "field", "employee", "reason"});
            for (Quarantine.Rejected row : quarantine.rejected()) {
                for (InputProblem p : row.problems()) {
                    csv.row(new String[] {String.valueOf(p.file()), Integer.toString(p.line()), p.field() == null ? "" : p.field(),
                        row.employee(), p.message(language)});
                }
            }
        } catch (NoSuchFileException e) {
            throw new UserError(Text.of("cli.rejects.no-folder", "file", file.toString()));
        } catch (IOException e) {
            throw new UserError(Text.of("cli.rejects.failed", "file", file.toString(), "reason", OutputFile.reason(e)));
        }
    }

    /** The employees --employee and --where select (all without them), with their shifts, earnings and attestations. */
    static Dataset filter(Dataset dataset, InputOptions options) {
        if (options.employees.isEmpty() && options.where.isEmpty()) {
            return dataset;
        }
        List<Employee> all = dataset.employees();
        Set<String> ids = new LinkedHashSet<>();
        all.forEach(e -> ids.add(e.id()));
        Set<String> wanted = null;
        if (!options.employees.isEmpty()) {
            wanted = new LinkedHashSet<>();
            for (String raw : options.employees) {
                String id = raw.strip();
                if (!ids.contains(id)) {
                    String near = org.worktime.io.read.Values.closest(id, ids);
                    throw new UserError(Text.of("cli.filter.no-employee", "id", id, "hint", org.worktime.io.read.Hints.didYouMean(near)));
                }
                wanted.add(id);
            }
        }
        Map<String, String> conditions = new LinkedHashMap<>();
        for (String condition : options.where) {
            int eq = condition.indexOf('=');
            if (!condition.startsWith("attr.") || eq <= "attr.".length()) {
                throw new UserError(Text.of("cli.filter.where-syntax", "condition", condition));
            }
            String key = condition.substring("attr.".length(), eq).strip();
            Set<String> known = new TreeSet<>();
            all.forEach(e -> known.addAll(e.attributes().keySet()));
            if (!known.contains(key)) {
                String near = org.worktime.io.read.Values.closest(key, known);
                throw new UserError(Text.of("cli.filter.no-attribute", "condition", condition, "key", key,
                        "hint", org.worktime.io.read.Hints.didYouMean(near == null ? null : "attr." + near),
                        "attributes", known.isEmpty() ? Text.of("cli.filter.no-attributes") : Text.verbatim(String.join(", ", known))));
            }
            conditions.put(key, condition.substring(eq + 1).strip());
        }
        List<Employee> kept = new ArrayList<>();
        for (Employee e : all) {
            if (wanted != null && !wanted.contains(e.id())) {
                continue;
            }
            if (!conditions.entrySet().stream().allMatch(c -> c.getValue().equals(e.attributes().get(c.getKey())))) {
                continue;
            }
            kept.add(e);
        }
        if (kept.isEmpty()) {
            throw new UserError(Text.of("cli.filter.none-match", "filters", describe(options)));
        }
        return dataset.only(kept);
    }

    private static String describe(InputOptions options) {
        List<String> parts = new ArrayList<>();
        if (!options.employees.isEmpty()) {
            parts.add("--employee " + String.join(",", options.employees));
        }
        options.where.forEach(w -> parts.add("--where " + w));
        return String.join(" ", parts);
    }
}
