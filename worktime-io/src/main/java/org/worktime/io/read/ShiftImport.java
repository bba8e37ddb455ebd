package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.worktime.core.domain.Shift;

/**
 * Reads shifts from foreign exports through an {@link ImportProfile}, outside a dataset (for {@code worktime import}):
 * the same checks as in a dataset, with or without the employee ids to check against.
 */
public final class ShiftImport {

    /** The shifts read, and the quarantine (null unless asked for). */
    public record Result(List<Shift> shifts, Quarantine quarantine) {
    }

    private ShiftImport() {
    }

    /**
     * @param profile     the import profile, or null for the shifts files of docs/FORMATS.md (CSV or XLSX)
     * @param zone        the zone local times are read in (the profile's, or the workplace's)
     * @param employeeIds the known ids, or null to accept any
     * @param quarantine  set bad rows aside instead of failing
     */
    public static Result read(ImportProfile profile, List<Path> files, ZoneId zone, Set<String> employeeIds, boolean quarantine)
            throws InputException {
        Problems problems = new Problems();
        ShiftBatch batch = new ShiftBatch();
        ShiftBuilder builder = new ShiftBuilder(new ShiftTimes(zone), ShiftCsvReader.canonicalIds(employeeIds), Text.of("io.read.shift.source", "kind", "file"));
        Quarantine q = null;
        if (quarantine) {
            q = new Quarantine();
            files.forEach(q::covers);
            problems.divertTo(q);
            batch.quarantine(q);
        }
        if (profile != null) {
            new ProfileShiftReader(profile, builder, zone, batch, problems).readAll(files);
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
        problems.throwIfAny();
        return new Result(batch.shifts(), q);
    }
}
