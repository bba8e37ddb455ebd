package org.worktime.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Dataset;
import org.worktime.io.read.InputException;

class ProjectFileReaderTest {

    @TempDir
    Path dir;

    Dataset dataset() throws Exception {
        return TeamFixture.read(TeamFixture.write(dir));
    }

    @Test
    void readsEveryField() throws Exception {
        Path file = TeamFixture.project(dir, """
                id: launch
                window: {from: 2026-03-09, to: 2026-03-22}
                plannedOn: 2026-02-20
                team:
                  ids: [A, B]
                  where: {jobFamily: research}
                work:
                  perEmployee: 90h
                preferences:
                  longestDay: 10h
                  dayStart: "08:30"
                  noNightWork: false
                  freeDates: [2026-03-13]
                  freeDays: [SAT]
                  restAfterWeeks: 2
                options: [kr-ordinary, KR-FLEXIBLE-3M]
                """);
        Project p = ProjectFileReader.read(file, dataset());
        assertThat(p.id()).isEqualTo("launch");
        assertThat(p.window()).isEqualTo(LocalDateRange.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 23)));
        assertThat(p.plannedOn()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(p.team()).isEqualTo(new Project.Team(List.of("A", "B"), Map.of("jobFamily", "research")));
        assertThat(p.work()).isEqualTo(new Project.Work(Project.WorkKind.PER_EMPLOYEE, 90 * 3600));
        assertThat(p.preferences()).isEqualTo(new Project.Preferences(10 * 3600, LocalTime.of(8, 30), false, Set.of(LocalDate.of(2026, 3, 13)),
                Set.of(DayOfWeek.SATURDAY), 2));
        assertThat(p.options()).containsExactly(PlanOption.KR_ORDINARY, PlanOption.KR_FLEXIBLE_3M);
    }

    @Test
    void defaultsLeaveTheLawToTheEngine() throws Exception {
        Path file = TeamFixture.project(dir, """
                id: p
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-01
                team: {}
                work: {total: 100}
                """);
        Project p = ProjectFileReader.read(file, dataset());
        assertThat(p.work().seconds()).isEqualTo(100 * 3600);
        assertThat(p.preferences()).isEqualTo(new Project.Preferences(12 * 3600, LocalTime.of(9, 0), true, Set.of(), Set.of(), 0));
        assertThat(p.options()).containsExactlyElementsOf(PlanOption.defaults());
        assertThat(PlanOption.defaults()).doesNotContain(PlanOption.JP_ART36, PlanOption.JP_ART36_SPECIAL).contains(PlanOption.US_FLSA_NONEXEMPT);
    }

    @Test
    void everyMistakeNamesFileLineAndField() throws Exception {
        Path file = TeamFixture.project(dir, """
                id: p
                window: {from: 2026-03-10, to: 2026-03-15}
                plannedOn: 2026-03-01
                team:
                  ids: [A, X1]
                  where: {jobFamly: research}
                work: {total: 100h, perWeek: 10h}
                preferences:
                  longestDay: 10h30min
                  freeDays: [FUNDAY]
                  sleep: 8h
                options: [kr-ordinery]
                """);
        assertThatThrownBy(() -> ProjectFileReader.read(file, dataset()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("project.yaml:2: field 'window.from': 2026-03-10 is a TUESDAY: the window starts on the workplace's week start (MONDAY)")
                .hasMessageContaining("project.yaml:5: field 'team.ids[1]': X1 is not an employee of the dataset")
                .hasMessageContaining("project.yaml:6: field 'team.where.jobFamly': no employee has the attribute jobFamly; did you mean jobFamily?")
                .hasMessageContaining("project.yaml:7: field 'work': give only one of total, perWeek")
                .hasMessageContaining("project.yaml:9: field 'preferences.longestDay': plans are made in whole hours: write e.g. 10h")
                .hasMessageContaining("project.yaml:10: field 'preferences.freeDays[0]': FUNDAY is not a day of the week")
                .hasMessageContaining("project.yaml:11: field 'preferences.sleep': unknown key")
                .hasMessageContaining("project.yaml:12: field 'options[0]': kr-ordinery is not an option; did you mean kr-ordinary?");
    }

    @Test
    void exchangeRatesAreReadAndABadOneIsNamed() throws Exception {
        Path file = TeamFixture.project(dir, """
                id: p
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-01
                team: {}
                work: {total: 100}
                exchangeRates:
                  - {from: KRW, to: JPY, rate: 0.11, on: 2026-03-02, source: bank}
                """);
        Project p = ProjectFileReader.read(file, dataset());
        assertThat(p.rates()).singleElement().satisfies(r -> assertThat(r.toString()).isEqualTo("1 KRW = 0.11 JPY (2026-03-02, bank)"));
        assertThat(p.exchangeRates().find(org.joda.money.CurrencyUnit.of("JPY"), org.joda.money.CurrencyUnit.of("KRW"))).isPresent();
        Path bad = TeamFixture.project(dir, """
                id: p
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-01
                team: {}
                work: {total: 100}
                exchangeRates:
                  - {from: KRW, to: JPY, rate: -1, on: 2026-03-02, via: bank}
                """);
        assertThatThrownBy(() -> ProjectFileReader.read(bad, dataset())).isInstanceOf(InputException.class)
                .hasMessageContaining("project.yaml:7: field 'exchangeRates[0].rate'")
                .hasMessageContaining("project.yaml:7: field 'exchangeRates[0].via': unknown key");
    }

    @Test
    void aWindowOfPartWeeksAndAPlanDateAfterItAreRefused() throws Exception {
        Path file = TeamFixture.project(dir, """
                id: p
                window: {from: 2026-03-09, to: 2026-03-18}
                plannedOn: 2026-03-10
                team: {}
                work: {total: 100h}
                """);
        Dataset dataset = dataset();
        assertThatThrownBy(() -> ProjectFileReader.read(file, dataset))
                .hasMessageContaining("project.yaml:2: field 'window.to': 2026-03-18 does not end a week");
        Path late = TeamFixture.project(dir, """
                id: p
                window: {from: 2026-03-09, to: 2026-03-15}
                plannedOn: 2026-03-10
                team: {}
                work: {total: 100h}
                """);
        assertThatThrownBy(() -> ProjectFileReader.read(late, dataset))
                .hasMessageContaining("project.yaml:3: field 'plannedOn': 2026-03-10 is after the window's first day 2026-03-09");
    }
}
