package org.worktime.policy.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.worktime.io.read.InputException;
import org.worktime.kr.KoreanPack;
import org.worktime.policy.PolicyFiles;

/**
 * Coverage-guided fuzzing of the policy file reader (Jazzer), as worktime-io's ReaderFuzzTest does for the dataset
 * readers: the normal build replays the seeds in {@code PolicyFuzzTestInputs/policy/}; {@code scripts/fuzz.sh policy
 * [minutes]} fuzzes. The only outcomes accepted are a policy and an {@link InputException}.
 */
class PolicyFuzzTest {

    private static final KoreanPack KOREA = new KoreanPack();
    private static Path file;

    @FuzzTest(maxDuration = "10m")
    void policy(byte[] input) throws IOException {
        if (file == null) {
            file = Files.createTempDirectory("worktime-fuzz").resolve("policy.yaml");
        }
        try {
            Files.write(file, input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            PolicyFiles.read(file, KOREA);
        } catch (InputException expected) {
            // a clear refusal, naming file, line and field
        }
    }
}
