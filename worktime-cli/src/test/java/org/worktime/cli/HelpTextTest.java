package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The usage help comes from the bundle {@code org/worktime/cli/help*.properties}. In English it is byte for byte the
 * help the inline annotations printed: {@code src/test/resources/help/*.en.txt} were captured before the texts moved.
 */
class HelpTextTest {

    static final List<String> COMMANDS = List.of("check", "pay", "watch", "exempt", "import", "rules", "explain", "demo",
            "simulate", "plan", "generate-completion", "help");

    @Test
    void theEnglishHelpOfCheckIsTheOneCapturedBeforeTheMove() throws IOException {
        Cli.Result r = Cli.run("check", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(captured("check"));
    }

    @Test
    void theEnglishHelpOfTheRootIsTheOneCapturedBeforeTheMove() throws IOException {
        assertThat(Cli.run("--help").out()).isEqualTo(captured("worktime"));
        assertThat(Cli.runAsMain("--help").out()).isEqualTo(captured("worktime"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "pay", "watch", "exempt", "import", "rules", "explain", "demo", "simulate", "plan",
        "generate-completion", "help"})
    void everyCommandsEnglishHelpIsUnchanged(String command) throws IOException {
        assertThat(Cli.run(command, "--help").out()).isEqualTo(captured(command));
        // As main runs it, in an English JVM without WORKTIME_LANG: the root bundle, not a language's.
        assertThat(Cli.runAsMain(command, "--help").out()).isEqualTo(captured(command));
    }

    @Test
    void englishAskedForIsEnglish() throws IOException {
        assertThat(Cli.runAsMain("check", "--help", "--lang", "en").out()).isEqualTo(captured("check"));
        assertThat(Cli.runAsMain("plan", "--lang=en", "--help").out()).isEqualTo(captured("plan"));
    }

    static String captured(String command) throws IOException {
        try (InputStream in = HelpTextTest.class.getResourceAsStream("/help/" + command + ".en.txt")) {
            assertThat(in).as("captured help of " + command).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
