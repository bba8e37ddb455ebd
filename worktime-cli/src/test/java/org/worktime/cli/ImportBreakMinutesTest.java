package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.domain.Shift;

/** The dataset import writes keeps break minutes without their times in a break_minutes column, only when there are some. */
class ImportBreakMinutesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static Shift shift(String start, String end) {
        return Shift.of("E001", LocalDateTime.parse(start).atZone(SEOUL).toInstant(), LocalDateTime.parse(end).atZone(SEOUL).toInstant());
    }

    @Test
    void breakMinutesAreWrittenInTheirOwnColumnOnlyWhenAShiftHasThem(@TempDir Path dir) throws Exception {
        Path with = dir.resolve("with.csv");
        ImportCommand.write(with, List.of(shift("2026-03-02T09:00", "2026-03-02T18:00").withUnplacedBreakSeconds(3600),
                shift("2026-03-03T09:00", "2026-03-03T13:00")), SEOUL, SEOUL);
        assertThat(Files.readString(with)).isEqualTo("""
                employee,start,end,breaks,break_minutes
                E001,2026-03-02T09:00,2026-03-02T18:00,,60
                E001,2026-03-03T09:00,2026-03-03T13:00,,
                """);
        Path without = dir.resolve("without.csv");
        ImportCommand.write(without, List.of(shift("2026-03-03T09:00", "2026-03-03T13:00")), SEOUL, SEOUL);
        assertThat(Files.readString(without)).isEqualTo("""
                employee,start,end,breaks
                E001,2026-03-03T09:00,2026-03-03T13:00,
                """);
    }
}
