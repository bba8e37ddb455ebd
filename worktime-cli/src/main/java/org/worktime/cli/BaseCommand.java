package org.worktime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.Report;
import org.worktime.io.write.Format;
import org.worktime.io.write.ReportWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the common options, the output destination, and the mapping of failures to
 * exit codes ({@link Failures}): a user's mistake prints one message (exit 2), a failing disk exit 4, an exhausted
 * heap exit 5, anything else is a bug (exit 3, stack trace only under {@code --debug}). Usage errors are picocli's
 * (exit 2).
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
            common.language = Languages.resolve(common.language);
        } catch (UserError e) {
            return Failures.report(e, "dataset", spec.qualifiedName(), err(), common.debug, Language.EN);
        }
        try {
            requireWorkbookFile();
            return run();
        } catch (ParameterException e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return Failures.report(e, "dataset", spec.qualifiedName(), err(), common.debug, common.language);
        }
    }

    /** Fails with a usage error (exit 2) when the format is one this command does not write. */
    protected void requireReportFormat() {
        if (common.format == Format.MARKDOWN) {
            throw new ParameterException(spec.commandLine(), Text.of("cli.usage.markdown-only").in(common.language));
        }
    }

    /** Whether this command writes {@code --format xlsx} (check, pay, exempt). */
    protected boolean writesWorkbooks() {
        return false;
    }

    /** A workbook only from the commands that write one, and only to a file: usage errors (exit 2) before any work. */
    private void requireWorkbookFile() {
        if (common.format != Format.XLSX) {
            return;
        }
        if (!writesWorkbooks()) {
            throw new ParameterException(spec.commandLine(), Text.of("cli.usage.xlsx-commands").in(common.language));
        }
        if (common.output == null) {
            throw new ParameterException(spec.commandLine(), Text.of("cli.usage.xlsx-needs-output").in(common.language));
        }
    }

    /** Writes a workbook to --output, atomically as every output (see {@link OutputFile}). */
    protected void emitWorkbook(OutputFile.Bytes workbook) {
        outputFile(spec).writeBytes(common.output, workbook);
    }

    /** Writes a report in the chosen format and language. */
    protected void writeReport(Report report, ReportWriter.Mode mode) throws IOException {
        writeReport(report, mode, null);
    }

    /** Writes a report, marking the employees whose records were incomplete (null: none were set aside). */
    protected void writeReport(Report report, ReportWriter.Mode mode, org.worktime.io.write.IncompleteRecords incomplete) throws IOException {
        writeReport(report, mode, incomplete, false);
    }

    /** Writes a report; a workbook for {@code --format xlsx}; a CSV with a byte-order mark first when {@code bom}. */
    protected void writeReport(Report report, ReportWriter.Mode mode, org.worktime.io.write.IncompleteRecords incomplete, boolean bom)
            throws IOException {
        if (common.format == Format.XLSX) {
            org.worktime.io.write.XlsxReportWriter workbook = new org.worktime.io.write.XlsxReportWriter(common.language, mode, incomplete);
            emitWorkbook(out -> workbook.write(report, out));
            return;
        }
        ReportWriter writer = common.format == Format.JSON ? jsonWriter(mode, incomplete)
                : ReportWriter.of(common.format, common.language, mode, incomplete);
        emit(out -> {
            if (bom) {
                out.write(org.worktime.io.write.Csv.BYTE_ORDER_MARK);
            }
            writer.write(report, out);
        });
    }

    /** {@code --pretty}: the JSON report indented (check and pay set it; compact otherwise). */
    boolean prettyJson;

    /** Whether the JSON report holds the pay lines: pay and demo always, check with {@code --pay-lines}. */
    boolean payLinesInJson = true;

    /** The JSON report's writer, as {@code --pretty} and {@code --pay-lines} say. */
    org.worktime.io.write.JsonReportWriter jsonWriter(ReportWriter.Mode mode, org.worktime.io.write.IncompleteRecords incomplete) {
        return new org.worktime.io.write.JsonReportWriter(common.language, mode, incomplete).pretty(prettyJson).payLines(payLinesInJson);
    }

    /** Something that writes the output. */
    @FunctionalInterface
    protected interface Output {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes to --output (UTF-8, atomically: the file is replaced only once complete, see {@link OutputFile}) or to
     * standard output, which stays open; a write that fails is an {@link OutputFailure} (exit 4).
     */
    protected void emit(Output output) throws IOException {
        emit(spec, common.output, output::writeTo);
    }

    static void emit(CommandSpec spec, Path file, OutputFile.Content output) throws IOException {
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            output.writeTo(out);
            out.flush();
            if (out.checkError()) {
                throw new OutputFailure(Text.of("cli.output.stdout"), new IOException("write error"));
            }
            return;
        }
        outputFile(spec).write(file, output);
    }

    /** The root command's output seam (tests give a failing one), or the disk. */
    static OutputFile outputFile(CommandSpec spec) {
        return spec.root().userObject() instanceof WorktimeCommand root ? root.outputFile : OutputFile.ON_DISK;
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** {@code worktime check: message} on standard error, in the run's language. */
    protected void error(Text message) {
        err().println(spec.qualifiedName() + ": " + message.in(common.language));
        err().flush();
    }

    /** The run's language (resolved before {@link #run()}). */
    protected Language language() {
        return common.language;
    }
}
