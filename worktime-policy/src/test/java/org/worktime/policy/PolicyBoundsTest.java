package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.io.read.InputException;

/** Numbers beyond reason in a policy file are refused where they are read, naming file, line and field (issue 11). */
class PolicyBoundsTest {

    @TempDir
    Path dir;

    @Test
    void anAstronomicalThresholdIsRefused() throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, PolicyFileReaderTest.GOOD.replace("amount: 100000000", "amount: 1E999999999"));

        assertThatThrownBy(() -> PolicyFiles.read(file, Fixtures.PACK)).isInstanceOf(InputException.class)
                .hasMessage(file + ":8: field 'salary.threshold.amount': 1E999999999 is too large (at most 1000000000000000)");
    }

    @Test
    void aYamlAliasIsRefused() throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, PolicyFileReaderTest.GOOD.replace("name: {en: X, ko: 엑스}", "name: *n"));

        assertThatThrownBy(() -> PolicyFiles.read(file, Fixtures.PACK)).isInstanceOf(InputException.class)
                .hasMessage(file + ":2: a YAML alias (*n): anchors and aliases are not supported; write the value out in full");
    }
}
