package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Issue 11 end to end, in process: each kind of bad input or failing disk answered with its exact message and exit code
 * (2 bad input, 4 input/output failure), never a false clean report, a stack trace or a half-written file.
 */
class HardeningTest {

    @TempDir
    Path dir;

    /** A copy of examples/kr-team (the tests run in worktime-cli's folder). */
    private Path team() throws IOException {
        Path team = dir.resolve("team");
        Files.createDirectories(team);
        for (String name : new String[] {"workplace.yaml", "employees.csv", "shifts.csv"}) {
            Files.copy(Path.of("..", "examples", "kr-team", name), team.resolve(name));
        }
        return team;
    }

    // ---- no false clean report -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"shifts.csv", "earnings.csv", "attestations.csv"})
    void aDanglingLinkIsABadInputNotNoFindings(String name) throws IOException {
        Path team = team();
        Files.deleteIfExists(team.resolve(name));
        Files.createSymbolicLink(team.resolve(name), Path.of("/nonexistent", name));

        Cli.Result result = Cli.run("check", team.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("worktime check: cannot read the dataset:\n  " + team.resolve(name)
                + ": a symbolic link to a file that does not exist (it points to /nonexistent/" + name + ")\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shifts.csv", "earnings.csv", "attestations.csv"})
    void aLoopingLinkIsABadInputNotNoFindings(String name) throws IOException {
        Path team = team();
        Files.deleteIfExists(team.resolve(name));
        Files.createSymbolicLink(team.resolve(name), team.resolve(name));

        Cli.Result result = Cli.run("pay", team.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime pay: cannot read the dataset:\n  " + team.resolve(name) + ": a loop of symbolic links\n");
    }

    @Test
    void theTeamItselfStillFindsItsViolations() throws IOException {
        assertThat(Cli.run("check", team().toString()).exitCode()).isEqualTo(1);
    }

    // ---- override files ---------------------------------------------------------------------------------------------

    private Path overrides(String rows) throws IOException {
        return Files.writeString(dir.resolve("overrides.txt"), rows);
    }

    @Test
    void anOverrideValueOfTheWrongTypeIsABadInputNamingFileLineAndColumn() throws IOException {
        Path file = overrides("# my reading\nkr.lsa53.extension-cap | * | banana | 2020-01-01 |  | Proposal | Art. 53(1) | draft | me\n");

        Cli.Result check = Cli.run("check", Cli.dataset("over-52.yaml"), "--parameters", file.toString());
        Cli.Result watch = Cli.run("watch", Cli.dataset("watch-week.yaml"), "--as-of", "2026-03-12T09:00", "--parameters", file.toString());

        String problem = "  " + file + ":2: field 'value': 'banana' is not of the type of kr.lsa53.extension-cap: expected a duration"
                + " such as 40h, 30min or 8h30min (the pack has 12h)\n";
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).isEqualTo("worktime check: cannot read the parameter file:\n" + problem);
        assertThat(watch.exitCode()).isEqualTo(2);
        assertThat(watch.err()).isEqualTo("worktime watch: cannot read the parameter file:\n" + problem);
    }

    @Test
    void aMisspeltOverrideKeyIsNotIgnored() throws IOException {
        Path file = overrides("kr.lsa53.extension-capp | * | 20h | 2020-01-01 |  | Proposal | Art. 53(1) | draft | me\n");

        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--parameters", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime check: cannot read the parameter file:\n  " + file + ":1: field 'key': unknown parameter"
                + " kr.lsa53.extension-capp (not a key of the KR pack; did you mean kr.lsa53.extension-cap?); the keys are listed by"
                + " worktime rules --parameters\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kr", "us", "jp"})
    void everyRowOfAPackIsAValidOverrideOfThatPack(String code) throws Exception {
        // The types are inferred from the pack's rows: the pack's own file, given as overrides, must pass unchanged.
        Path file = Path.of("..", "worktime-" + code, "src", "main", "resources", "org", "worktime", code, "parameters.txt");
        org.worktime.core.rule.JurisdictionPack pack = org.worktime.core.rule.Packs.find(code.toUpperCase(java.util.Locale.ROOT)).orElseThrow();

        org.worktime.core.param.ParameterTable table = org.worktime.io.read.ParameterOverrides.read(file).against(pack.parameters(),
                pack.jurisdiction());

        assertThat(table.keys()).isEqualTo(pack.parameters().keys());
    }

    @Test
    void aFolderAsTheOverrideFileIsABadInput() {
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--parameters", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime check: cannot read the parameter file:\n  " + dir + ": a folder, not a file\n");
    }

    // ---- numbers and dates beyond reason ----------------------------------------------------------------------------

    @Test
    void aPeriodOfMoreThanTenYearsIsRefusedAtOnce() {
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--to", "9999-12-31");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime check: the period 2025-03-03 (first shift) to 9999-12-31 (--to) is longer than 10 years,"
                + " the longest evaluated at once: give --from and --to within 10 years\n");
    }

    @Test
    void aTenYearPeriodIsEvaluated() {
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--from", "2025-03-03", "--to", "2035-03-02", "--format", "csv");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("KR-LSA-53-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--to=+999999999-12-31", "--from=-999999999-01-01"})
    void datesBeyondFourDigitYearsAreUsageErrors(String option) {
        Cli.Result result = Cli.runAsMain("check", Cli.dataset("over-52.yaml"), option);

        String name = option.substring(0, option.indexOf('='));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList()).containsExactly("worktime check: Invalid value for option '" + name + "': '"
                + option.substring(option.indexOf('=') + 1) + "' is not a date: use YYYY-MM-DD, e.g. 2025-03-31",
                "Try 'worktime check --help' for more information.");
    }

    @Test
    void anAsOfBeyondFourDigitYearsIsAUsageError() {
        Cli.Result result = Cli.runAsMain("watch", Cli.dataset("watch-week.yaml"), "--as-of", "+999999999-12-31T00:00");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElseThrow()).isEqualTo("worktime watch: Invalid value for option '--as-of':"
                + " '+999999999-12-31T00:00' is beyond the years 1000 to 9999 that --as-of takes");
    }

    @Test
    void anAstronomicalExchangeRateIsAUsageError() {
        Cli.Result result = Cli.runAsMain("exempt", Cli.dataset("kr-exempt.yaml"), "--on", "2026-03-10", "--rate", "USD/KRW=1E999999999@2026-03-10");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElseThrow()).isEqualTo("worktime exempt: Invalid value for option '--rate' (FROM/TO=RATE@DATE):"
                + " 'USD/KRW=1E999999999@2026-03-10': the rate 1E999999999 is too large (at most 1000000000000000)");
    }

    @Test
    void anAstronomicalSweepIsAUsageError() {
        Cli.Result result = Cli.runAsMain("simulate", Cli.dataset("kr-exempt.yaml"), "--policy", Cli.policy("kr-high-income-white-collar.yaml"),
                "--sweep", "1:1E999999999:1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().findFirst().orElseThrow()).isEqualTo("worktime simulate: Invalid value for option '--sweep':"
                + " '1E999999999' in '1:1E999999999:1': 1E999999999 is too large (at most 1000000000000000)");
    }

    // ---- atomic --output ----------------------------------------------------------------------------------------------

    /** A disk that fills up after {@code capacity} bytes, as ENOSPC does. */
    private static OutputFile diskFullAfter(int capacity) {
        return new OutputFile(file -> new FilterOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            private int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > capacity) {
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
                super.write(b);
            }
        });
    }

    private static Cli.Result runWith(OutputFile outputFile, String... args) {
        return Cli.run(new CommandLine(new WorktimeCommand(outputFile)), args);
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void aFullDiskLeavesThePreviousReportAndExitsFour() throws IOException {
        Path report = Files.writeString(dir.resolve("report.json"), "the previous report\n");

        Cli.Result result = runWith(diskFullAfter(100), "check", Cli.dataset("over-52.yaml"), "--format", "json", "--output", report.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("worktime check: cannot write " + report + ": No space left on device; the previous file is left"
                + " as it was\n");
        assertThat(Files.readString(report)).isEqualTo("the previous report\n");
        assertThat(leftovers()).isZero();
    }

    @Test
    void aFullDiskOnANewFileWritesNothing() throws IOException {
        Path report = dir.resolve("new.csv");

        Cli.Result result = runWith(diskFullAfter(10), "pay", Cli.dataset("over-52.yaml"), "--format", "csv", "--output", report.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("worktime pay: cannot write " + report + ": No space left on device; nothing was written\n");
        assertThat(report).doesNotExist();
        assertThat(leftovers()).isZero();
    }

    @Test
    void aCompleteWriteReplacesThePreviousReport() throws IOException {
        Path report = Files.writeString(dir.resolve("report.csv"), "the previous report\n");

        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "csv", "--output", report.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(report)).isEqualTo(Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "csv").out());
        assertThat(leftovers()).isZero();
    }

    @Test
    void aSimulationOnAFullDiskExitsFourToo() throws IOException {
        Path report = Files.writeString(dir.resolve("simulation.html"), "previous");

        Cli.Result result = runWith(diskFullAfter(1000), "simulate", Cli.dataset("kr-exempt.yaml"), "--quiet", "--from", "2026-03-02",
                "--to", "2026-03-08", "--policy", Cli.policy("kr-high-income-white-collar.yaml"), "--output", report.toString());

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).isEqualTo("worktime simulate: cannot write " + report + ": No space left on device; the previous file is"
                + " left as it was\n");
        assertThat(Files.readString(report)).isEqualTo("previous");
    }

    @Test
    void writingThroughASymbolicLinkReplacesTheFileItPointsTo() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "previous");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

        Cli.Result result = Cli.run("rules", "--format", "csv", "--output", link.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(Cli.run("rules", "--format", "csv").out());
    }

    @Test
    void aFolderAsTheOutputIsABadInput() {
        Cli.Result result = Cli.run("rules", "--output", dir.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime rules: cannot write " + dir + ": it is a folder\n");
    }

    @Test
    void aMissingOutputFolderIsABadInput() {
        Path file = dir.resolve("no-such-folder").resolve("out.txt");
        Cli.Result result = Cli.run("rules", "--output", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime rules: cannot write " + file + ": its folder does not exist\n");
    }

    // ---- exit codes in the help ---------------------------------------------------------------------------------------

    @Test
    void theHelpListsEveryExitCode() {
        String help = Cli.run("--help").out();

        assertThat(help).contains("Exit codes:",
                "  0   done: for check, no violation found; for watch, no certain breach; demo,\n        whenever it ran (its example breaks limits on purpose)",
                "  1   check found violations; watch found a certain breach",
                "  2   bad input or usage (the message names the file, line and field)",
                "  3   internal error, a bug (please report it with the output of --debug)",
                "  4   input/output failure: a file could not be read, or the output not written\n        (full disk); a previous --output file is kept",
                "  5   out of memory (run with more, e.g. WORKTIME_JAVA_OPTS=-Xmx4g)");
    }
}
