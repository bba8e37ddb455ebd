package org.worktime.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated Korean dataset for the streaming tests: the kr-team workplace and employees, and a few hundred random
 * shifts each over twelve weeks (long days, night work, Sundays), written shuffled (not grouped by employee) or grouped.
 */
final class GeneratedDataset {

    private GeneratedDataset() {
    }

    static Path write(Path folder, long seed, boolean grouped) throws IOException {
        Files.createDirectories(folder);
        Path team = Path.of("..", "examples", "kr-team");
        Files.copy(team.resolve("workplace.yaml"), folder.resolve("workplace.yaml"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(team.resolve("employees.csv"), folder.resolve("employees.csv"), StandardCopyOption.REPLACE_EXISTING);
        SplittableRandom random = new SplittableRandom(seed);
        List<List<String>> byEmployee = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 3, 2);
        for (int e = 1; e <= 8; e++) {
            List<String> rows = new ArrayList<>();
            String id = String.format("E%03d", e);
            for (int d = 0; d < 84; d++) {
                if (random.nextInt(10) < 2) {
                    continue;
                }
                LocalDate day = first.plusDays(d);
                int startHour = random.nextInt(10) < 8 ? 8 + random.nextInt(3) : 18 + random.nextInt(3);
                int hours = startHour < 12 ? 6 + random.nextInt(7) : 6 + random.nextInt(5);
                String start = day + "T" + two(startHour) + ":" + (random.nextBoolean() ? "00" : "30");
                int endHour = startHour + hours;
                LocalDate endDay = endHour >= 24 ? day.plusDays(1) : day;
                String end = endDay + "T" + two(endHour % 24) + ":" + (random.nextBoolean() ? "00" : "15");
                String breaks = hours >= 8 && startHour < 12 ? two(startHour + 3) + ":00-" + two(startHour + 4) + ":00" : "";
                rows.add(id + "," + start + "," + end + "," + breaks);
            }
            byEmployee.add(rows);
        }
        List<String> lines = new ArrayList<>();
        byEmployee.forEach(lines::addAll);
        if (!grouped) {
            Collections.shuffle(lines, new java.util.Random(seed));
        }
        lines.add(0, "employee,start,end,breaks");
        Files.write(folder.resolve("shifts.csv"), lines, StandardCharsets.UTF_8);
        return folder;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
