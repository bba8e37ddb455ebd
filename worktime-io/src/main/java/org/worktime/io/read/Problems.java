package org.worktime.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.worktime.core.finding.Text;

/** Collects problems, at most {@link #CAP_PER_FILE} per file, then one note that reading stopped. */
public final class Problems {

    static final int CAP_PER_FILE = 100;

    private final List<InputProblem> all = new ArrayList<>();
    private final Map<Path, Integer> perFile = new HashMap<>();
    private final Set<Path> full = new HashSet<>();
    private boolean ioFailure;
    private Quarantine quarantine;

    private final org.worktime.core.rule.Vocabulary vocabulary;

    /** Problems of a read that checks no pack's words (a part read alone). */
    public Problems() {
        this(org.worktime.core.rule.Vocabulary.EMPTY);
    }

    /** Problems of a read that checks the packs' words against this vocabulary (see {@link VocabularyCheck}). */
    public Problems(org.worktime.core.rule.Vocabulary vocabulary) {
        this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
    }

    /** The words the read checks the packs' fields against. */
    public org.worktime.core.rule.Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Row problems of the files the quarantine covers go to it instead (see {@link Quarantine}). */
    void divertTo(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    Quarantine quarantine() {
        return quarantine;
    }

    /** A problem: what is wrong, a message of the io catalog, where it is. */
    public void add(Path file, int line, String field, Text message) {
        if (quarantine != null && quarantine.covered(file, line)) {
            quarantine.reject(new InputProblem(file, line, field, message));
            return;
        }
        if (full.contains(file)) {
            return;
        }
        int count = perFile.merge(file, 1, Integer::sum);
        if (count > CAP_PER_FILE) {
            full.add(file);
            all.add(new InputProblem(file, 0, null,
                    Text.of("io.read.problem.stopped", "count", CAP_PER_FILE)));
            return;
        }
        all.add(new InputProblem(file, line, field, message));
    }

    /**
     * The disk failed while reading the file (not the user's content, nor the path they gave): reported like any
     * problem, and marked so that the command line exits with its I/O failure code.
     */
    public void ioFailure(Path file, java.io.IOException e) {
        ioFailure = true;
        String detail = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        add(file, 0, null, Text.of("io.read.problem.io-error", "detail", detail == null ? e.getClass().getSimpleName() : detail));
    }

    /** Whether a disk failure was reported (see {@link #ioFailure(Path, java.io.IOException)}). */
    boolean hasIoFailure() {
        return ioFailure;
    }

    /** Marks the problems as including a disk failure already reported elsewhere (problems moved from another set). */
    void ioFailure() {
        ioFailure = true;
    }

    /** Whether the file reached its cap: readers stop reading it. */
    public boolean isFull(Path file) {
        return full.contains(file);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public int size() {
        return all.size();
    }

    public List<InputProblem> list() {
        return List.copyOf(all);
    }

    public void throwIfAny() throws InputException {
        if (!all.isEmpty()) {
            throw new InputException(all, ioFailure);
        }
    }
}
