package org.worktime.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.worktime.core.domain.Dataset;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.InputException;

/**
 * The small tables of every workplace (workplace.yaml, employees, earnings, attestations, leave), one documented dataset
 * folder per workplace, carried as the files' bytes so that one broadcast brings them to every executor. Each executor
 * reads them once with the CLI's own {@link DatasetReader} (same validation, same messages): a dataset without shifts,
 * from which each employee's unit of work takes its records.
 */
public final class WorkplaceTables implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The files of a workplace folder that are small tables; shift files are read by Spark. */
    static final List<String> FILES = List.of("workplace.yaml", "workplace.yml", "workplace.json", "employees.csv", "employees.yaml",
            "employees.yml", "employees.json", "earnings.csv", "attestations.csv", "leave.csv");

    private final TreeMap<String, TreeMap<String, byte[]>> files;
    private transient Map<String, Dataset> read;
    private transient Map<String, Map<String, Integer>> indexes;

    private WorkplaceTables(TreeMap<String, TreeMap<String, byte[]>> files) {
        this.files = files;
    }

    /** Every sub-folder of {@code root} that has a workplace file is a workplace, named by the folder. */
    public static WorkplaceTables of(Path root) throws IOException {
        TreeMap<String, TreeMap<String, byte[]>> all = new TreeMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                TreeMap<String, byte[]> own = new TreeMap<>();
                for (String name : FILES) {
                    Path file = folder.resolve(name);
                    if (Files.isRegularFile(file)) {
                        own.put(name, Files.readAllBytes(file));
                    }
                }
                if (own.keySet().stream().anyMatch(n -> n.startsWith("workplace."))) {
                    all.put(folder.getFileName().toString(), own);
                }
            }
        }
        return new WorkplaceTables(all);
    }

    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    public boolean has(String workplace) {
        return files.containsKey(workplace);
    }

    /**
     * The workplace's dataset without shifts, read once per JVM: written to a temporary folder with an empty shifts.csv
     * and read by {@link DatasetReader}, so a problem in a small table fails the job as it fails the CLI (exit 2).
     */
    public Dataset tables(String workplace) {
        Map<String, Dataset> cache;
        synchronized (this) {
            if (read == null) {
                read = new ConcurrentHashMap<>();
            }
            cache = read;
        }
        return cache.computeIfAbsent(workplace, this::load);
    }

    /** The employee's place in the workplace's employees file (the CLI's report order), or -1. */
    public int indexOf(String workplace, String employee) {
        Map<String, Map<String, Integer>> cache;
        synchronized (this) {
            if (indexes == null) {
                indexes = new ConcurrentHashMap<>();
            }
            cache = indexes;
        }
        return cache.computeIfAbsent(workplace, w -> {
            Map<String, Integer> places = new java.util.HashMap<>();
            List<org.worktime.core.domain.Employee> employees = tables(w).employees();
            for (int i = 0; i < employees.size(); i++) {
                places.put(employees.get(i).id(), i);
            }
            return places;
        }).getOrDefault(employee, -1);
    }

    private Dataset load(String workplace) {
        try {
            Path dir = Files.createTempDirectory("worktime-spark-" + workplace.replaceAll("[^A-Za-z0-9_-]", "_") + "-");
            try {
                for (Map.Entry<String, byte[]> file : files.get(workplace).entrySet()) {
                    Files.write(dir.resolve(file.getKey()), file.getValue());
                }
                Files.writeString(dir.resolve("shifts.csv"), "employee,start,end\n");
                return DatasetReader.read(dir);
            } finally {
                try (Stream<Path> walk = Files.list(dir)) {
                    for (Path p : walk.toList()) {
                        Files.delete(p);
                    }
                }
                Files.delete(dir);
            }
        } catch (InputException e) {
            throw new IllegalArgumentException(workplace + ": " + e.message(org.worktime.core.i18n.Language.EN), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
