package org.worktime.server.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.worktime.core.domain.Shift;
import org.worktime.io.read.ImportProfile;
import org.worktime.io.read.ImportProfileReader;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.io.read.Quarantine;
import org.worktime.io.read.ShiftImport;
import org.worktime.server.employee.EmployeeRepository;
import org.worktime.server.web.ApiException;
import org.worktime.server.web.FieldProblem;
import org.worktime.server.workplace.WorkplaceRepository;
import org.worktime.server.workplace.WorkplaceRepository.StoredWorkplace;

/**
 * Reads an upload as the import would, without entering anything: through a built-in import profile (or the shifts
 * format of docs/FORMATS.md), every bad row set aside with its line, field and reason (worktime-io's quarantine), so the
 * page can show the rows as read and the rows refused before the user confirms. Reading is pure: the confirm step reads
 * the same bytes again and gets the same shifts.
 */
@Service
public class ImportPreview {

    /** The built-in profiles a page offers; null is the native shifts format. */
    public static final List<String> PROFILES = ImportProfileReader.BUILT_IN;

    private final WorkplaceRepository workplaces;
    private final EmployeeRepository employees;

    ImportPreview(WorkplaceRepository workplaces, EmployeeRepository employees) {
        this.workplaces = workplaces;
        this.employees = employees;
    }

    /**
     * An upload as read: the shifts accepted, the rows refused, and the problems of the file as a whole (a missing
     * column, an unreadable workbook), which refuse it whole.
     */
    public record Read(String file, String profile, List<Shift> shifts, List<Quarantine.Rejected> rejected, List<InputProblem> fileProblems,
            long rows) {

        public Read {
            shifts = List.copyOf(shifts);
            rejected = List.copyOf(rejected);
            fileProblems = List.copyOf(fileProblems);
        }

        /** Whether confirming can enter something: no file-level problem, at least one shift, and bad rows only if allowed. */
        public boolean importable(boolean leaveOutBadRows) {
            return fileProblems.isEmpty() && !shifts.isEmpty() && (leaveOutBadRows || rejected.isEmpty());
        }
    }

    public Read read(String tenant, String workplace, String fileName, byte[] content, String profileName) {
        return read(tenant, workplace, fileName, content, profile(profileName), profileName);
    }

    /** {@link #read(String, String, String, byte[], String)} through a profile already read (an uploaded one), under its name. */
    public Read read(String tenant, String workplace, String fileName, byte[] content, ImportProfile profile, String profileName) {
        StoredWorkplace wp = workplaces.get(tenant, workplace);
        ZoneId zone = profile != null && profile.zone() != null ? profile.zone() : ZoneId.of(wp.zone());
        Set<String> ids = employees.all(tenant, workplace).stream().map(EmployeeRepository.StoredEmployee::id).collect(Collectors.toSet());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("worktime-upload-");
            Path file = dir.resolve(fileName);
            Files.write(file, content);
            try {
                ShiftImport.Result result = ShiftImport.read(profile, List.of(file), zone, ids, true);
                Quarantine q = result.quarantine();
                return new Read(fileName, profileName, result.shifts(), q.rejected(), List.of(), q.read());
            } catch (InputException e) {
                return new Read(fileName, profileName, List.of(), List.of(), e.problems(), 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not hold the upload in a temporary file", e);
        } finally {
            delete(dir);
        }
    }

    /**
     * An upload read whole through a profile, as the API's import reads it: any bad row refuses the file (422, every
     * problem with its file, line and field, as {@code worktime import --profile} says them); nothing is set aside.
     */
    List<Shift> readAll(StoredWorkplace wp, Set<String> ids, String fileName, byte[] content, ImportProfile profile) {
        ZoneId zone = profile.zone() != null ? profile.zone() : ZoneId.of(wp.zone());
        Path dir = null;
        try {
            dir = Files.createTempDirectory("worktime-upload-");
            Path file = dir.resolve(fileName);
            Files.write(file, content);
            return ShiftImport.read(profile, List.of(file), zone, ids, false).shifts();
        } catch (InputException e) {
            throw ApiException.invalid("the file was not imported: " + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s"),
                    e.problems().stream().map(FieldProblem::of)
                            // the upload's own name, not the temporary folder it was read from
                            .map(p -> new FieldProblem(p.file() == null ? null : fileName, p.line(), p.field(), p.message())).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("could not hold the upload in a temporary file", e);
        } finally {
            delete(dir);
        }
    }

    /** An import profile uploaded with the file (its YAML, as {@code --profile FILE} reads it); 422 when it does not read. */
    static ImportProfile uploaded(String name, byte[] yaml) {
        try {
            return readProfile(name, yaml);
        } catch (InputException e) {
            throw ApiException.invalid("the import profile " + name + " does not read", e.problems().stream().map(FieldProblem::of).toList());
        }
    }

    /** An uploaded profile's YAML read as {@code --profile FILE} reads it; its problems name the file by {@code name}. */
    public static ImportProfile readProfile(String name, byte[] yaml) throws InputException {
        return ImportProfileReader.read(new java.io.StringReader(new String(yaml, java.nio.charset.StandardCharsets.UTF_8)), Path.of(name));
    }

    static ImportProfile profile(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (!PROFILES.contains(name)) {
            throw ApiException.invalid("the import is not valid", List.of(FieldProblem.field("profile",
                    "expected one of " + String.join(", ", PROFILES) + ", or none for the shifts format, found '" + name + "'")));
        }
        try {
            return ImportProfileReader.load(name);
        } catch (InputException e) {
            throw new IllegalStateException("the built-in profile " + name + " does not read", e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary directory left behind is the system's to clean; the import's answer does not depend on it.
        }
    }
}
