package org.worktime.io.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of every reader (Jazzer). In the normal build each method replays its committed seed corpus,
 * {@code src/test/resources/org/worktime/io/fuzz/ReaderFuzzTestInputs/METHOD/} (seconds); {@code scripts/fuzz.sh
 * METHOD [minutes]} fuzzes one of them (JAZZER_FUZZ=1). A finding is an exception other than InputException: fix it at
 * its root, and keep its input as a seed.
 *
 * <p>Adding a reader is one line: a method giving the file name the reader reads in a dataset folder, e.g.
 * {@code @FuzzTest(maxDuration = MAX) void leave(byte[] input) { FuzzedFolder.read("leave.csv", input); }}, plus a seed
 * folder of the method's name.
 */
class ReaderFuzzTest {

    /** How long one fuzzing run lasts (scripts/fuzz.sh may stop it sooner); regression runs take only the seeds. */
    static final String MAX = "10m";

    @FuzzTest(maxDuration = MAX) void workplace(byte[] input) { FuzzedFolder.read("workplace.yaml", input); }

    @FuzzTest(maxDuration = MAX) void workplaceJson(byte[] input) { FuzzedFolder.read("workplace.json", input); }

    @FuzzTest(maxDuration = MAX) void employeesCsv(byte[] input) { FuzzedFolder.read("employees.csv", input); }

    @FuzzTest(maxDuration = MAX) void employeesYaml(byte[] input) { FuzzedFolder.read("employees.yaml", input); }

    @FuzzTest(maxDuration = MAX) void shiftsCsv(byte[] input) { FuzzedFolder.read("shifts.csv", input); }

    @FuzzTest(maxDuration = MAX) void shiftsXlsx(byte[] input) { FuzzedFolder.read("shifts.xlsx", input); }

    @FuzzTest(maxDuration = MAX) void earnings(byte[] input) { FuzzedFolder.read("earnings.csv", input); }

    @FuzzTest(maxDuration = MAX) void attestations(byte[] input) { FuzzedFolder.read("attestations.csv", input); }

    @FuzzTest(maxDuration = MAX) void leave(byte[] input) { FuzzedFolder.read("leave.csv", input); }

    @FuzzTest(maxDuration = MAX) void importProfile(byte[] input) { FuzzedFolder.profile(input); }

    @FuzzTest(maxDuration = MAX) void bundle(byte[] input) { FuzzedFolder.bundle(input); }

    @FuzzTest(maxDuration = MAX) void parameterOverrides(byte[] input) { FuzzedFolder.overrides(input); }
}
