package org.worktime.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worktime.core.report.Report;
import org.worktime.io.read.InputException;
import org.worktime.io.write.Format;
import org.worktime.io.write.ReportWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the common options, the output destination, and the mapping of failures to
 * exit codes. A user's mistake prints one message (exit 2); anything else is a bug (exit 3, stack trace only
 * under {@code --debug}). Usage errors are picocli's (exit 2).
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** Does the work; returns the exit code. */
    protected abstract int run() throws Exception;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (ParameterException e) {
            throw e;
        } catch (UserError e) {
            error(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (org.worktime.core.domain.InvalidDataException e) {
            error("cannot evaluate the dataset: " + e.explanation().in(common.language.code()));
            return ExitCodes.BAD_INPUT;
        } catch (InputException e) {
            error("cannot read the dataset:");
            e.getMessage().lines().forEach(line -> err().println("  " + line));
            err().flush();
            return ExitCodes.BAD_INPUT;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            String what = e.getMessage() == null ? e.getClass().getName() : e.getClass().getName() + ": " + e.getMessage().lines().findFirst().orElse("");
            error("internal error (" + what + "); please report it" + (common.debug ? ":" : ", with the output of the same command run with --debug."));
            if (common.debug) {
                e.printStackTrace(err());
                err().flush();
            }
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    /** Fails with a usage error (exit 2) when the format is one this command does not write. */
    protected void requireReportFormat() {
        if (common.format == Format.MARKDOWN) {
            throw new ParameterException(spec.commandLine(), "--format md is only for rules and explain: use text, json or csv");
        }
    }

    /** Writes a report in the chosen format and language. */
    protected void writeReport(Report report, ReportWriter.Mode mode) throws IOException {
        writeReport(report, mode, null);
    }

    /** Writes a report, marking the employees whose records were incomplete (null: none were set aside). */
    protected void writeReport(Report report, ReportWriter.Mode mode, org.worktime.io.write.IncompleteRecords incomplete) throws IOException {
        ReportWriter writer = ReportWriter.of(common.format, common.language, mode, incomplete);
        emit(out -> writer.write(report, out));
    }

    /** Something that writes the output. */
    @FunctionalInterface
    protected interface Output {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes to --output (UTF-8, replacing the file) or to standard output, which stays open. */
    protected void emit(Output output) throws IOException {
        Path file = common.output;
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            output.writeTo(out);
            out.flush();
            return;
        }
        BufferedWriter writer;
        try {
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + file + ": its folder does not exist", e);
        } catch (AccessDeniedException e) {
            throw new UserError("cannot write " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new UserError("cannot write " + file + ": " + e.getMessage(), e);
        }
        try (writer) {
            output.writeTo(writer);
        }
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** {@code worktime check: message} on standard error. */
    protected void error(String message) {
        err().println(spec.qualifiedName() + ": " + message);
        err().flush();
    }
}
