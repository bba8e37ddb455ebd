package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.messages;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threeten.extra.LocalDateRange;
import org.worktime.core.domain.Agreement;
import org.worktime.core.domain.DayType;
import org.worktime.core.domain.HeadcountPeriod;
import org.worktime.core.domain.Workplace;
import org.worktime.core.domain.WorkplaceCalendar;

class WorkplaceReaderTest {

    private static Workplace read(String yaml) throws InputException {
        return WorkplaceReader.read(new StringReader(yaml), Path.of("workplace.yaml"));
    }

    private static List<String> problems(String yaml) {
        return messages(() -> read(yaml));
    }

    @Test
    void readsEveryField() throws InputException {
        Workplace w = WorkplaceReader.read(Fixtures.dataset("small-team/workplace.yaml"));
        assertThat(w).isEqualTo(new Workplace("acme-seoul", "ACME Seoul R&D", "KR", ZoneId.of("Asia/Seoul"), DayOfWeek.MONDAY,
                List.of(new HeadcountPeriod(LocalDate.of(2018, 1, 1), 120), new HeadcountPeriod(LocalDate.of(2025, 7, 1), 131)),
                new WorkplaceCalendar(DayOfWeek.SUNDAY, Set.of(DayOfWeek.SATURDAY), Map.of(
                        LocalDate.of(2025, 6, 30), DayType.AGREED_HOLIDAY,
                        LocalDate.of(2025, 5, 5), DayType.WORKDAY,
                        LocalDate.of(2025, 1, 2), DayType.DAY_OFF)),
                List.of(new Agreement("KR-LSA-53-1", LocalDateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)),
                                Set.of("E001", "E002"), Map.of("signedBy", "worker representative")),
                        Agreement.of("KR-LSA-51-2", LocalDateRange.ofUnboundedEnd(LocalDate.of(2025, 3, 1)))),
                false, Map.of("industry", "J62")));
        assertThat(w.hasAgreement("KR-LSA-53-1", "E001", LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(w.hasAgreement("KR-LSA-53-1", "E001", LocalDate.of(2027, 1, 1))).isFalse();
    }

    @Test
    void defaultsAreMondayWeeksSundayHolidaySaturdayOffPrivateSector() throws InputException {
        Workplace w = read("id: w\njurisdiction: KR\nzone: Asia/Seoul\n");
        assertThat(w.name()).isEqualTo("w");
        assertThat(w.weekStart()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(w.calendar()).isEqualTo(WorkplaceCalendar.standard());
        assertThat(w.publicSector()).isFalse();
        assertThat(w.headcount()).isEmpty();
        assertThat(w.agreements()).isEmpty();
    }

    @Test
    void readsJsonAndShortDayNames(@TempDir Path dir) throws InputException {
        Path file = Fixtures.write(dir, "workplace.json", """
                {"id": "w", "jurisdiction": "US", "zone": "America/Los_Angeles", "weekStart": "sun", "publicSector": true,
                 "calendar": {"weeklyHoliday": "SAT", "daysOff": []}}
                """);
        Workplace w = WorkplaceReader.read(file);
        assertThat(w.weekStart()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(w.publicSector()).isTrue();
        assertThat(w.calendar()).isEqualTo(new WorkplaceCalendar(DayOfWeek.SATURDAY, Set.of(), Map.of()));
    }

    @Test
    void unknownKeysListTheKnownOnes() {
        assertThat(problems("""
                id: w
                jurisdiction: KR
                zone: Asia/Seoul
                weekstart: MONDAY
                calendar:
                  weeklyHolidays: SUNDAY
                """)).containsExactly(
                "workplace.yaml:4: field 'weekstart': unknown key; did you mean weekStart? (known keys: id, name, jurisdiction,"
                        + " zone, weekStart, weekStartTime, publicSector, headcount, calendar, agreements, attributes, paySchedule)",
                "workplace.yaml:6: field 'calendar.weeklyHolidays': unknown key; did you mean weeklyHoliday? (known keys:"
                        + " weeklyHoliday, daysOff, agreedHolidays, workdays, daysOffDates)");
    }

    @Test
    void unknownZoneAndMissingKeys() {
        assertThat(problems("""
                name: ACME
                zone: Asia/Seul
                """)).containsExactly(
                "workplace.yaml:1: field 'id': missing required key",
                "workplace.yaml:1: field 'jurisdiction': missing required key",
                "workplace.yaml:2: field 'zone': unknown time zone Asia/Seul; did you mean Asia/Seoul? (use an IANA zone id"
                        + " such as Asia/Seoul)");
    }

    @Test
    void badValuesNameTheirLineAndPath() {
        assertThat(problems("""
                id: w
                jurisdiction: KR
                zone: Asia/Seoul
                weekStart: MONDY
                publicSector: no
                headcount:
                  - {from: 2018-01-01, count: -3}
                  - {from: 2018-01-01, count: 5}
                calendar:
                  daysOff: [SATURDAY, SUNDAY]
                  agreedHolidays: [2025-06-31, 2025-05-05]
                  workdays: [2025-05-05]
                agreements:
                  - kind: KR-LSA-53-1
                    from: 2026-01-01
                    to: 2025-12-31
                    employees: []
                  - from: 2026-01-01
                    terms: {a: [1]}
                attributes: x
                """)).containsExactly(
                "workplace.yaml:4: field 'weekStart': MONDY is not a day of the week (expected MONDAY .. SUNDAY, or MON .. SUN)",
                "workplace.yaml:5: field 'publicSector': no is not true or false",
                "workplace.yaml:7: field 'headcount[0].count': -3 is not a whole number of 0 or more",
                "workplace.yaml:11: field 'calendar.agreedHolidays[0]': 2025-06-31 is not a date (no June 31)",
                "workplace.yaml:12: field 'calendar.workdays[0]': 2025-05-05 is listed in both agreedHolidays and workdays",
                "workplace.yaml:17: field 'agreements[0].employees': an empty list would cover no one; leave the key out to"
                        + " cover every employee",
                "workplace.yaml:16: field 'agreements[0].to': the agreement ends (2025-12-31) before it starts (2026-01-01)",
                "workplace.yaml:18: field 'agreements[1].kind': missing required key",
                "workplace.yaml:19: field 'agreements[1].terms.a': expected a single value, found a list",
                "workplace.yaml:20: field 'attributes': expected a map of names to values, found a value");
    }

    @Test
    void weeklyHolidayCannotBeADayOffAndDuplicateHeadcountDates() {
        assertThat(problems("""
                id: w
                jurisdiction: KR
                zone: Asia/Seoul
                headcount:
                  - {from: 2018-01-01, count: 3}
                  - {from: 2018-01-01, count: 5}
                calendar: {daysOff: [SATURDAY, SUNDAY]}
                """)).containsExactly(
                "workplace.yaml:6: field 'headcount[1].from': a second headcount from 2018-01-01 (first on line 5)",
                "workplace.yaml:7: field 'calendar.daysOff': SUNDAY cannot be both the weekly holiday and a day off");
    }

    @Test
    void yamlSyntaxErrorsDuplicateKeysAndEmptyFiles() {
        assertThat(problems("id: w\njurisdiction: KR\nzone: [Asia/Seoul\n")).containsExactly(
                "workplace.yaml:3: not valid YAML: while parsing a flow sequence: expected ',' or ']', but got <stream end>");
        assertThat(problems("id: w\nid: v\njurisdiction: KR\nzone: Asia/Seoul\n")).containsExactly(
                "workplace.yaml:2: field 'id': the key appears twice in the same map (first on line 1)");
        assertThat(problems("")).containsExactly("workplace.yaml: the file is empty");
        assertThat(problems("- a\n- b\n")).containsExactly(
                "workplace.yaml:1: expected a map of id, name, jurisdiction, zone, weekStart, weekStartTime, publicSector, headcount, calendar,"
                        + " agreements, attributes, paySchedule, found a list");
    }

    @Test
    void readsThePaySchedule() throws InputException {
        Workplace w = read("""
                id: hanbit
                jurisdiction: KR
                zone: Asia/Seoul
                paySchedule: {periodEnds: last, payday: 10}
                """);
        assertThat(w.paySchedule()).isEqualTo(org.worktime.core.domain.PaySchedule.of(31, 10));
        assertThat(read("id: a\njurisdiction: KR\nzone: Asia/Seoul\n").payScheduleIfAny()).isEmpty();
        assertThat(problems("""
                id: hanbit
                jurisdiction: KR
                zone: Asia/Seoul
                paySchedule: {periodEnds: 32, payda: 25}
                """)).containsExactly(
                "workplace.yaml:4: field 'paySchedule.payda': unknown key; did you mean payday? (known keys: periodEnds, payday)",
                "workplace.yaml:4: field 'paySchedule.periodEnds': 32 is not a day of the month (expected 1 to 31, or last)",
                "workplace.yaml:4: field 'paySchedule.payday': missing required key");
        assertThat(problems("""
                id: hanbit
                jurisdiction: KR
                zone: Asia/Seoul
                paySchedule: {periodEnds: 32, payday: 25}
                """)).containsExactly("workplace.yaml:4: field 'paySchedule.periodEnds': 32 is not a day of the month (expected 1 to 31,"
                + " or last)");
    }
}
