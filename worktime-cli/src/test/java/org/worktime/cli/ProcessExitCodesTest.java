package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes that only a real process shows: a file-size limit ({@code ulimit -f}) and a full device while writing
 * (exit 4, the previous file kept), an exhausted heap (exit 5, no stack trace), and no logging noise from POI. Each
 * runs {@code main} in a new JVM on the test class path, as the launcher does.
 */
class ProcessExitCodesTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    /** Runs {@code worktime ARGS} in a new JVM, under bash so that {@code limits} (e.g. "ulimit -f 8") apply to it. */
    private Run worktime(String limits, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(WorktimeCommand.class.getName());
        command.addAll(List.of(args));
        StringBuilder script = new StringBuilder(limits.isEmpty() ? "" : limits + "; ").append("exec");
        for (String part : command) {
            script.append(" '").append(part.replace("'", "'\\''")).append('\'');
        }
        try {
            Path out = dir.resolve("stdout.txt");
            Path err = dir.resolve("stderr.txt");
            Process process = new ProcessBuilder("bash", "-c", script.toString()).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("worktime did not finish in 120 s");
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void aFileSizeLimitWhileWritingExitsFourAndKeepsThePreviousFile() throws IOException {
        Path report = Files.writeString(dir.resolve("rules.json"), "the previous rules\n");

        // 8 blocks of 1 KiB: the rules as JSON are far longer.
        Run run = worktime("ulimit -f 8", List.of(), "rules", "--format", "json", "--output", report.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("worktime rules: cannot write " + report + ": File too large; the previous file is left as it was\n");
        assertThat(Files.readString(report)).isEqualTo("the previous rules\n");
        assertThat(leftovers()).isZero();
    }

    @Test
    void aFullDeviceExitsFour() {
        Run run = worktime("", List.of(), "rules", "--output", "/dev/full");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("worktime rules: cannot write /dev/full: No space left on device\n");
    }

    @Test
    void aFullStandardOutputExitsFour() {
        Run run = worktime("exec >/dev/full", List.of(), "rules");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("worktime rules: cannot write to standard output (closed, or the disk is full)\n");
    }

    @Test
    void anExhaustedHeapIsAResourceErrorWithoutAStackTrace() throws IOException {
        Path big = Files.createDirectories(dir.resolve("big"));
        Files.writeString(big.resolve("workplace.yaml"), "id: big\njurisdiction: KR\nzone: Asia/Seoul\n");
        StringBuilder employees = new StringBuilder("id,name\n");
        for (int i = 0; i < 200_000; i++) {
            employees.append('E').append(i).append(",Employee ").append(i).append('\n');
        }
        Files.writeString(big.resolve("employees.csv"), employees, StandardCharsets.UTF_8);

        Run run = worktime("", List.of("-Xmx32m"), "check", big.toString(), "--from", "2026-01-05", "--to", "2026-01-11");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).matches("worktime check: out of memory: the Java heap is exhausted \\(\\d+ MB\\); run with more, e\\.g\\."
                + " WORKTIME_JAVA_OPTS=-Xmx4g, or on a smaller dataset\n");
    }

    @Test
    void readingAWorkbookPrintsNoLoggingNoise() throws IOException {
        Path team = Files.createDirectories(dir.resolve("team"));
        Files.copy(Path.of("..", "examples", "kr-team", "workplace.yaml"), team.resolve("workplace.yaml"));
        Files.copy(Path.of("..", "examples", "kr-team", "employees.csv"), team.resolve("employees.csv"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(team.resolve("shifts.xlsx"))) {
            var sheet = workbook.createSheet("Shifts");
            String[][] rows = {{"employee", "start", "end"}, {"E001", "2026-03-02T09:00", "2026-03-02T12:00"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }

        Run run = worktime("", List.of(), "check", team.toString(), "--format", "csv");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
