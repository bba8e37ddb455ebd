package org.worktime.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ParameterException;

/**
 * The {@code worktime} command. Subcommands do the work; this class only wires them and maps errors to exit
 * codes ({@link ExitCodes}): 0 clean, 1 violations found (check; watch: a certain breach), 2 bad input or usage, 3 internal
 * error, 4 an input/output failure, 5 out of memory, 6 evaluated on incomplete records.
 *
 * <p>Every usage text (descriptions, exit codes, headings) is in the picocli resource bundle {@code org/worktime/cli/help*.properties},
 * which the subcommands inherit; {@link HelpLanguage#install} switches it to the run's language before the help is printed.
 */
@Command(name = "worktime", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = HelpLanguage.BUNDLE,
        subcommands = {CheckCommand.class, PayCommand.class, WatchCommand.class, ExemptCommand.class, ImportCommand.class, RulesCommand.class, ExplainCommand.class, DemoCommand.class,
            SimulateCommand.class, PlanCommand.class, picocli.AutoComplete.GenerateCompletion.class,
            HelpCommand.class},
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT)
public final class WorktimeCommand {

    /** Where --output goes: the disk, or in tests a disk that fails after N bytes. */
    final OutputFile outputFile;

    public WorktimeCommand() {
        this(OutputFile.ON_DISK);
    }

    WorktimeCommand(OutputFile outputFile) {
        this.outputFile = outputFile;
    }

    public static void main(String[] args) {
        Logging.configure(java.util.Arrays.asList(args).contains("--debug"));
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Out of memory outside a command's own handling (while parsing or printing): still a resource error.
            System.err.println("worktime: " + org.worktime.core.finding.Text.of("cli.failure.out-of-memory-early").in(Languages.ambient()));
            code = ExitCodes.OUT_OF_RESOURCES;
        }
        System.exit(code);
    }

    /**
     * The command as {@code main} runs it: UTF-8 output whatever the platform's encoding, and a short usage error
     * (the message and where to find help) instead of the full usage text.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WorktimeCommand());
        // Standard output straight on its file descriptor, not through System.out: a PrintStream swallows write errors, and
        // `worktime check ... > /dev/full` must fail (exit 4) rather than report success with nothing written.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new java.io.FileOutputStream(java.io.FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler(WorktimeCommand::usageError);
        HelpLanguage.install(commandLine);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> Failures.report(e, "input",
                cmd.getCommandSpec().qualifiedName(), cmd.getErr(), debug(parseResult), Languages.ambient()));
        return commandLine;
    }

    private static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println(org.worktime.core.finding.Text.of("cli.usage.try-help", "command", cmd.getCommandSpec().qualifiedName())
                    .in(Languages.ambient()));
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
