package org.worktime.io.read;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Helpers for the reader tests. */
final class Fixtures {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** The standard good workplace used by the folder tests. */
    static final String WORKPLACE = """
            id: acme-seoul
            jurisdiction: KR
            zone: Asia/Seoul
            """;

    static final String EMPLOYEES = """
            id,name
            E001,Kim Minji
            E002,Lee Junho
            """;

    private Fixtures() {
    }

    /** A test resource under {@code src/test/resources/datasets}. */
    static Path dataset(String name) {
        return Path.of("src", "test", "resources", "datasets", name);
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputException failure(ThrowingCallable call) {
        InputException e = catchThrowableOfType(InputException.class, call);
        if (e == null) {
            throw new AssertionError("expected an InputException");
        }
        return e;
    }

    /** The problems as their one-line texts. */
    static List<String> messages(ThrowingCallable call) {
        return failure(call).problems().stream().map(InputProblem::toString).toList();
    }

    static Instant seoul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }
}
