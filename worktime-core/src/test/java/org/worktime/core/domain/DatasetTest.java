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
        return employee("E1");
    }

    private static Employee employee(String id) {
        return new Employee(id, null, null, null, null, ContractualHours.fullTime(), null, List.of(), null, null);
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

    @Test
    void onlySomeEmployeesKeepEveryRecordOfTheirsAndNoneOfTheOthers() {
        // A filter (--employee, --where) or a slice of the workforce must evaluate exactly what the whole would for them:
        // their shifts, earnings, attestations and leave, and whether leave is recorded at all.
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 10);
        Shift e1 = shift("2026-03-09T00:00:00Z", "2026-03-09T09:00:00Z", Shift.Origin.ACTUAL);
        Shift e2 = new Shift("E2", Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-09T08:00:00Z"), List.of(),
                Shift.Origin.ACTUAL, false);
        Earning bonus = Earning.of("E2", "bonus.nondiscretionary", org.joda.money.Money.parse("KRW 100000"),
                org.threeten.extra.LocalDateRange.ofClosed(day, day));
        Attestation duties = new Attestation("E2", "kr.duties.managerial", true, "HR", day,
                org.threeten.extra.LocalDateRange.ofClosed(day, day), null);
        Leave annual = Leave.days("E2", Leave.Kind.ANNUAL, day, day);
        Dataset all = Dataset.of(workplace(), List.of(employee("E1"), employee("E2")), List.of(e1, e2))
                .withEarnings(List.of(bonus)).withAttestations(List.of(duties)).withLeave(List.of(annual));

        Dataset only = all.only(List.of(all.employee("E2")));

        assertThat(only.employees()).extracting(Employee::id).containsExactly("E2");
        assertThat(only.shiftsOf("E2")).containsExactly(e2);
        assertThat(only.shiftsOf("E1")).isEmpty();
        assertThat(only.shiftCount()).isEqualTo(1);
        assertThat(only.earningsOf("E2")).containsExactly(bonus);
        assertThat(only.attestationsOf("E2")).containsExactly(duties);
        assertThat(only.leaveOf("E2")).containsExactly(annual);
        assertThat(only.leaveRecorded()).isTrue();
        assertThat(all.only(List.of(all.employee("E1"))).leaveOf("E1")).isEmpty();
        assertThatThrownBy(() -> all.only(List.of(employee("E9")))).hasMessage("Employee E9 is not in the dataset");
    }
}
