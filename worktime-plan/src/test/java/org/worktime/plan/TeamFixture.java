package org.worktime.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.worktime.core.domain.Dataset;
import org.worktime.io.read.DatasetReader;
import org.worktime.io.read.InputException;

/** A small Korean team written to files and read back through the real dataset reader. */
final class TeamFixture {

    static final String WORKPLACE = """
            id: lab
            name: Lab
            jurisdiction: KR
            zone: Asia/Seoul
            weekStart: MONDAY
            headcount:
              - {from: 2020-01-01, count: 120}
            calendar:
              weeklyHoliday: SUNDAY
              daysOff: [SATURDAY]
            attributes: {industry: M7011}
            """;

    private TeamFixture() {
    }

    /** Employees A, B (research) and C (operations), monthly KRW 3,000,000 for 209 h. */
    static Path write(Path dir) throws IOException {
        return write(dir, "team", 3_000_000);
    }

    /** The same team in the folder, paid the monthly wage in KRW. */
    static Path write(Path dir, String name, long monthly) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("workplace.yaml"), WORKPLACE, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("employees.csv"), """
                id,name,birth_date,hire_date,wage_type,wage_amount,currency,monthly_hours,attr.jobFamily
                A,A,1990-01-01,2020-01-01,monthly,%1$d,KRW,209,research
                B,B,1990-01-01,2020-01-01,monthly,%1$d,KRW,209,research
                C,C,1990-01-01,2020-01-01,monthly,%1$d,KRW,209,operations
                """.formatted(monthly), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("shifts.csv"), "employee,start,end,breaks\nA,2026-03-06T09:00,2026-03-06T18:00,12:00-13:00\n",
                StandardCharsets.UTF_8);
        return folder;
    }

    static Dataset read(Path folder) throws InputException {
        return DatasetReader.read(folder);
    }

    /** A project file with the given body after the common head. */
    static Path project(Path dir, String body) throws IOException {
        Path file = dir.resolve("project.yaml");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        return file;
    }
}
