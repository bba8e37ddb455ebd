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
 * codes: 0 clean, 1 violations found (check, demo), 2 bad input or usage, 3 internal error.
 */
@Command(name = "worktime", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Working-time compliance: limits, premium pay and the law behind every answer.",
        subcommands = {CheckCommand.class, PayCommand.class, WatchCommand.class, ExemptCommand.class, RulesCommand.class, ExplainCommand.class, DemoCommand.class,
            SimulateCommand.class, PlanCommand.class,
            HelpCommand.class},
        exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; for check, no violation found; for watch, no certain breach",
            "1:check found violations; watch found a certain breach", "2:bad input or usage",
            "3:internal error (please report)"},
        footer = {"", "Try: worktime demo    (checks the example dataset examples/kr-team)"})
public final class WorktimeCommand {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command as {@code main} runs it: UTF-8 output whatever the platform's encoding, and a short usage error
     * (the message and where to find help) instead of the full usage text.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new WorktimeCommand());
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setParameterExceptionHandler(WorktimeCommand::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("worktime: internal error (" + e + "); please report it.");
            return ExitCodes.INTERNAL_ERROR;
        });
        return commandLine;
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
