package org.worktime.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip as a user gets it: unzipped with {@code unzip} (which keeps the scripts executable) and run from a
 * folder that is not a source checkout, with the test's own JDK as JAVA_HOME.
 */
class DistributionTest {

    @TempDir
    static Path unpacked;

    static Path home;

    @BeforeAll
    static void unzip() throws Exception {
        Path zip = Path.of(System.getProperty("worktime.dist.zip"));
        assertThat(zip).isRegularFile();
        Result r = run(unpacked, List.of("unzip", "-q", zip.toString()));
        assertThat(r.exit).as(r.err).isZero();
        home = unpacked.resolve(System.getProperty("worktime.dist.folder"));
    }

    @Test
    void holdsTheLaunchersTheJarTheDocsTheExamplesAndTheLicense() {
        assertThat(home.resolve("bin/worktime")).isExecutable();
        assertThat(home.resolve("bin/java-home.sh")).isExecutable();
        assertThat(home.resolve("bin/worktime.bat")).isRegularFile();
        assertThat(home.resolve("lib/worktime.jar")).isRegularFile();
        assertThat(home.resolve("docs/FORMATS.md")).isRegularFile();
        assertThat(home.resolve("docs/IMPORT.md")).isRegularFile();
        assertThat(home.resolve("examples/imports/kr-hr/근태기록.csv")).isRegularFile();
        assertThat(home.resolve("examples/kr-team/workplace.yaml")).isRegularFile();
        assertThat(home.resolve("LICENSE")).content().contains("Apache License", "Version 2.0, January 2004");
        assertThat(home.resolve("README.md")).isRegularFile();
    }

    @Test
    void demoRunsFromAnyFolderAndFindsTheBundledExample(@TempDir Path elsewhere) throws Exception {
        Result r = run(elsewhere, List.of(home.resolve("bin/worktime").toString(), "demo"));
        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.err).isEqualTo("worktime demo: checking " + home.resolve("examples/kr-team") + "\n");
        assertThat(r.out).startsWith("Worktime check report\nWorkplace     Hanbit Soft, Seoul office (hanbit-soft-seoul)\n");
    }

    @Test
    void checkGivesTheVerdictAsItsExitCode(@TempDir Path elsewhere) throws Exception {
        Result r = run(elsewhere, List.of(home.resolve("bin/worktime").toString(), "check", home.resolve("examples/kr-team").toString(),
                "--format", "csv"));
        assertThat(r.exit).as(r.err).isEqualTo(1);
        assertThat(r.out).startsWith("employeeId,employeeName,ruleId,severity,");
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
