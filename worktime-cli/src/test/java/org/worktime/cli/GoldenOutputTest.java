package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole output of {@code check} and {@code pay} on the three example teams, in text and JSON, in English, Korean
 * and Japanese, compared byte for byte with {@code src/test/resources/golden/EXAMPLE.COMMAND.LANG.txt|json}. A change
 * in any sentence, label, number or layout shows here as a diff to review. After a deliberate change, rewrite them
 * with {@code -Dworktime.updateGolden=true} (and read the diff before committing).
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final boolean UPDATE = Boolean.getBoolean("worktime.updateGolden");

    static List<String[]> outputs() {
        List<String[]> all = new ArrayList<>();
        for (String example : List.of("kr-team", "jp-team", "us-team")) {
            for (String command : List.of("check", "pay")) {
                for (String format : List.of("text", "json")) {
                    for (String language : List.of("en", "ko", "ja")) {
                        all.add(new String[] {example, command, format, language});
                    }
                }
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} {1} --format {2} --lang {3}")
    @MethodSource("outputs")
    void theOutputIsTheGoldenOne(String example, String command, String format, String language) throws IOException {
        // JSON indented, so that a change reads as a diff (compact, the default, is the same document: StreamRunTest).
        Cli.Result result = format.equals("json")
                ? Cli.run(command, Path.of("..", "examples", example).toString(), "--format", format, "--lang", language, "--pretty")
                : Cli.run(command, Path.of("..", "examples", example).toString(), "--format", format, "--lang", language);
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isIn(ExitCodes.CLEAN, ExitCodes.VIOLATIONS);
        Path file = GOLDEN.resolve(example + "." + command + "." + language + (format.equals("json") ? ".json" : ".txt"));
        byte[] actual = result.out().getBytes(StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.write(file, actual);
        }
        assertThat(Files.exists(file)).as("%s exists (run with -Dworktime.updateGolden=true to write it)", file).isTrue();
        assertThat(new String(actual, StandardCharsets.UTF_8)).as("output against %s", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(Files.readAllBytes(file));
    }
}
