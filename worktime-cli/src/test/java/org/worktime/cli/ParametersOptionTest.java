package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --parameters FILE}: the user's own rows replace the pack's rows of the same keys. */
class ParametersOptionTest {

    @Test
    void aRaisedCapLiftsTheFindingAndTheCitationNamesTheOverride(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("policy.txt");
        Files.writeString(file, """
                # A proposal: 20 hours of extended work a week
                kr.lsa53.extension-cap | * | 20h | 2000-01-01 |  | Labor Standards Act (proposal) | Art. 53(1) | policy draft 1 | file
                """);
        Cli.Result before = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "csv");
        Cli.Result after = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "csv", "--parameters", file.toString());

        assertThat(before.out()).contains("KR-LSA-53-1");
        assertThat(after.err()).isEmpty();
        assertThat(after.out()).doesNotContain("KR-LSA-53-1");
    }

    @Test
    void aBadParameterFileIsAUserErrorNamingLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "\nkr.lsa53.extension-cap | * | 20h | 2000-13-01 |  | L | A | v | s\n");
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--parameters", file.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime check: cannot read the parameter file:\n  " + file
                + ":2: field 'from': 2000-13-01 is not a date (no month 13)\n");
    }

    @Test
    void aMissingParameterFileIsAUserError() {
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--parameters", "no-such-file.txt");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("worktime check: cannot read the parameter file:\n  no-such-file.txt: no such file\n");
    }
}
