package org.worktime.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command as the tests do: {@code new CommandLine(new WorktimeCommand()).execute(...)}, capturing both streams. */
final class Cli {

    record Result(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        return run(new CommandLine(new WorktimeCommand()), args);
    }

    /** Runs the command line {@code main} uses, with its short usage errors. */
    static Result runAsMain(String... args) {
        return run(WorktimeCommand.commandLine(), args);
    }

    /** Runs a command line built by the test (e.g. with a failing output seam). */
    static Result run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A dataset under {@code src/test/resources/datasets}. */
    /** A policy file shipped in examples/policies (tests run in the module's folder). */
    static String policy(String name) {
        Path file = Path.of("..", "examples", "policies", name);
        if (!java.nio.file.Files.exists(file)) {
            throw new IllegalStateException("missing example policy " + file.toAbsolutePath());
        }
        return file.toString();
    }

    static String dataset(String name) {
        try {
            return Path.of(Cli.class.getResource("/datasets/" + name).toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test dataset " + name, e);
        }
    }
}
