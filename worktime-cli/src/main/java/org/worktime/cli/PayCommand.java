package org.worktime.cli;

import org.worktime.core.finding.Text;
import org.worktime.core.report.Report;
import org.worktime.io.write.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code worktime pay DATASET}: the premiums owed, line by line; exit 0 whatever the findings. */
@Command(name = "pay", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR)
final class PayCommand extends BaseCommand {

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

        if (StreamRun.applies(common.format, dataset.dataset, input)) {
            StreamRun.Outcome streamed = StreamRun.run(this, ReportWriter.Mode.PAY, dataset, input, sheet.bom, threadCount, (progress, totals) ->
                    progress.finish(Text.of("cli.summary.pay", "employees", totals.employees(), "lines", totals.payLines())));
            if (streamed != null) {
                org.worktime.io.write.ReportTotals totals = streamed.totals();
                return StreamRun.exitCode(streamed, ExitCodes.CLEAN);
            }
        }
        DatasetLoader.Loaded loaded = DatasetLoader.load(dataset.dataset, input, err(), spec.qualifiedName());
        Progress progress = loaded.progress();
        Report report = ReportRunner.evaluate(loaded.dataset(), dataset.from, dataset.to, dataset.asOf, dataset.parameters, progress);
        writeReport(report, ReportWriter.Mode.PAY, loaded.incomplete(), sheet.bom);
        progress.finish(Text.of("cli.summary.pay", "employees", report.employees().size(), "lines", report.payLines().size()));
        return loaded.exitCode(ExitCodes.CLEAN);
    }
}
