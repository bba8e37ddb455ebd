package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.worktime.core.i18n.Language;
import org.worktime.core.report.Report;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.write.CsvReportWriter;
import org.worktime.io.write.JsonReportWriter;
import org.worktime.io.write.ReportWriter;

/**
 * check and pay stream (JSON and CSV out): the document is byte for byte the one the in-memory path writes, on every
 * example and on generated data in any order (grouped data kept in memory or read again, other data partitioned), on one
 * thread or several, with one partition or many; bad input fails
 * as before, before anything is written; the temporary files are deleted.
 */
class StreamRunTest {

    @AfterEach
    void onePartitionAgain() {
        System.clearProperty("worktime.stream.partitionBytes");
        System.clearProperty("worktime.stream.memoryBytes");
    }

    @ParameterizedTest(name = "{0} {1} threads {2}, partition {3} bytes")
    @CsvSource({"kr-team, check, 1, 0", "kr-team, pay, 3, 500", "us-team, check, 2, 300", "us-team, pay, 1, 0",
        "jp-team, check, 4, 200", "jp-team, pay, 2, 0", "ai-lab, check, 3, 20000", "ai-lab, pay, 1, 0"})
    void everyExampleStreamsTheSameDocument(String example, String command, int threads, long partitionBytes) throws Exception {
        sameDocuments(Path.of("..", "examples", example).toString(), command, threads, partitionBytes);
    }

    @ParameterizedTest(name = "grouped {0}, {1} threads, partition {2} bytes, memory {3} bytes")
    @CsvSource({"false, 1, 0, -1", "false, 3, 1000, -1", "true, 2, 0, -1", "true, 4, 3000, -1", "true, 3, 0, 0"})
    void generatedDataStreamsTheSameDocument(boolean grouped, int threads, long partitionBytes, long memoryBytes, @TempDir Path dir)
            throws Exception {
        // Grouped data waits in memory, or (memory 0) is read again from the file; shuffled data goes to partitions.
        if (memoryBytes >= 0) {
            System.setProperty("worktime.stream.memoryBytes", Long.toString(memoryBytes));
        }
        String data = GeneratedDataset.write(dir.resolve("gen"), 11, grouped).toString();
        sameDocuments(data, "check", threads, partitionBytes);
        sameDocuments(data, "pay", threads, partitionBytes);
    }

    private static void sameDocuments(String data, String command, int threads, long partitionBytes) throws Exception {
        if (partitionBytes > 0) {
            System.setProperty("worktime.stream.partitionBytes", Long.toString(partitionBytes));
        }
        ReportWriter.Mode mode = command.equals("check") ? ReportWriter.Mode.CHECK : ReportWriter.Mode.PAY;
        Report report = ReportRunner.evaluate(Path.of(data), null, null, null, null);
        StringWriter json = new StringWriter();
        new JsonReportWriter(Language.EN, mode).payLines(mode == ReportWriter.Mode.PAY).write(report, json);
        StringWriter pretty = new StringWriter();
        new JsonReportWriter(Language.EN, mode).pretty(true).write(report, pretty);
        StringWriter csv = new StringWriter();
        new CsvReportWriter(Language.EN, mode).write(report, csv);
        List<String> before = temporaryFolders();
        Cli.Result streamed = Cli.run(command, data, "--format", "json", "--threads", Integer.toString(threads));
        assertThat(streamed.out()).isEqualTo(json.toString());
        assertThat(streamed.exitCode()).isEqualTo(command.equals("check") && report.hasViolations() ? 1 : 0);
        assertThat(Cli.run(command, data, "--format", "csv", "--threads", Integer.toString(threads)).out()).isEqualTo(csv.toString());
        Cli.Result indented = command.equals("check")
                ? Cli.run(command, data, "--format", "json", "--pretty", "--pay-lines", "--threads", Integer.toString(threads))
                : Cli.run(command, data, "--format", "json", "--pretty", "--threads", Integer.toString(threads));
        assertThat(indented.out()).isEqualTo(pretty.toString());
        // Compact and indented are the same document.
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(pretty.toString());
        if (command.equals("check")) {
            for (com.fasterxml.jackson.databind.JsonNode e : tree.get("employees")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("payLines");
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("notes");
        }
        assertThat(mapper.readTree(streamed.out())).isEqualTo(tree);
        assertThat(temporaryFolders()).isEqualTo(before);
    }

    @Test
    void aBadRowFailsTheRunBeforeAnythingIsWrittenWithTheSameProblems(@TempDir Path dir) throws Exception {
        Path data = GeneratedDataset.write(dir.resolve("gen"), 3, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("shifts.csv")));
        lines.set(40, "E002,2026-03-40T09:00,2026-03-02T18:00,");
        // An overlap of two rows far apart (different partitions when partitions are small).
        String[] first = lines.get(2).split(",", -1);
        lines.add(first[0] + "," + first[1] + "," + first[2] + ",");
        Files.write(data.resolve("shifts.csv"), lines, StandardCharsets.UTF_8);
        System.setProperty("worktime.stream.partitionBytes", "2000");
        Path out = dir.resolve("report.json");
        Cli.Result streamed = Cli.run("check", data.toString(), "--format", "json", "--output", out.toString());
        Cli.Result inMemory = Cli.run("check", data.toString(), "--format", "text");
        assertThat(streamed.exitCode()).isEqualTo(2);
        assertThat(streamed.err()).isEqualTo(inMemory.err()).contains("shifts.csv:41: field 'start'");
        assertThat(out).doesNotExist();
        // Once the bad row is fixed, the overlap is what is left, reported the same way.
        lines.set(40, "E002,2026-03-02T09:00,2026-03-02T10:00,");
        Files.write(data.resolve("shifts.csv"), lines, StandardCharsets.UTF_8);
        Cli.Result overlap = Cli.run("pay", data.toString(), "--format", "json", "--output", out.toString());
        assertThat(overlap.exitCode()).isEqualTo(2);
        assertThat(overlap.err()).isEqualTo(Cli.run("pay", data.toString(), "--format", "text").err()).contains("overlap");
        assertThat(out).doesNotExist();
        // With a bad earnings row too: the overlaps first, then the earnings' problem, as the in-memory read lists them.
        Files.writeString(data.resolve("earnings.csv"), "employee_id,kind,amount,currency,from,to\nE404,bonus,5000,KRW,2026-03-01,2026-03-31\n");
        Cli.Result both = Cli.run("check", data.toString(), "--format", "csv", "--output", out.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).isEqualTo(Cli.run("check", data.toString(), "--format", "text").err()).contains("overlap", "E404");
        assertThat(both.err().indexOf("overlap")).isLessThan(both.err().indexOf("E404"));
        assertThat(out).doesNotExist();
    }

    @Test
    void quarantineStreamsTheSameDocumentAndRejects(@TempDir Path dir) throws Exception {
        Path data = GeneratedDataset.write(dir.resolve("gen"), 5, false);
        List<String> lines = new ArrayList<>(Files.readAllLines(data.resolve("shifts.csv")));
        lines.set(10, "E003,2026-03-02T09:00,not-a-time,");
        String[] first = lines.get(2).split(",", -1);
        lines.add(first[0] + "," + first[1] + "," + first[2] + ",");
        Files.write(data.resolve("shifts.csv"), lines, StandardCharsets.UTF_8);
        System.setProperty("worktime.stream.partitionBytes", "3000");
        Path rejectsStreamed = dir.resolve("streamed.csv");
        Path rejectsInMemory = dir.resolve("in-memory.csv");
        Cli.Result streamed = Cli.run("check", data.toString(), "--format", "json", "--on-error", "quarantine", "--rejects",
                rejectsStreamed.toString());
        Cli.Result text = Cli.run("check", data.toString(), "--format", "text", "--on-error", "quarantine", "--rejects",
                rejectsInMemory.toString());
        assertThat(streamed.exitCode()).isEqualTo(6).isEqualTo(text.exitCode());
        assertThat(streamed.err()).isEqualTo(text.err().replace(rejectsInMemory.toString(), rejectsStreamed.toString()));
        assertThat(Files.readString(rejectsStreamed)).isEqualTo(Files.readString(rejectsInMemory)).contains("not-a-time");
        DatasetLoader.Loaded loaded = DatasetLoader.load(data, quarantineOptions(rejectsInMemory), new java.io.PrintWriter(new StringWriter()),
                "check");
        Report report = ReportRunner.evaluate(loaded.dataset(), null, null, null, null, null);
        StringWriter json = new StringWriter();
        new JsonReportWriter(Language.EN, ReportWriter.Mode.CHECK, loaded.incomplete()).payLines(false).write(report, json);
        assertThat(streamed.out()).isEqualTo(json.toString().replace(rejectsInMemory.toString(), rejectsStreamed.toString()));
    }

    private static InputOptions quarantineOptions(Path rejects) {
        InputOptions options = new InputOptions();
        options.onError = InputOptions.OnError.QUARANTINE;
        options.rejects = rejects;
        options.quiet = true;
        return options;
    }

    @Test
    void threadsBelowOneIsAUsageError() {
        Cli.Result result = Cli.run("check", Path.of("..", "examples", "kr-team").toString(), "--threads", "0");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--threads takes a number of threads of at least 1, not 0");
    }

    private static List<String> temporaryFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("worktime-shifts-")).sorted().toList();
        }
    }
}
