package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    /** The repository root: tests run in worktime-cli. */
    private static final Path EXAMPLE = Path.of("").toAbsolutePath().getParent().resolve(DemoCommand.EXAMPLE);

    @Test
    void findsTheExampleAboveTheClassesFolder() {
        assumeTrue(Files.isDirectory(EXAMPLE), "no " + EXAMPLE);
        List<Path> tried = new ArrayList<>();
        Optional<Path> found = DemoCommand.locate(tried);

        assertThat(found).contains(EXAMPLE.normalize());
        assertThat(tried.get(0)).isEqualTo(Path.of("").toAbsolutePath().resolve(DemoCommand.EXAMPLE));
    }

    @Test
    void runsCheckOnTheExampleWithoutInternalErrors() {
        assumeTrue(Files.isDirectory(EXAMPLE), "no " + EXAMPLE);
        Cli.Result result = Cli.run("demo", "--format", "json");

        assertThat(result.err()).startsWith("worktime demo: checking ").doesNotContain("\tat ");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"schema\":\"worktime-report/3\"", "\"ruleId\":\"KR-LSA-53-1\"");
    }
}
