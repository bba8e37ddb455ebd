package org.worktime.io.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.worktime.core.param.ParameterTable;

/**
 * The Korean pack's parameter file, read from the source tree (worktime-io does not depend on the packs): the table
 * that fuzzed override rows are checked against, with every type of value a pack writes.
 */
final class KoreanParameters {

    static final ParameterTable TABLE = read(Path.of("..", "worktime-kr", "src", "main", "resources", "org", "worktime", "kr",
            "parameters.txt"));

    private KoreanParameters() {
    }

    private static ParameterTable read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ParameterTable.read(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
