package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.worktime.core.domain.Dataset;
import org.worktime.io.read.DatasetReader;
import org.worktime.core.i18n.Language;
import org.worktime.plan.OptionPlan;
import org.worktime.plan.PlanException;
import org.worktime.plan.PlanOption;
import org.worktime.plan.PlanResult;
import org.worktime.plan.PlanSettings;
import org.worktime.plan.Planner;
import org.worktime.plan.Project;
import org.worktime.plan.ProjectFileReader;
import org.worktime.plan.out.PlanHtmlWriter;
import org.worktime.plan.out.PlanJsonWriter;
import org.worktime.plan.out.PlanTextWriter;
import org.worktime.plan.out.PlannedShiftsCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code worktime plan DATASET --project FILE}: legal schedules for a project window under each arrangement, compared
 * (docs/PLANNING.md). Its own options rather than {@link BaseCommand}'s, because it writes HTML; the exit codes and
 * error handling are the same. Exit 0 whether or not the work fits: every plan emitted is lawful, and whether it fits
 * is the answer, not an error.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", descriptionKey = "dataset")
    Path dataset;

    @Option(names = "--project", paramLabel = "FILE", required = true)
    Path project;

    @Option(names = "--option", paramLabel = "ID", split = ",", converter = OptionConverter.class)
    List<PlanOption> options;

    /** Policy files (worktime-policy's format), each compared as the option {@code policy:<id>}, after the project's own. */
    @Option(names = "--policy", paramLabel = "FILE")
    List<Path> policies;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class)
    String format;

    /** Null until resolved: --lang, else WORKTIME_LANG, else the system's language (see {@link Languages}). */
    @Option(names = "--lang", paramLabel = "LANG", converter = Converters.LanguageConverter.class)
    Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--shifts", paramLabel = "DIR")
    Path shiftsDir;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + PlanSettings.DEFAULT_SEED)
    long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "" + PlanSettings.DEFAULT_STEPS)
    int steps;

    @Option(names = "--time-limit", paramLabel = "SECONDS")
    Integer timeLimitSeconds;

    @Option(names = "--debug")
    boolean debug;

    @Override
    public Integer call() {
        try {
            language = Languages.resolve(language);
            return run();
        } catch (PlanException e) {
            err().println(spec.qualifiedName() + ": " + Text.of("cli.plan.cannot-plan", "why", e.explanation()).in(language));
            err().flush();
            return ExitCodes.BAD_INPUT;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // The same messages and exit codes as every other command (2 bad input, 4 I/O, 5 memory, 3 a bug).
            return Failures.report(e, "input", spec.qualifiedName(), err(), debug, language == null ? Language.EN : language);
        }
    }

    private int run() throws Exception {
        if (steps < 0) {
            throw new UserError(Text.of("cli.plan.steps", "steps", steps));
        }
        if (timeLimitSeconds != null && timeLimitSeconds <= 0) {
            throw new UserError(Text.of("cli.plan.time-limit", "seconds", timeLimitSeconds));
        }
        if (shiftsDir != null && !Files.isDirectory(shiftsDir)) {
            throw new UserError(Text.of("cli.plan.no-shifts-folder", "folder", shiftsDir.toString()));
        }
        Dataset data = DatasetReader.read(dataset);
        if (!org.worktime.io.read.InputFiles.present(project)) {
            throw new UserError(Text.of("cli.plan.no-project", "file", project.toString()));
        }
        Project p = ProjectFileReader.read(project, data);
        if (options != null && !options.isEmpty()) {
            p = p.withOptions(options);
        }
        if (policies != null) {
            List<org.worktime.plan.PolicyOption> read = new ArrayList<>();
            for (Path file : policies) {
                try {
                    read.add(org.worktime.plan.PolicyOption.read(file));
                } catch (org.worktime.io.read.InputException e) {
                    throw new InputOf("policy file", e);
                }
            }
            p = p.withPolicies(read);
        }
        PlanSettings settings = new PlanSettings(seed, steps, timeLimitSeconds == null ? null : Duration.ofSeconds(timeLimitSeconds));
        PlanResult result = Planner.plan(data, p, settings);
        emit(output, out -> {
            switch (format) {
                case "json" -> PlanJsonWriter.write(result, language, out);
                case "html" -> PlanHtmlWriter.write(result, language, out);
                default -> PlanTextWriter.write(result, language, out);
            }
        });
        if (shiftsDir != null) {
            for (OptionPlan o : result.options()) {
                if (!o.shifts().isEmpty()) {
                    emit(shiftsDir.resolve(o.id().replace(':', '-') + ".shifts.csv"),
                            out -> PlannedShiftsCsvWriter.write(o.shifts(), result.workplace().zone(), out));
                }
            }
        }
        return ExitCodes.CLEAN;
    }

    /** To --output or a --shifts file atomically (a failure keeps the previous file: exit 4), as every command writes. */
    private void emit(Path file, OutputFile.Content output) throws IOException {
        BaseCommand.emit(spec, file, output);
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }


    static final class FormatConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (!List.of("text", "json", "html").contains(v)) {
                throw new TypeConversionException(Text.of("cli.option.plan-format", "value", value).in(Languages.ambient()));
            }
            return v;
        }
    }

    static final class OptionConverter implements ITypeConverter<PlanOption> {
        @Override
        public PlanOption convert(String value) {
            return PlanOption.byId(value).orElseThrow(() -> {
                List<String> ids = new ArrayList<>();
                for (PlanOption o : PlanOption.named()) {
                    ids.add(o.id());
                }
                return new TypeConversionException(Text.of("cli.option.plan-option", "value", value, "ids", String.join(", ", ids))
                        .in(Languages.ambient()));
            });
        }
    }
}
