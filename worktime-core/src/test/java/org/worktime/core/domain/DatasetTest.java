package org.worktime.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.Scenario;

class DatasetTest {

    private static Shift shift(String start, String end, Shift.Origin origin) {
        return new Shift("E1", Instant.parse(start), Instant.parse(end), List.of(), origin, false);
    }

    private static Workplace workplace() {
        return Scenario.in("KR", "Asia/Seoul").workplace();
    }

    private static Employee employee() {
        return new Employee("E1", null, null, null, null, ContractualHours.fullTime(), null, List.of(), null, null);
    }

    @Test
    void overlappingRecordsAreRefusedEvenWithAPlannedShiftBetweenThem() {
        List<Shift> shifts = List.of(
                shift("2026-03-09T00:00:00Z", "2026-03-09T10:00:00Z", Shift.Origin.ACTUAL),
                shift("2026-03-09T01:00:00Z", "2026-03-09T02:00:00Z", Shift.Origin.PLANNED),
                shift("2026-03-09T03:00:00Z", "2026-03-09T04:00:00Z", Shift.Origin.ACTUAL));
        assertThatThrownBy(() -> Dataset.of(workplace(), List.of(employee()), shifts))
                .hasMessage("Shifts of employee E1 overlap: 2026-03-09T00:00:00Z -> 2026-03-09T10:00:00Z and "
                        + "2026-03-09T03:00:00Z -> 2026-03-09T04:00:00Z");
    }

    @Test
    void aPlanMayOverlapTheRecordAndTouchingShiftsDoNotOverlap() {
        List<Shift> shifts = List.of(
                shift("2026-03-09T00:00:00Z", "2026-03-09T09:00:00Z", Shift.Origin.ACTUAL),
                shift("2026-03-09T00:00:00Z", "2026-03-09T08:00:00Z", Shift.Origin.PLANNED),
                shift("2026-03-09T09:00:00Z", "2026-03-09T10:00:00Z", Shift.Origin.ACTUAL));
        assertThat(Dataset.of(workplace(), List.of(employee()), shifts).shiftsOf("E1")).hasSize(3);
    }

    @Test
    void shiftsOfUnknownEmployeesAreRefused() {
        assertThatThrownBy(() -> Dataset.of(workplace(), List.of(), List.of(shift("2026-03-09T00:00:00Z", "2026-03-09T09:00:00Z",
                Shift.Origin.ACTUAL)))).hasMessage("Shift of unknown employee E1 starting 2026-03-09T00:00:00Z");
    }
}
