package org.worktime.io.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.ImportProfileReader;
import org.worktime.io.read.InputException;
import org.worktime.io.read.InputProblem;
import org.worktime.io.read.ParameterOverrides;

/**
 * Runs one fuzzer input through a reader as the command line does: the bytes become one file of an otherwise good
 * dataset folder (so the whole pipeline behind that reader runs), or a bundle, or an override file. The only outcomes
 * accepted are a dataset (or override table) and an {@link InputException}; anything else thrown is a finding that
 * Jazzer reports, and is to be fixed at its root with its input added to the seed corpus.
 */
final class FuzzedFolder {

    /** The good files the fuzzed one joins: a Seoul workplace, two employees with wages, shifts of both. */
    private static final Map<String, String> GOOD = Map.of(
            "workplace.yaml", """
                    id: fuzz-co
                    jurisdiction: KR
                    zone: Asia/Seoul
                    headcount: [{from: 2020-01-01, count: 12}]
                    """,
            "employees.csv", """
                    id,name,birth_date,hire_date,workdays,daily_hours,wage_type,wage_amount,currency,monthly_hours
                    E001,Kim Minji,1991-05-14,2019-03-04,MON-FRI,8h,monthly,3200000,KRW,209
                    E002,Lee Junho,2009-11-02,2025-07-03,MON-FRI,7h,hourly,10030,KRW,
                    """,
            "shifts.csv", """
                    employee,start,end,breaks
                    E001,2026-03-02T09:00,2026-03-02T18:00,12:00-13:00
                    E002,2026-03-02T22:00,2026-03-03T06:00,02:00-02:30
                    """);

    private static Path root;

    private FuzzedFolder() {
    }

    /** Reads a dataset folder whose file {@code name} holds the input (replacing the good one, if any). */
    static void read(String name, byte[] input) {
        Path folder = fresh();
        try {
            if (name.startsWith("employees.") && !name.equals("employees.csv")) {
                Files.delete(folder.resolve("employees.csv"));
            }
            if (name.startsWith("workplace.") && !name.equals("workplace.yaml")) {
                Files.delete(folder.resolve("workplace.yaml"));
            }
            if (name.equals("shifts.xlsx")) {
                Files.delete(folder.resolve("shifts.csv"));
            }
            Files.write(folder.resolve(name), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            DatasetReader.read(folder);
        } catch (InputException refused) {
            requireCleanMessages(refused);
        }
    }

    /** Reads the input as a bundle file. */
    static void bundle(byte[] input) {
        Path file = fresh().resolve("bundle.yaml");
        try {
            Files.write(file, input);
            DatasetReader.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException refused) {
            requireCleanMessages(refused);
        }
    }

    /** Reads the input as an import profile (YAML), as {@code --profile FILE} does. */
    static void profile(byte[] input) {
        Path file = fresh().resolve("profile.yaml");
        try {
            Files.write(file, input);
            ImportProfileReader.load(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException refused) {
            requireCleanMessages(refused);
        }
    }

    /** Reads the input as a --parameters file and checks it against the Korean pack's own table. */
    static void overrides(byte[] input) {
        Path file = fresh().resolve("overrides.txt");
        try {
            Files.write(file, input);
            ParameterOverrides.read(file).against(KoreanParameters.TABLE, "KR");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException refused) {
            requireCleanMessages(refused);
        }
    }

    /** A Java name in a message ("NullPointerException", "java.lang") is a bug caught and passed off as an input error. */
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Z][A-Za-z]*(Exception|Error)\\b|\\bjava\\.|unexpected error");

    /** A refusal is accepted only when it reads as the user's mistake: a message that names a Java exception is a finding. */
    static void requireCleanMessages(InputException refused) {
        for (InputProblem problem : refused.problems()) {
            if (JAVA_NAME.matcher(problem.message()).find()) {
                throw new AssertionError("an input error that names Java's internals (a bug passed off as the user's mistake): " + problem);
            }
        }
    }

    /** The folder with the good files, emptied of whatever the previous input left. */
    private static Path fresh() {
        try {
            if (root == null) {
                root = Files.createTempDirectory("worktime-fuzz");
                root.toFile().deleteOnExit();
            }
            Path folder = root.resolve("dataset");
            if (Files.exists(folder)) {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(folder);
            for (Map.Entry<String, String> file : GOOD.entrySet()) {
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
