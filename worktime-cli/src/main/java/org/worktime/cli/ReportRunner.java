package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.param.ParameterTable;
import org.worktime.core.report.Report;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.InputException;
import org.worktime.io.read.ParameterOverrides;

/** Reads a dataset, picks its jurisdiction's pack and evaluates it over the requested dates. */
final class ReportRunner {

    /**
     * The longest period evaluated in one run, in years: longer than any averaging unit, limitation period or back-pay
     * window, short enough that a typo such as {@code --to 9999-12-31} is refused at once rather than evaluated for
     * minutes over gigabytes. Documented in the README and --help.
     */
    static final int MAX_PERIOD_YEARS = 10;

    private ReportRunner() {
    }

    static Report evaluate(Path path, LocalDate from, LocalDate to, AsOf asOf, Path parameters) throws InputException, InputOf {
        ParameterOverrides overrides = parameters == null ? null : readParameters(parameters);
        return evaluate(DatasetReader.read(path), from, to, asOf, overrides, null);
    }

    /**
     * Evaluates a dataset already read. With an active progress, employees are evaluated in slices so the bar can
     * move: each employee's findings depend only on the workplace and that employee's records, so the report is the
     * same (ReportRunnerTest compares both ways on every example).
     */
    static Report evaluate(Dataset dataset, LocalDate from, LocalDate to, AsOf asOf, Path parameters, Progress progress) throws InputOf {
        return evaluate(dataset, from, to, asOf, parameters == null ? null : readParameters(parameters), progress);
    }

    private static Report evaluate(Dataset dataset, LocalDate from, LocalDate to, AsOf asOf, ParameterOverrides overrides,
            Progress progress) throws InputOf {
        String jurisdiction = dataset.workplace().jurisdiction();
        JurisdictionPack pack = Packs.find(jurisdiction).orElseThrow(() -> noPack(jurisdiction));
        Evaluation evaluation = evaluation(pack, dataset.workplace().zone(), period(dataset, from, to), asOf, overrides);
        Engine engine = Engine.of(pack);
        if (progress == null || !progress.active()) {
            return engine.evaluate(dataset, evaluation);
        }
        return inSlices(engine, dataset, evaluation, progress, Math.max(1, dataset.employees().size() / 50));
    }

    /** The evaluation of a period, at an as-of instant (or none), with the parameter overrides checked against the pack. */
    static Evaluation evaluation(JurisdictionPack pack, ZoneId zone, LocalDateRange period, AsOf asOf, ParameterOverrides overrides)
            throws InputOf {
        Evaluation evaluation = Evaluation.of(period);
        if (asOf != null) {
            evaluation = evaluation.withAsOf(asOf.resolve(zone));
        }
        if (overrides != null) {
            evaluation = evaluation.withOverrides(checked(overrides, pack));
        }
        return evaluation;
    }

    /** The same report as {@code engine.evaluate(dataset, evaluation)}, evaluated {@code size} employees at a time. */
    static Report inSlices(Engine engine, Dataset dataset, Evaluation evaluation, Progress progress, int size) {
        java.util.List<Employee> employees = dataset.employees();
        java.util.List<org.worktime.core.report.EmployeeReport> reports = new java.util.ArrayList<>(employees.size());
        Report last = null;
        for (int i = 0; i < employees.size(); i += size) {
            java.util.List<Employee> slice = employees.subList(i, Math.min(employees.size(), i + size));
            last = engine.evaluate(dataset.only(slice), evaluation);
            reports.addAll(last.employees());
            if (progress != null) {
                progress.evaluating(Math.min(employees.size(), i + size), employees.size());
            }
        }
        if (last == null) {
            return engine.evaluate(dataset, evaluation);
        }
        return new Report(last.jurisdiction(), last.workplace(), last.period(), last.asOf(), reports);
    }

    /**
     * Reads an override file strictly (its problems name the file, line and column: exit 2); the rows are checked
     * against the pack they change with {@link ParameterOverrides#against}.
     */
    static ParameterOverrides readParameters(Path file) throws InputOf {
        try {
            return ParameterOverrides.read(file);
        } catch (InputException e) {
            throw new InputOf("parameter file", e);
        }
    }

    /** The override rows as a table, checked against the pack they change. */
    static ParameterTable checked(ParameterOverrides overrides, JurisdictionPack pack) throws InputOf {
        try {
            return overrides.against(pack.parameters(), pack.jurisdiction());
        } catch (InputException e) {
            throw new InputOf("parameter file", e);
        }
    }

    static Text installed() {
        String codes = Packs.discover().stream().map(JurisdictionPack::jurisdiction).collect(Collectors.joining(", "));
        return codes.isEmpty() ? Text.of("cli.error.no-packs-installed") : Text.verbatim(codes);
    }

    /** No pack is installed for the workplace's jurisdiction. */
    static UserError noPack(String jurisdiction) {
        return new UserError(Text.of("cli.error.no-pack", "jurisdiction", jurisdiction, "installed", installed()));
    }

    /**
     * The requested dates, defaulting to the first day of the workweek the first shift starts in (so that weekly
     * results, dated by their week, are reported) and the date the last shift starts, in the workplace's zone.
     */
    static LocalDateRange period(Dataset dataset, LocalDate from, LocalDate to) {
        LocalDate first = null;
        LocalDate last = null;
        if (from == null || to == null) {
            ZoneId zone = dataset.workplace().zone();
            for (Employee employee : dataset.employees()) {
                for (Shift shift : dataset.shiftsOf(employee.id())) {
                    LocalDate date = shift.start().atZone(zone).toLocalDate();
                    LocalDate week = dataset.workplace().weekStartOf(shift.start()).toLocalDate();
                    first = first == null || week.isBefore(first) ? week : first;
                    last = last == null || date.isAfter(last) ? date : last;
                }
            }
        }
        return period(first, last, from, to);
    }

    /**
     * The requested dates, defaulting to {@code first} (the first day of the workweek the first shift starts in) and
     * {@code last} (the date the last shift starts); both null when there is no shift.
     */
    static LocalDateRange period(LocalDate first, LocalDate last, LocalDate from, LocalDate to) {
        if ((from == null || to == null) && first == null) {
            throw new UserError(Text.of("cli.period.no-shifts"));
        }
        LocalDate start = from != null ? from : first;
        LocalDate end = to != null ? to : last;
        if (end.isBefore(start)) {
            throw new UserError(Text.of("cli.period.empty", "start", start, "startFrom", from != null ? "option" : "shift",
                    "end", end, "endFrom", to != null ? "option" : "shift"));
        }
        if (end.isAfter(start.plusYears(MAX_PERIOD_YEARS).minusDays(1))) {
            throw new UserError(Text.of("cli.period.too-long", "start", start, "startFrom", from != null ? "option" : "shift",
                    "end", end, "endFrom", to != null ? "option" : "shift", "years", MAX_PERIOD_YEARS));
        }
        return LocalDateRange.ofClosed(start, end);
    }
}
