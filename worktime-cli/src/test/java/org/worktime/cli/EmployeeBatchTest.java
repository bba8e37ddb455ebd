package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worktime.core.domain.Dataset;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.EmployeeReport;
import org.worktime.core.report.Report;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.stream.EmployeeBatch;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.io.write.ReportWriter;

/** The per-employee unit of work gives exactly today's report, compared as the JSON written. */
class EmployeeBatchTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kr-team, 2026-03-02, 2026-03-29", "us-team, 2026-03-15, 2026-03-28", "jp-team, 2026-04-01, 2026-04-30",
        "ai-lab, 2026-09-01, 2026-11-22"})
    void everyExampleGivesTheSameReportOneEmployeeAtATime(String example, LocalDate from, LocalDate to) throws Exception {
        sameReport(DatasetReader.read(Path.of("..", "examples", example)), Evaluation.between(from, to));
    }

    @Test
    void aGeneratedDatasetGivesTheSameReportOneEmployeeAtATime(@TempDir Path dir) throws Exception {
        Dataset dataset = DatasetReader.read(GeneratedDataset.write(dir.resolve("gen"), 7, false));
        assertThat(dataset.shiftCount()).isGreaterThan(400);
        sameReport(dataset, Evaluation.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 5, 24)));
    }

    private static void sameReport(Dataset dataset, Evaluation evaluation) throws Exception {
        Engine engine = Engine.of(Packs.find(dataset.workplace().jurisdiction()).orElseThrow());
        Report whole = engine.evaluate(dataset, evaluation);
        Engine.Prepared prepared = engine.prepare(dataset.workplace(), evaluation);
        List<EmployeeReport> reports = new ArrayList<>();
        // In reverse, to show that the order of evaluation does not matter, only the order of the report.
        List<EmployeeBatch> batches = EmployeeBatch.of(dataset);
        for (int i = batches.size() - 1; i >= 0; i--) {
            reports.add(0, batches.get(i).evaluate(prepared));
        }
        Report each = prepared.report(reports);
        assertThat(json(each)).isEqualTo(json(whole));
        assertThat(each).isEqualTo(whole);
        assertThat(whole.findings().size() + whole.payLines().size()).isPositive();
    }

    static String json(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new JsonReportWriter(Language.EN, ReportWriter.Mode.CHECK).write(report, out);
        return out.toString();
    }
}
