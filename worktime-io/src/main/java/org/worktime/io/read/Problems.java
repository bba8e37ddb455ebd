package org.worktime.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects problems, at most {@link #CAP_PER_FILE} per file, then one note that reading stopped. */
public final class Problems {

    static final int CAP_PER_FILE = 100;

    private final List<InputProblem> all = new ArrayList<>();
    private final Map<Path, Integer> perFile = new HashMap<>();
    private final Set<Path> full = new HashSet<>();
    private Quarantine quarantine;

    /** Row problems of the files the quarantine covers go to it instead (see {@link Quarantine}). */
    void divertTo(Quarantine quarantine) {
        this.quarantine = quarantine;
    }

    Quarantine quarantine() {
        return quarantine;
    }

    public void add(Path file, int line, String field, String message) {
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
                    "stopped after " + CAP_PER_FILE + " problems in this file; fix these and read it again"));
            return;
        }
        all.add(new InputProblem(file, line, field, message));
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
            throw new InputException(all);
        }
    }
}
