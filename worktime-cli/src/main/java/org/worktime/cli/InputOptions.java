package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How the dataset's shifts are read and which employees are reported: an import profile for a foreign export, other
 * shift files, quarantine of bad rows, and the {@code --employee} and {@code --where} filters. Shared by check, pay,
 * watch and exempt; {@link DatasetLoader} acts on them.
 */
final class InputOptions {

    /** What to do with a shift row that cannot be read. */
    enum OnError {
        /** Refuse the whole dataset (the default): nothing is evaluated from half-read input. */
        FAIL,
        /** Set the row aside in the rejects file, evaluate the rest, and say so (exit 6). */
        QUARANTINE
    }

    @Option(names = "--profile", paramLabel = "PROFILE",
            description = {"Read the shift files through an import profile: a built-in one (kr-hr, jp-attendance, us-timeclock,",
                "punches) or a profile file (docs/IMPORT.md). Without --shifts, the folder's shifts.csv/xlsx are read with it."})
    String profile;

    @Option(names = "--shifts", paramLabel = "FILE",
            description = {"Read the shifts from these files (CSV or XLSX; repeatable) instead of the folder's shifts.csv and",
                "shifts.xlsx; with --profile, an HR system's export or a time clock's punches."})
    List<Path> shifts = new ArrayList<>();

    @Option(names = "--on-error", paramLabel = "fail|quarantine", defaultValue = "fail", converter = OnErrorConverter.class,
            description = {"fail (default): a bad shift row refuses the dataset. quarantine: bad shift rows go to the rejects file",
                "with their file, line, field and reason; the rest is evaluated, the employees they name are marked",
                "\"on incomplete records\", and the exit code is 6."})
    OnError onError;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "worktime-rejects.csv",
            description = "With --on-error quarantine: where the rejected rows are written. Default: ${DEFAULT-VALUE}.")
    Path rejects;

    @Option(names = "--employee", paramLabel = "ID", split = ",",
            description = "Report only these employees (repeatable, or joined by commas: --employee E001,E004).")
    List<String> employees = new ArrayList<>();

    @Option(names = "--where", paramLabel = "attr.KEY=VALUE",
            description = {"Report only employees whose attribute KEY is VALUE, e.g. --where attr.team=platform (repeatable: all",
                "must hold). An attribute no employee has is an error, so a typo never empties a report."})
    List<String> where = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary lines on standard error (errors are still printed).")
    boolean quiet;

    /** The command these options are mixed into, whose run's language the progress and summary lines speak. */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /** The run's language: the command's (resolved before it runs), English when mixed into something else. */
    org.worktime.core.i18n.Language language() {
        return mixee != null && mixee.userObject() instanceof BaseCommand command && command.common.language != null
                ? command.common.language : org.worktime.core.i18n.Language.EN;
    }

    static final class OnErrorConverter implements picocli.CommandLine.ITypeConverter<OnError> {
        @Override
        public OnError convert(String value) {
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "fail" -> OnError.FAIL;
                case "quarantine" -> OnError.QUARANTINE;
                default -> throw new picocli.CommandLine.TypeConversionException(Text.of("cli.option.on-error", "value", value)
                        .in(Languages.ambient()));
            };
        }
    }
}
