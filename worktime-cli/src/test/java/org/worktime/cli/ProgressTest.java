package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worktime.core.domain.Dataset;
import org.worktime.core.engine.Engine;
import org.worktime.core.engine.Evaluation;
import org.worktime.core.report.Report;
import org.worktime.core.rule.Packs;
import org.worktime.io.read.DatasetReader;

/** The progress bar of check and pay: only on a terminal, one redrawn line, a final line; slices give the same report. */
class ProgressTest {

    private static final String TEAM = Path.of("..", "examples", "kr-team").toString();

    @AfterEach
    void reset() {
        Progress.terminalOverride = null;
    }

    @Test
    void inAPipeNothingIsWrittenToStandardError() {
        Cli.Result r = Cli.run("check", TEAM);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceThenAFinalLineOfCountsAndTime() {
        Progress.terminalOverride = true;
        Cli.Result r = Cli.run("check", TEAM, "--format", "json");
        String[] lines = r.err().split("\n", -1);
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("\rworktime check: read 146 shifts of 8 employees", "\rworktime check: evaluating [###############################"
                .substring(0, 40), "] 8/8");
        assertThat(lines[0].substring(lines[0].lastIndexOf('\r') + 1))
                .matches("worktime check: 8 employees, 8 violations, \\d+ warnings; read in \\d+\\.\\d s, done in \\d+\\.\\d s");
        assertThat(Cli.run("check", TEAM, "--quiet").err()).isEmpty();
        Progress.terminalOverride = true;
        assertThat(Cli.run("pay", TEAM, "-q").err()).isEmpty();
    }

    @Test
    void readingShowsAPercentageWhenTheShiftFilesSizeIsKnown(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path small = dir.resolve("shifts.csv");
        StringBuilder csv = new StringBuilder("employee,start,end\n");
        for (int i = 0; i < 1000; i++) {
            csv.append("E001,2026-03-02T09:00,2026-03-02T18:00\n");
        }
        java.nio.file.Files.writeString(small, csv);
        assertThat(Progress.estimatedRows(small)).isEqualTo(1000);
        Progress.terminalOverride = true;
        java.io.StringWriter err = new java.io.StringWriter();
        Progress progress = Progress.start(new java.io.PrintWriter(err), "worktime check", false, org.worktime.core.i18n.Language.EN);
        assertThat(progress.readingText(450).in(org.worktime.core.i18n.Language.EN)).isEqualTo("reading: 450 shift rows");
        progress.expect(java.util.List.of(small));
        assertThat(progress.readingText(450).in(org.worktime.core.i18n.Language.EN)).isEqualTo("reading 45% (450 shift rows)");
        assertThat(progress.readingText(1000).in(org.worktime.core.i18n.Language.EN)).isEqualTo("reading 99% (1000 shift rows)");
        assertThat(progress.readingText(450).in(org.worktime.core.i18n.Language.JA)).isEqualTo("読取り中 45% (勤務行 450 行)");

        // A file larger than the sample: estimated from its first 64 KiB (lines of one length: exact to the row).
        Path large = dir.resolve("large.csv");
        StringBuilder big = new StringBuilder("employee,start,end\n");
        for (int i = 0; i < 20_000; i++) {
            big.append("E001,2026-03-02T09:00,2026-03-02T18:00\n");
        }
        java.nio.file.Files.writeString(large, big);
        assertThat(Progress.estimatedRows(large)).isBetween(19_990L, 20_010L);
        Progress workbook = Progress.start(new java.io.PrintWriter(err), "worktime check", false, org.worktime.core.i18n.Language.EN);
        workbook.expect(java.util.List.of(small, dir.resolve("shifts.xlsx")));
        assertThat(workbook.readingText(450).in(org.worktime.core.i18n.Language.EN)).isEqualTo("reading: 450 shift rows");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kr-team, 2026-03-02, 2026-03-29", "us-team, 2026-03-15, 2026-03-28", "jp-team, 2026-04-01, 2026-04-30",
        "ai-lab, 2026-09-01, 2026-11-22"})
    void evaluatingInSlicesGivesTheSameReportAsEvaluatingTheWhole(String example, LocalDate from, LocalDate to) throws Exception {
        Dataset dataset = DatasetReader.read(Path.of("..", "examples", example));
        Engine engine = Engine.of(Packs.find(dataset.workplace().jurisdiction()).orElseThrow());
        Evaluation evaluation = Evaluation.between(from, to);
        Report whole = engine.evaluate(dataset, evaluation);
        Report sliced = ReportRunner.inSlices(engine, dataset, evaluation, null, 3);
        assertThat(sliced).isEqualTo(whole);
        assertThat(whole.findings().size() + whole.payLines().size()).isPositive();
    }
}
