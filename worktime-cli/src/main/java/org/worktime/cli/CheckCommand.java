package org.worktime.cli;

import org.worktime.core.finding.Text;
import org.worktime.core.report.Report;
import org.worktime.io.write.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code worktime check DATASET}: findings, with a pay summary in the text report; exit 1 on any violation. */
@Command(name = "check", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class CheckCommand extends BaseCommand {

    @Mixin
    DatasetOptions dataset;

    @Mixin
    InputOptions input;

    @Mixin
    SpreadsheetOptions sheet;

    @Mixin
    ThreadsOption threads;

    /** {@code --pretty}: the JSON report indented, two spaces a level. */
    @picocli.CommandLine.Option(names = "--pretty")
    boolean pretty;

    /** {@code --pay-lines}: the JSON report holds the pay lines too (pay always writes them). */
    @picocli.CommandLine.Option(names = "--pay-lines")
    boolean payLines;

    /** Check and pay write {@code --format xlsx}: findings, pay lines and a summary, a sheet each. */
    @Override
    protected boolean writesWorkbooks() {
        return true;
    }

    @Override
    protected int run() throws Exception {
        requireReportFormat();
        sheet.check(spec, common.format, common.language);
        int threadCount = threads.threads(spec, common.language);
        prettyJson = pretty;
        payLinesInJson = payLines;

        if (StreamRun.applies(common.format, dataset.dataset, input)) {
            StreamRun.Outcome streamed = StreamRun.run(this, ReportWriter.Mode.CHECK, dataset, input, sheet.bom, threadCount, (progress, totals) ->
                    progress.finish(Text.of("cli.summary.check", "employees", totals.employees(), "violations",
                        totals.count(org.worktime.core.finding.Severity.VIOLATION), "warnings",
                        totals.count(org.worktime.core.finding.Severity.WARNING))));
            if (streamed != null) {
                org.worktime.io.write.ReportTotals totals = streamed.totals();
                return StreamRun.exitCode(streamed, totals.hasViolations() ? ExitCodes.VIOLATIONS : ExitCodes.CLEAN);
            }
        }
        DatasetLoader.Loaded loaded = DatasetLoader.load(dataset.dataset, input, err(), spec.qualifiedName());
        Progress progress = loaded.progress();
        Report report = ReportRunner.evaluate(loaded.dataset(), dataset.from, dataset.to, dataset.asOf, dataset.parameters, progress);
        writeReport(report, ReportWriter.Mode.CHECK, loaded.incomplete(), sheet.bom);
        progress.finish(Text.of("cli.summary.check", "employees", report.employees().size(), "violations",
                report.count(org.worktime.core.finding.Severity.VIOLATION), "warnings", report.count(org.worktime.core.finding.Severity.WARNING)));
        return loaded.exitCode(exitCode(report));
    }

    /** 1 when the report holds a violation, else 0. */
    static int exitCode(Report report) {
        return report.hasViolations() ? ExitCodes.VIOLATIONS : ExitCodes.CLEAN;
    }
}
