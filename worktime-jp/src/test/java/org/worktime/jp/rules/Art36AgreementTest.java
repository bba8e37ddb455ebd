package org.worktime.jp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.InvalidDataException;

/** The 起算日 of an Art. 36 agreement as users write it. */
class Art36AgreementTest {

    private static Art36Agreement from(String validFrom, String yearStart) {
        return new Art36Agreement(new Agreement("JP-LSA-36", LocalDateRange.ofClosed(LocalDate.parse(validFrom),
                LocalDate.parse(validFrom).plusYears(1).minusDays(1)), Set.of(), yearStart == null ? Map.of() : Map.of("yearStart", yearStart)));
    }

    @Test
    void aDateAMonthAndDayOrNothing() {
        assertThat(from("2026-04-01", "2026-04-01").yearStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(from("2026-04-01", "04-01").yearStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        // A renewal signed mid-year keeps the year that began on the last 1 April.
        assertThat(from("2026-05-15", "04-01").yearStart()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(from("2026-02-01", "04-01").yearStart()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(from("2026-04-01", null).yearStart()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void anythingElseIsNamedNotGuessed() {
        assertThatThrownBy(() -> from("2026-04-01", "April").yearStart()).isInstanceOf(InvalidDataException.class)
                .hasMessage("the Art. 36 agreement's yearStart is 'April', neither a date (2026-04-01) nor a month and day (04-01)");
    }
}
