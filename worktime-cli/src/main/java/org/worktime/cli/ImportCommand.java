package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.ImportProfile;
import org.worktime.io.read.ImportProfileReader;
import org.worktime.io.read.Quarantine;
import org.worktime.io.read.ShiftImport;
import org.worktime.io.write.Csv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code worktime import --profile P FILE... --out DATASET}: converts foreign exports into the dataset's
 * {@code shifts.csv}, in the documented format (docs/FORMATS.md), with every check of a dataset read. When the folder
 * already holds a workplace and employees, the ids are checked against them and its zone is the default.
 */
@Command(name = "import", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class ImportCommand extends BaseCommand {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter OFFSET_MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");
    private static final DateTimeFormatter OFFSET_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    @Option(names = "--profile", required = true, paramLabel = "PROFILE")
    String profile;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "file")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DATASET")
    Path out;

    @Option(names = "--zone", paramLabel = "ZONE")
    String zone;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--on-error", paramLabel = "fail|quarantine", defaultValue = "fail", converter = InputOptions.OnErrorConverter.class)
    InputOptions.OnError onError;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "worktime-rejects.csv")
    Path rejects;

    @Override
    protected int run() throws Exception {
        ImportProfile p = ImportProfileReader.load(profile);
        Path target = out.resolve("shifts.csv");
        if (Files.exists(target) && !force) {
            throw new UserError(Text.of("cli.import.exists", "file", target.toString()));
        }
        boolean quarantine = onError == InputOptions.OnError.QUARANTINE;
        boolean hasWorkplace = Files.isDirectory(out)
                && java.util.stream.Stream.of("workplace.yaml", "workplace.yml", "workplace.json").anyMatch(n -> Files.exists(out.resolve(n)));
        List<Shift> shifts;
        Quarantine q;
        ZoneId readZone;
        ZoneId workplaceZone = null;
        if (hasWorkplace) {
            DatasetReader.Result read = DatasetReader.read(out, new DatasetReader.Options(p, files, quarantine));
            Dataset dataset = read.dataset();
            workplaceZone = dataset.workplace().zone();
            readZone = p.zone() == null ? workplaceZone : p.zone();
            shifts = new ArrayList<>();
            for (Employee e : dataset.employees()) {
                shifts.addAll(dataset.shiftsOf(e.id()));
            }
            q = read.quarantine();
        } else {
            readZone = p.zone() != null ? p.zone() : zoneOption();
            ShiftImport.Result read = ShiftImport.read(p, files, readZone, null, quarantine);
            shifts = read.shifts();
            q = read.quarantine();
        }
        shifts.sort(java.util.Comparator.comparing(Shift::start).thenComparing(Shift::employeeId));
        if (q != null) {
            DatasetLoader.writeRejects(rejects, q, language());
        }
        Files.createDirectories(out);
        write(target, shifts, readZone.equals(workplaceZone) ? workplaceZone : null, readZone);
        error(Text.of("cli.import.written", "shifts", shifts.size(), "employees", shifts.stream().map(Shift::employeeId).distinct().count(),
                "file", target.toString(),
                "quarantine", q == null ? Text.empty() : Text.of("cli.import.quarantine", "read", q.read(), "accepted", q.acceptedRows(),
                        "rejected", q.rejectedRows(), "rejects", rejects.toString()),
                "hint", hasWorkplace ? Text.empty() : Text.of("cli.import.add-workplace", "folder", out.toString())));
        return q != null && q.rejectedRows() > 0 ? ExitCodes.INCOMPLETE_RECORDS : ExitCodes.CLEAN;
    }

    private ZoneId zoneOption() {
        if (zone == null) {
            throw new UserError(Text.of("cli.import.no-zone", "profile", profile, "folder", out.toString()));
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (java.time.DateTimeException e) {
            throw new UserError(Text.of("cli.import.bad-zone", "zone", zone));
        }
    }

    /**
     * shifts.csv with start, end and breaks: local date-times where the folder's workplace zone is the zone they were read
     * in and the local time is unambiguous, else with their offset (always exact, whatever zone reads them later).
     */
    static void write(Path file, List<Shift> shifts, ZoneId local, ZoneId zone) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Csv csv = new Csv(w);
            // break_minutes only when a profile kept break minutes without their times, so other datasets stay as they were
            boolean unplaced = shifts.stream().anyMatch(Shift::hasUnplacedBreak);
            if (unplaced) {
                csv.row("employee", "start", "end", "breaks", "break_minutes");
            } else {
                csv.row("employee", "start", "end", "breaks");
            }
            for (Shift s : shifts) {
                String breaks = s.breaks().stream().map(b -> time(b.getStart(), local, zone) + "/" + time(b.getEnd(), local, zone))
                        .collect(Collectors.joining(";"));
                if (unplaced) {
                    csv.row(s.employeeId(), time(s.start(), local, zone), time(s.end(), local, zone), breaks,
                            s.hasUnplacedBreak() ? Long.toString(s.unplacedBreakSeconds() / 60) : "");
                } else {
                    csv.row(s.employeeId(), time(s.start(), local, zone), time(s.end(), local, zone), breaks);
                }
            }
        }
    }

    private static String time(Instant instant, ZoneId local, ZoneId zone) {
        if (local != null) {
            LocalDateTime ldt = LocalDateTime.ofInstant(instant, local);
            if (local.getRules().getValidOffsets(ldt).size() == 1) {
                return ldt.format(ldt.getSecond() == 0 ? MINUTES : SECONDS);
            }
        }
        java.time.OffsetDateTime odt = instant.atZone(zone).toOffsetDateTime();
        return odt.format(odt.getSecond() == 0 ? OFFSET_MINUTES : OFFSET_SECONDS);
    }
}
