package org.worktime.io.read;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * An input could not be read. Carries every problem found (up to 100 per file), never a half-read result.
 * {@link #getMessage()} lists the problems, one per line.
 */
public class InputException extends Exception {

    private final List<InputProblem> problems;
    private final boolean ioFailure;

    public InputException(List<InputProblem> problems) {
        this(problems, false);
    }

    /** @param ioFailure whether a file could not be read because the disk failed (not because of what it holds) */
    public InputException(List<InputProblem> problems, boolean ioFailure) {
        super(describe(problems));
        this.ioFailure = ioFailure;
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An input exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    /** One problem about a whole file. */
    public static InputException of(Path file, Text message) {
        return new InputException(new InputProblem(file, 0, null, message));
    }

    /**
     * One problem about a whole file, in words that are the same in every language.
     *
     * @deprecated say it with a catalog message, {@link #of(Path, Text)}
     */
    @Deprecated
    public static InputException of(Path file, String message) {
        return of(file, Text.verbatim(message));
    }

    /** The problems in a language, one per line ({@link #getMessage()} is the English). */
    public String message(Language language) {
        return problems.stream().map(p -> p.in(language)).collect(Collectors.joining("\n"));
    }

    /** Whether reading failed on the disk's side (an input/output error), not on the user's content. */
    public boolean isIoFailure() {
        return ioFailure;
    }

    /** The problems in the order they were found. */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String describe(List<InputProblem> problems) {
        return problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n"));
    }
}
