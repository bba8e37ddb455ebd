package org.worktime.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.finding.Text;
import org.worktime.core.rule.JurisdictionPack;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.DatasetStream;
import org.worktime.io.stream.OrderedEvaluator;
import org.worktime.io.write.CsvReportWriter;
import org.worktime.io.write.Format;
import org.worktime.io.write.IncompleteRecords;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.io.write.ReportHead;
import org.worktime.io.write.ReportStream;
import org.worktime.io.write.ReportTotals;
import org.worktime.io.write.ReportWriter;

/**
 * {@code check} and {@code pay} as a stream, in bounded memory: the dataset is validated first (every problem still
 * names its file, line and field, and a bad row fails the run before anything is written, see {@link DatasetStream}),
 * then employees are evaluated on {@code --threads} threads and written in the report's order (the employees file's)
 * by the JSON or CSV writer as they come, so the document is the one the in-memory path writes. Other formats, import
 * profiles and workbook inputs take the in-memory path ({@link #applies}).
 */
final class StreamRun {

    /** What the run wrote, for the summary line and the exit code. */
    record Outcome(ReportTotals totals, IncompleteRecords incomplete) {
    }

    private StreamRun() {
    }

    /** The command's summary line, said once the report is written. */
    @FunctionalInterface
    interface Summary {
        void finish(Progress progress, ReportTotals totals);
    }

    /** Whether the run streams: JSON or CSV out, a dataset folder in the native format with CSV shift files. */
    static boolean applies(Format format, Path dataset, InputOptions input) {
        if (format != Format.JSON && format != Format.CSV || input.profile != null) {
            return false;
        }
        return DatasetStream.canStream(dataset, new DatasetReader.Options(null, input.shifts.isEmpty() ? null : input.shifts, false));
    }

    /**
     * Runs the command as a stream; null when the workplace cannot be read, for the caller to take the in-memory path
     * (which reports its problems, reading no shift).
     */
    static Outcome run(BaseCommand command, ReportWriter.Mode mode, DatasetOptions options, InputOptions input, boolean bom,
            int threads, Summary summary) throws Exception {
        PrintWriter err = command.err();
        String name = command.spec.qualifiedName();
        Progress progress = Progress.start(err, name, input.quiet, input.language());
        boolean quarantine = input.onError == InputOptions.OnError.QUARANTINE;
        DatasetReader.Options read = new DatasetReader.Options(null, input.shifts.isEmpty() ? null : input.shifts, quarantine,
                progress.active() ? progress::reading : null);
        try (DatasetStream stream = DatasetStream.open(options.dataset, read)) {
            if (stream == null) {
                return null;
            }
            IncompleteRecords incomplete = DatasetLoader.quarantined(stream.quarantine(), input, err, name);
            Dataset header = DatasetLoader.filter(stream.header(), input);
            List<Employee> all = stream.header().employees();
            Set<String> ids = new HashSet<>();
            header.employees().forEach(e -> ids.add(e.id()));
            boolean[] keep = new boolean[all.size()];
            for (int i = 0; i < keep.length; i++) {
                keep[i] = ids.contains(all.get(i).id());
            }
            LocalDate[] bounds = options.from == null || options.to == null ? stream.bounds(ids) : null;
            progress.read(stream.shiftCount(), ids.size());
            String jurisdiction = header.workplace().jurisdiction();
            JurisdictionPack pack = Packs.find(jurisdiction).orElseThrow(() -> ReportRunner.noPack(jurisdiction));
            LocalDateRange period = ReportRunner.period(bounds == null ? null : bounds[0], bounds == null ? null : bounds[1], options.from,
                    options.to);
            Evaluation evaluation = ReportRunner.evaluation(pack, header.workplace().zone(), period, options.asOf,
                    options.parameters == null ? null : ReportRunner.readParameters(options.parameters));
            Engine.Prepared prepared = Engine.of(pack).prepare(header.workplace(), evaluation);
            ReportHead head = new ReportHead(pack.jurisdiction(), header.workplace(), period, evaluation.asOf());
            ReportTotals[] totals = new ReportTotals[1];
            int total = ids.size();
            int step = Math.max(1, total / 50);
            command.emit(out -> {
                if (bom) {
                    out.write(org.worktime.io.write.Csv.BYTE_ORDER_MARK);
                }
                ReportStream report = command.common.format == Format.JSON ? command.jsonWriter(mode, incomplete).open(head, out)
                        : new CsvReportWriter(command.common.language, mode, incomplete).open(head, out);
                int[] done = {0};
                try (OrderedEvaluator evaluator = new OrderedEvaluator(prepared, threads, employee -> {
                    report.employee(employee);
                    done[0]++;
                    if (progress.active() && (done[0] % step == 0 || done[0] == total)) {
                        progress.evaluating(done[0], total);
                    }
                })) {
                    stream.forEach(i -> keep[i], evaluator::submit);
                    evaluator.finish();
                }
                report.finish();
                totals[0] = report.totals();
            });
            summary.finish(progress, totals[0]);
            return new Outcome(totals[0], incomplete);
        }
    }

    /** 6 when evaluated on incomplete records, else the verdict's own code. */
    static int exitCode(Outcome outcome, int verdict) {
        IncompleteRecords incomplete = outcome.incomplete();
        return incomplete != null && incomplete.rowsRejected() > 0 ? ExitCodes.INCOMPLETE_RECORDS : verdict;
    }
}
