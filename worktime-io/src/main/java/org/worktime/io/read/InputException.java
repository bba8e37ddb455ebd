package org.worktime.io.read;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An input could not be read. Carries every problem found (up to 100 per file), never a half-read result.
 * {@link #getMessage()} lists the problems, one per line.
 */
public class InputException extends Exception {

    private final List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    /** One problem about a whole file. */
    public static InputException of(Path file, String message) {
        return new InputException(new InputProblem(file, 0, null, message));
    }

    /** The problems in the order they were found. */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String describe(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }
}
