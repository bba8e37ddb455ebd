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

    @Option(names = "--profile", paramLabel = "PROFILE")
    String profile;

    @Option(names = "--shifts", paramLabel = "FILE")
    List<Path> shifts = new ArrayList<>();

    @Option(names = "--on-error", paramLabel = "fail|quarantine", defaultValue = "fail", converter = OnErrorConverter.class)
    OnError onError;

    @Option(names = "--rejects", paramLabel = "FILE", defaultValue = "worktime-rejects.csv")
    Path rejects;

    @Option(names = "--employee", paramLabel = "ID", split = ",")
    List<String> employees = new ArrayList<>();

    @Option(names = "--where", paramLabel = "attr.KEY=VALUE")
    List<String> where = new ArrayList<>();

    @Option(names = {"-q", "--quiet"})
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
