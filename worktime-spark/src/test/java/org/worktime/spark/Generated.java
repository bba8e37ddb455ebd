package org.worktime.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.worktime.core.domain.Employee;
import org.worktime.io.read.DatasetReader;

/**
 * A generated multi-workplace dataset: copies of the bundled Korean, US and Japanese teams, each with seeded random
 * shifts over four weeks (long days, nights across midnight, weekend work, some days off), as one shifts table with a
 * {@code workplace} column, and the same shifts in each workplace's own folder for the CLI.
 */
final class Generated {

    static final String HEADER = "workplace,employee,start,end,breaks";

    record Result(Path workplaces, Path shifts, Path reference, List<String> good) {
    }

    private Generated() {
    }

    static Result write(Path root, Path examples, int copies, long seed) throws IOException {
        return write(root, examples, List.of("kr-team", "us-team", "jp-team"), copies, seed, false);
    }

    /** Copies of the templates' teams; with {@code attestations}, their attestations too (the simulation's consents). */
    static Result write(Path root, Path examples, List<String> templates, int copies, long seed, boolean attestations)
            throws IOException {
        Path workplaces = Files.createDirectories(root.resolve("workplaces"));
        Path reference = Files.createDirectories(root.resolve("reference"));
        Random random = new Random(seed);
        List<String> table = new ArrayList<>();
        table.add(HEADER);
        for (String template : templates) {
            for (int copy = 1; copy <= copies; copy++) {
                String name = template + "-" + copy;
                Path small = Files.createDirectories(workplaces.resolve(name));
                Path full = Files.createDirectories(reference.resolve(name));
                for (String file : WorkplaceTables.FILES) {
                    Path from = examples.resolve(template).resolve(file);
                    if (Files.exists(from) && (attestations || !file.equals("attestations.csv"))) {
                        Files.copy(from, small.resolve(file));
                        Files.copy(from, full.resolve(file));
                    }
                }
                List<String> own = new ArrayList<>();
                own.add("employee,start,end,breaks");
                LocalDate monday = template.equals("us-team") ? LocalDate.of(2026, 3, 16) : LocalDate.of(2026, 3, 2);
                try {
                    for (Employee e : DatasetReader.read(examples.resolve(template)).employees()) {
                        for (int day = 0; day < 28; day++) {
                            String row = shift(e.id(), monday.plusDays(day), random);
                            if (row != null) {
                                own.add(row);
                                table.add(name + "," + row);
                            }
                        }
                    }
                } catch (org.worktime.io.read.InputException ex) {
                    throw new IOException(ex);
                }
                Files.write(full.resolve("shifts.csv"), own);
            }
        }
        List<String> good = List.copyOf(table);
        Path shifts = root.resolve("shifts.csv");
        Files.write(shifts, table);
        return new Result(workplaces, shifts, reference, good);
    }

    /** One day: off (1 in 6, more at weekends), a day shift of 8 to 13 hours, or a night shift across midnight. */
    private static String shift(String employee, LocalDate date, Random random) {
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        if (random.nextInt(weekend ? 3 : 6) != 0 == weekend) {
            return null;
        }
        if (random.nextInt(8) == 0) {
            return employee + "," + date + "T22:00," + date.plusDays(1) + "T06:30,01:00-01:30";
        }
        int start = 7 + random.nextInt(3);
        int hours = 8 + random.nextInt(6);
        int minutes = random.nextInt(4) * 15;
        return employee + "," + date + "T" + two(start) + ":00," + date + "T" + two(start + hours) + ":" + two(minutes)
                + ",12:00-13:00";
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
