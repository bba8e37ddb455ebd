package org.worktime.core.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ParameterTableTest {

    private static ParameterTable read(String text) {
        return ParameterTable.read("test.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static final String PHASE_IN = """
            # comment
            x.week | headcount:300-   | true  | 2018-07-01 |            | Act | Art. 2 | v1 | src
            x.week | headcount:50-299 | false | 2000-01-01 | 2019-12-31 | Act | Art. 2 | v0 | src
            x.week | headcount:50-299 | true  | 2020-01-01 |            | Act | Art. 2 | v1 | src
            x.cap  | *                | 12h   | 2000-01-01 |            | Act | Art. 53 | v | src
            x.cap  | headcount:5-29   | 20h   | 2021-07-01 | 2022-12-31 | Act | Art. 53(3) | v | src
            """;

    @Test
    void bandRowsAreChosenByHeadcountAndDate() {
        ParameterTable t = read(PHASE_IN);
        assertThat(t.get("x.week", LocalDate.of(2019, 12, 31), OptionalInt.of(100)).bool()).isFalse();
        assertThat(t.get("x.week", LocalDate.of(2020, 1, 1), OptionalInt.of(100)).bool()).isTrue();
        assertThat(t.find("x.week", LocalDate.of(2018, 6, 30), OptionalInt.of(300))).isEmpty();
        assertThat(t.find("x.week", LocalDate.of(2020, 1, 1), OptionalInt.empty())).isEmpty();
    }

    @Test
    void aBandRowWinsOverTheGeneralRowAndToIsInclusive() {
        ParameterTable t = read(PHASE_IN);
        assertThat(t.get("x.cap", LocalDate.of(2022, 12, 31), OptionalInt.of(20)).seconds()).isEqualTo(20 * 3600);
        assertThat(t.get("x.cap", LocalDate.of(2023, 1, 1), OptionalInt.of(20)).seconds()).isEqualTo(12 * 3600);
        assertThat(t.get("x.cap", LocalDate.of(2022, 6, 1), OptionalInt.of(30)).seconds()).isEqualTo(12 * 3600);
        assertThat(t.get("x.cap", LocalDate.of(2022, 6, 1), OptionalInt.of(20)).citation().article()).isEqualTo("Art. 53(3)");
    }

    @Test
    void errorsNameTheLineAndColumn() {
        assertThatThrownBy(() -> read("a | * | 1 | 2020-02-30 |  | L | A | v | s\n"))
                .hasMessage("test.txt line 1, column from: not an ISO date: 2020-02-30");
        assertThatThrownBy(() -> read("\n\na | * | 1 | 2020-01-01\n"))
                .hasMessage("test.txt line 3: expected 9 columns separated by |, found 4");
        assertThatThrownBy(() -> read("a | people:3 | 1 | 2020-01-01 |  | L | A | v | s\n"))
                .hasMessageStartingWith("test.txt line 1, column scope: Unknown scope 'people:3'");
    }

    @Test
    void overlappingRowsOfOneScopeAreRefused() {
        assertThatThrownBy(() -> read("""
                a | * | 1 | 2020-01-01 | 2020-12-31 | L | A | v | s
                a | * | 2 | 2020-12-31 |            | L | A | v | s
                """)).hasMessageContaining("Parameter a (scope *) has overlapping rows");
    }

    @Test
    void missingValuesRaiseTheKeyAndDate() {
        ParameterTable t = read(PHASE_IN);
        assertThatThrownBy(() -> t.get("x.cap", LocalDate.of(1999, 1, 1)))
                .isInstanceOf(MissingParameterException.class)
                .hasMessage("No value of parameter x.cap is in force on 1999-01-01");
    }

    @Test
    void durationsParse() {
        assertThat(Parameter.parseSeconds("40h")).isEqualTo(144_000);
        assertThat(Parameter.parseSeconds("8h30min")).isEqualTo(30_600);
        assertThat(Parameter.parseSeconds("30min")).isEqualTo(1800);
        assertThat(Parameter.parseSeconds("1.5h")).isEqualTo(5400);
        assertThatThrownBy(() -> Parameter.parseSeconds("8 hours")).hasMessageContaining("Unknown duration unit");
    }

    @Test
    void overridesReplaceEveryRowOfTheirKey() {
        ParameterTable base = read(PHASE_IN);
        ParameterTable override = read("x.cap | * | 8h | 2000-01-01 |  | Policy | §1 | proposal | file\n");
        ParameterTable merged = base.overriddenBy(override);
        assertThat(merged.get("x.cap", LocalDate.of(2022, 6, 1), OptionalInt.of(20)).seconds()).isEqualTo(8 * 3600);
        assertThat(merged.get("x.week", LocalDate.of(2020, 6, 1), OptionalInt.of(100)).bool()).isTrue();
    }

    @Test
    void aLookUpIsStableBetweenTheNearestRowBoundaries() {
        ParameterTable t = read(PHASE_IN);
        assertThat(t.stableRange("x.cap", LocalDate.of(2022, 6, 1)))
                .isEqualTo(org.threeten.extra.LocalDateRange.of(LocalDate.of(2021, 7, 1), LocalDate.of(2023, 1, 1)));
        assertThat(t.stableRange("x.cap", LocalDate.of(2024, 6, 1)).getStart()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(t.stableRange("x.cap", LocalDate.of(2024, 6, 1)).isUnboundedEnd()).isTrue();
        assertThat(t.stableRange("x.week", LocalDate.of(2019, 1, 1)))
                .isEqualTo(org.threeten.extra.LocalDateRange.of(LocalDate.of(2018, 7, 1), LocalDate.of(2020, 1, 1)));
    }
}
