package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.EMPLOYEES;
import static org.worktime.io.read.Fixtures.WORKPLACE;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.seoul;
import static org.worktime.io.read.Fixtures.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.Interval;
import org.worktime.core.domain.Dataset;
import org.worktime.core.domain.Employee;
import org.worktime.core.domain.Shift;
import org.worktime.core.domain.Wage;

class DatasetReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAFolder() throws InputException {
        Dataset d = DatasetReader.read(Fixtures.dataset("small-team"));
        assertThat(d.workplace().id()).isEqualTo("acme-seoul");
        assertThat(d.employees()).isEqualTo(EmployeeReaderTest.SMALL_TEAM);
        assertThat(d.shiftCount()).isEqualTo(6);
        assertThat(d.shiftsOf("E001")).containsExactly(
                new Shift("E001", seoul("2025-03-03T09:00"), seoul("2025-03-03T18:00"),
                        List.of(Interval.of(seoul("2025-03-03T12:00"), seoul("2025-03-03T13:00"))), Shift.Origin.ACTUAL, false),
                new Shift("E001", seoul("2025-03-04T09:00"), seoul("2025-03-04T18:30"),
                        List.of(Interval.of(seoul("2025-03-04T12:00"), seoul("2025-03-04T13:00")),
                                Interval.of(seoul("2025-03-04T15:00"), seoul("2025-03-04T15:15"))), Shift.Origin.ACTUAL, false),
                new Shift("E001", seoul("2025-03-04T09:00"), seoul("2025-03-04T18:00"),
                        List.of(Interval.of(seoul("2025-03-04T12:00"), seoul("2025-03-04T13:00"))), Shift.Origin.PLANNED, false));
        assertThat(d.shiftsOf("E002")).containsExactly(
                new Shift("E002", seoul("2025-03-03T22:00"), seoul("2025-03-04T06:00"),
                        List.of(Interval.of(seoul("2025-03-04T01:00"), seoul("2025-03-04T01:30"))), Shift.Origin.ACTUAL, false),
                new Shift("E002", seoul("2025-03-04T06:00"), seoul("2025-03-04T10:00"), List.of(), Shift.Origin.ACTUAL, true));
        assertThat(d.shiftsOf("E003")).containsExactly(
                new Shift("E003", seoul("2025-03-05T09:00"), seoul("2025-03-05T22:00"),
                        List.of(Interval.of(seoul("2025-03-05T12:00"), seoul("2025-03-05T12:30"))), Shift.Origin.ACTUAL, false));
    }

    @Test
    void readsTheSameFolderWithEmployeesAsCsv() throws InputException {
        Dataset yaml = DatasetReader.read(Fixtures.dataset("small-team"));
        Dataset csv = DatasetReader.read(Fixtures.dataset("small-team-csv"));
        assertThat(csv.workplace()).isEqualTo(yaml.workplace());
        assertThat(csv.shiftCount()).isEqualTo(yaml.shiftCount());
        assertThat(csv.employees()).extracting(Employee::id).containsExactly("E001", "E002", "E003");
    }

    @Test
    void readsABundle() throws InputException {
        Dataset d = DatasetReader.read(Fixtures.dataset("small-team-bundle.yaml"));
        assertThat(d.workplace().agreements()).hasSize(1);
        assertThat(d.employees()).extracting(Employee::id).containsExactly("E001", "E002");
        assertThat(d.employee("E001").wage()).isInstanceOf(Wage.Monthly.class);
        assertThat(d.shiftsOf("E001")).extracting(Shift::origin).containsExactly(Shift.Origin.ACTUAL, Shift.Origin.PLANNED);
        Shift night = d.shiftsOf("E002").get(0);
        assertThat(night.breaks()).containsExactly(Interval.of(seoul("2025-03-03T23:30"), seoul("2025-03-04T00:00")));
        assertThat(night.worked()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void readsTheBundledKoreanExample() throws InputException {
        Dataset d = DatasetReader.read(Path.of("..", "examples", "kr-team"));
        assertThat(d.workplace().zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(d.workplace().headcountOn(LocalDate.of(2026, 3, 2))).hasValue(38);
        assertThat(d.employees()).hasSize(8);
        assertThat(d.shiftCount()).isEqualTo(146);
        assertThat(d.workplace().hasAgreement("KR-LSA-53-1", "E001", LocalDate.of(2026, 3, 16))).isTrue();
        assertThat(d.workplace().hasAgreement("KR-LSA-53-1", "E006", LocalDate.of(2026, 3, 9))).isFalse();
        long e001Week = d.shiftsOf("E001").stream()
                .filter(s -> !s.start().isBefore(seoul("2026-03-16T00:00")) && s.start().isBefore(seoul("2026-03-23T00:00")))
                .mapToLong(Shift::workedSeconds).sum();
        assertThat(e001Week).isEqualTo(55 * 3600);
        Shift night = d.shiftsOf("E002").stream().filter(s -> s.start().equals(seoul("2026-03-11T21:00"))).findFirst().orElseThrow();
        assertThat(night.breaks()).containsExactly(Interval.of(seoul("2026-03-12T00:00"), seoul("2026-03-12T01:00")));
        for (Employee e : d.employees()) {
            if (e.wage() instanceof Wage.Hourly h) {
                assertThat(h.rate().getAmount()).isGreaterThanOrEqualTo(new java.math.BigDecimal("10320"));
            }
        }
    }

    @Test
    void missingFolderOrFiles() {
        Path none = dir.resolve("none");
        assertThat(messages(() -> DatasetReader.read(none))).containsExactly(
                none + ": no such folder or file (expected a dataset folder or a bundle .yaml file)");
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                dir + ": no workplace file in the folder (expected one of workplace.yaml, workplace.yml, workplace.json)",
                dir + ": no employees file in the folder (expected one of employees.csv, employees.yaml, employees.yml,"
                        + " employees.json)");
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "workplace.json", "{}");
        write(dir, "employees.csv", EMPLOYEES);
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                dir + ": more than one workplace file: [workplace.yaml, workplace.json]; keep one");
        Path csv = write(dir, "data.csv", "x");
        assertThat(messages(() -> DatasetReader.read(csv))).containsExactly(
                csv + ": not a dataset: expected a dataset folder or a bundle file ending in .yaml, .yml or .json");
    }

    @Test
    void aFolderWithoutShiftsIsADatasetWithoutShifts() throws InputException {
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "employees.csv", EMPLOYEES);
        Dataset d = DatasetReader.read(dir);
        assertThat(d.shiftCount()).isZero();
        assertThat(d.employees()).hasSize(2);
    }

    @Test
    void agreementsMayOnlyNameKnownEmployees() {
        write(dir, "workplace.yaml", WORKPLACE + """
                agreements:
                  - kind: KR-LSA-53-1
                    from: 2024-01-01
                    employees: [E001, E0002]
                """);
        write(dir, "employees.csv", EMPLOYEES);
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                dir.resolve("workplace.yaml") + ":7: field 'agreements[0].employees[1]': unknown employee E0002 (not in"
                        + " employees.csv); did you mean E002?");
    }

    @Test
    void problemsFromEveryFileAreReportedTogether() {
        write(dir, "workplace.yaml", WORKPLACE + "publicSector: maybe\n");
        write(dir, "employees.csv", EMPLOYEES + "E003,Park,extra\n");
        write(dir, "shifts.csv", "employee,start,end\nE001,2025-03-03T09:00,2025-03-03T18:00\nE003,2025-03-03T09:00,2025-03-03T18:00\n"
                + "E004,2025-03-03T09:00,2025-03-03T18:00\n");
        // The zone was readable, so the shifts are read too; E003's line is broken, but its id is known.
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                dir.resolve("workplace.yaml") + ":4: field 'publicSector': maybe is not true or false",
                dir.resolve("employees.csv") + ":4: the line has 3 fields, but the header has 2 columns",
                dir.resolve("shifts.csv") + ":4: field 'employee': unknown employee E004 (not in employees.csv); did you"
                        + " mean E001?");
        // Without a readable zone the shifts cannot be read at all.
        write(dir, "workplace.yaml", WORKPLACE.replace("Asia/Seoul", "Seoul"));
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                dir.resolve("workplace.yaml") + ":3: field 'zone': unknown time zone Seoul (use an IANA zone id such as"
                        + " Asia/Seoul)",
                dir.resolve("employees.csv") + ":4: the line has 3 fields, but the header has 2 columns");
    }

    @Test
    void aShiftInBothCsvAndXlsxIsAnOverlap() throws IOException {
        write(dir, "workplace.yaml", WORKPLACE);
        write(dir, "employees.csv", EMPLOYEES);
        write(dir, "shifts.csv", "employee,start,end\nE001,2025-03-03T09:00,2025-03-03T18:00\n");
        ShiftXlsxReaderTest.workbook(dir, "shifts.xlsx", ShiftXlsxReaderTest.HEADER,
                ShiftXlsxReaderTest.row("E002", LocalDateTime.parse("2025-03-03T09:00"), LocalDateTime.parse("2025-03-03T18:00")),
                ShiftXlsxReaderTest.row("E001", LocalDateTime.parse("2025-03-03T09:00"), LocalDateTime.parse("2025-03-03T18:00")));
        assertThat(messages(() -> DatasetReader.read(dir))).containsExactly(
                dir.resolve("shifts.xlsx") + ":3: the shift of E001 from 2025-03-03T09:00 to 2025-03-03T18:00 overlaps the"
                        + " shift at " + dir.resolve("shifts.csv") + ":2 (2025-03-03T09:00 to 2025-03-03T18:00)");
        Files.delete(dir.resolve("shifts.csv"));
    }

    @Test
    void bundleProblemsCarryYamlLines() {
        Path bundle = write(dir, "bundle.yaml", """
                workplace:
                  id: w
                  jurisdiction: KR
                  zone: Asia/Seoul
                employees:
                  - id: E001
                  - {id: E002, wage: {type: hourly, amount: 12000.5, currency: KRW}}
                shifts:
                  - {employee: E001, start: 2025-03-03T09:00, end: 2025-02-30T18:00}
                  - employee: E001
                    start: 2025-03-03T22:00
                    end: 2025-03-04T06:00
                    breaks: [12:00-13:00]
                    breakwaiver: true
                  - {employee: E001, start: 2025-03-04T09:00, end: 2025-03-04T18:00, breaks: [12:00-13:00], origin: planned}
                  - {employee: E001, start: 2025-03-04T10:00, end: 2025-03-04T19:00, origin: PLANNED}
                  - {employee: E001, start: 2025-03-05T09:00, end: 2025-03-05T18:00, breaks: [12:00-13:00, 12:30-13:30]}
                """);
        assertThat(messages(() -> DatasetReader.read(bundle))).containsExactly(
                bundle + ":7: field 'employees[1].wage.amount': 12000.5 has more decimals than KRW allows (0)",
                bundle + ":9: field 'shifts[0].end': 2025-02-30T18:00 is not a date-time (no February 30)",
                bundle + ":14: field 'shifts[1].breakwaiver': unknown key; did you mean breakWaiver? (known keys: employee,"
                        + " start, end, breaks, origin, breakWaiver, notifiedOn, outside, rate, breakMinutes)",
                bundle + ":17: field 'shifts[4].breaks': breaks overlap: 2025-03-05T12:00 to 2025-03-05T13:00 and"
                        + " 2025-03-05T12:30 to 2025-03-05T13:30");
    }

    @Test
    void bundleOverlapsNameBothLines() {
        Path bundle = write(dir, "bundle.yaml", """
                workplace: {id: w, jurisdiction: KR, zone: Asia/Seoul}
                employees: [{id: E001}]
                shifts:
                  - {employee: E001, start: 2025-03-04T09:00, end: 2025-03-04T18:00, origin: PLANNED}
                  - {employee: E001, start: 2025-03-04T10:00, end: 2025-03-04T19:00, origin: PLANNED}
                """);
        assertThat(messages(() -> DatasetReader.read(bundle))).containsExactly(
                bundle + ":5: the planned shift of E001 from 2025-03-04T10:00 to 2025-03-04T19:00 overlaps the shift at "
                        + bundle + ":4 (2025-03-04T09:00 to 2025-03-04T18:00)");
    }

    @Test
    void bundleMissingPartsAndUnknownKeys() {
        Path bundle = write(dir, "bundle.yaml", "shift: []\n");
        assertThat(messages(() -> DatasetReader.read(bundle))).containsExactly(
                bundle + ":1: field 'shift': unknown key; did you mean shifts? (known keys: workplace, employees, shifts, earnings, attestations, leave)",
                bundle + ":1: field 'workplace': missing required key",
                bundle + ":1: field 'employees': missing required key");
    }
}
