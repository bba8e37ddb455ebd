package org.worktime.cli;

import org.worktime.core.report.Report;
import org.worktime.io.write.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code worktime pay DATASET}: the premiums owed, line by line; exit 0 whatever the findings. */
@Command(name = "pay", mixinStandardHelpOptions = true, exitCodeOnExecutionException = ExitCodes.INTERNAL_ERROR,
        description = "Compute overtime, night and holiday premiums owed, each line with its law.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad input or usage", "3:internal error (please report)"})
final class PayCommand extends BaseCommand {

    @Mixin
    DatasetOptions dataset;

    @Override
    protected int run() throws Exception {
        requireReportFormat();
        Report report = ReportRunner.evaluate(dataset.dataset, dataset.from, dataset.to, dataset.asOf, dataset.parameters);
        writeReport(report, ReportWriter.Mode.PAY);
        return ExitCodes.CLEAN;
    }
}
