package org.worktime.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.worktime.core.testing.Scenario;

class LeaveTest {

    private static final LocalDate MONDAY = LocalDate.parse("2026-03-09");

    private static Dataset dataset(Shift... shifts) {
        Employee employee = new Employee("E1", null, null, LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"),
                ContractualHours.fullTime(), null, List.of(), null, null);
        return Dataset.of(Scenario.in("KR", "Asia/Seoul").workplace(), List.of(employee), List.of(shifts));
    }

    @Test
    void aRangeIsHalfOpenAndAPartDayIsOneDay() {
        Leave week = Leave.days("E1", Leave.Kind.ANNUAL, MONDAY, MONDAY.plusDays(4));
        assertThat(week.days()).isEqualTo(5);
        assertThat(week.covers(MONDAY.plusDays(4))).isTrue();
        assertThat(week.covers(MONDAY.plusDays(5))).isFalse();
        assertThat(Leave.hours("E1", Leave.Kind.ANNUAL, MONDAY, Duration.ofHours(4)).days()).isEqualTo(1);
    }

    @Test
    void partDayLeaveIsRefusedOverSeveralDaysOrOutsideZeroToTwentyFourHours() {
        assertThatThrownBy(() -> new Leave("E1", org.threeten.extra.LocalDateRange.ofClosed(MONDAY, MONDAY.plusDays(1)), Leave.Kind.ANNUAL,
                Duration.ofHours(4))).hasMessageContaining("Part-day leave covers a single day");
        assertThatThrownBy(() -> Leave.hours("E1", Leave.Kind.ANNUAL, MONDAY, Duration.ZERO)).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> Leave.hours("E1", Leave.Kind.ANNUAL, MONDAY, Duration.ofMinutes(24 * 60 + 1)))
                .hasMessageContaining("at most 24 hours");
        assertThat(Leave.hours("E1", Leave.Kind.ANNUAL, MONDAY, Duration.ofHours(24)).isPartDay()).isTrue();
    }

    @Test
    void theKindsAreAClosedVocabulary() {
        assertThat(Leave.Kind.codes()).containsExactly("annual", "sick", "maternity", "compensatory", "unpaid", "other");
        assertThat(Leave.Kind.parse("Annual")).contains(Leave.Kind.ANNUAL);
        assertThat(Leave.Kind.parse("anual")).isEmpty();
    }

    @Test
    void overlappingRecordsAreRefusedTouchingOnesAreNot() {
        Leave first = Leave.days("E1", Leave.Kind.ANNUAL, MONDAY, MONDAY.plusDays(1));
        assertThat(dataset().withLeave(List.of(first, Leave.days("E1", Leave.Kind.SICK, MONDAY.plusDays(2), MONDAY.plusDays(2))))
                .leaveOf("E1")).hasSize(2);
        assertThatThrownBy(() -> dataset().withLeave(List.of(first, Leave.days("E1", Leave.Kind.SICK, MONDAY.plusDays(1), MONDAY.plusDays(3)))))
                .hasMessage("Leave records of employee E1 overlap: 2026-03-09/2026-03-11 and 2026-03-10/2026-03-13");
    }

    @Test
    void leaveOutsideTheEmploymentOrOfAnUnknownEmployeeIsRefused() {
        assertThatThrownBy(() -> dataset().withLeave(List.of(Leave.days("E1", Leave.Kind.ANNUAL, LocalDate.parse("2026-12-31"),
                LocalDate.parse("2027-01-01"))))).hasMessage("Leave of employee E1 from 2026-12-31 to 2027-01-01 falls outside the employment");
        assertThatThrownBy(() -> dataset().withLeave(List.of(Leave.days("E2", Leave.Kind.ANNUAL, MONDAY, MONDAY))))
                .hasMessage("Leave of unknown employee E2");
    }

    @Test
    void aWholeDayOfLeaveOnADayWithARecordedShiftIsRefusedAPartDayIsNot() {
        // 09:00-13:00 in Seoul on Monday 2026-03-09 (00:00-04:00 UTC).
        Shift shift = new Shift("E1", Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-09T04:00:00Z"), List.of(),
                Shift.Origin.ACTUAL, false);
        assertThatThrownBy(() -> dataset(shift).withLeave(List.of(Leave.days("E1", Leave.Kind.ANNUAL, MONDAY, MONDAY))))
                .hasMessage("Employee E1 has a whole day of annual leave on 2026-03-09 and a recorded shift starting that day");
        assertThat(dataset(shift).withLeave(List.of(Leave.hours("E1", Leave.Kind.ANNUAL, MONDAY, Duration.ofHours(4)))).leaveOf("E1"))
                .hasSize(1);
    }
}
