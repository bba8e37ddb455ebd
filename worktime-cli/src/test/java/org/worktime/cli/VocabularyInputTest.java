package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt word of a pack's vocabulary is a bad input (exit 2) naming the file, line and field, with a "did you mean",
 * where it used to switch a rule off in silence (issue 10). Each case runs once as spelt right and once misspelt.
 */
class VocabularyInputTest {

    private static final String KOREA = """
            id: seoul
            jurisdiction: KR
            zone: Asia/Seoul
            headcount: [{from: 2020-01-01, count: 30}]
            """;

    private static final String SHIFTS_11H = """
            employee,start,end,breaks
            E1,2026-03-02T09:00,2026-03-02T21:00,12:00-13:00
            """;

    @TempDir
    Path dir;

    @Test
    void aMisspeltStatusIsAnErrorWhereItUsedToHideTheArt71Violation() throws IOException {
        Path right = dataset("right", KOREA, employees("POSTPARTUM:2026-01-10.."), SHIFTS_11H);
        Cli.Result clean = Cli.run("check", right.toString(), "--format", "csv");
        assertThat(clean.exitCode()).as(clean.err()).isEqualTo(1);
        assertThat(clean.out()).contains("KR-LSA-71").contains("is recorded open-ended");

        Path typo = dataset("typo", KOREA, employees("POST_PARTUM:2026-01-10.."), SHIFTS_11H);
        Cli.Result result = Cli.run("check", typo.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(typo.resolve("employees.csv")
                + ":2: field 'statuses': unknown employee status POST_PARTUM; did you mean POSTPARTUM?").doesNotContain("\tat ");
    }

    @Test
    void aMisspeltAgreementKindIsAnErrorOnItsYamlLine() throws IOException {
        String workplace = KOREA + """
                agreements:
                  - kind: KR-LSA-69-1
                    from: 2026-01-01
                """;
        Path typo = dataset("typo", workplace, employees(""), SHIFTS_11H);
        Cli.Result result = Cli.run("check", typo.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(typo.resolve("workplace.yaml")
                + ":6: field 'agreements[0].kind': unknown agreement kind KR-LSA-69-1; did you mean KR-LSA-69?");
    }

    @Test
    void anUnknownTermOfAKnownAgreementIsAnError() throws IOException {
        String workplace = KOREA + """
                agreements:
                  - kind: KR-LSA-58-3
                    from: 2026-01-01
                    terms: {deemedHour: 9, signedBy: union}
                """;
        Path typo = dataset("typo", workplace, employees(""), SHIFTS_11H);
        Cli.Result result = Cli.run("check", typo.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(typo.resolve("workplace.yaml")
                + ":8: field 'agreements[0].terms.deemedHour': unknown KR-LSA-58-3 term deemedHour; did you mean deemedHours?");
    }

    private static final String US = """
            id: chicago
            jurisdiction: US
            zone: America/Chicago
            weekStart: SUNDAY
            """;

    private static final String US_EMPLOYEES = """
            id,wage_type,wage_amount,currency,salary_per,weekly_hours
            A,salaried,700.00,USD,week,40
            """;

    private static final String US_SHIFTS = """
            employee,start,end,breaks
            A,2026-03-02T09:00,2026-03-02T17:00,
            """;

    @Test
    void aMisspeltEarningKindIsAnError() throws IOException {
        Path right = usDataset("right", "bonus.nondiscretionary", "us.duties.administrative");
        Cli.Result clean = Cli.run("check", right.toString());
        assertThat(clean.exitCode()).as(clean.err()).isEqualTo(0);

        Path typo = usDataset("typo", "bonus.nondiscretionery", "us.duties.administrative");
        Cli.Result result = Cli.run("check", typo.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(typo.resolve("earnings.csv")
                + ":2: field 'kind': unknown earning kind bonus.nondiscretionery; did you mean bonus.nondiscretionary?");
    }

    @Test
    void anAbbreviatedAttestationSubjectIsAnError() throws IOException {
        Path typo = usDataset("typo", "bonus.nondiscretionary", "us.duties.admin");
        Cli.Result result = Cli.run("exempt", typo.toString(), "--on", "2026-03-02");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(typo.resolve("attestations.csv")
                + ":2: field 'subject': unknown attestation subject us.duties.admin; did you mean us.duties.administrative?");
    }

    @Test
    void anAllowanceOfAnyNameIsAWordOfJapansOpenFamilyButANearMissIsNot() throws IOException {
        String japan = """
                id: tokyo
                jurisdiction: JP
                zone: Asia/Tokyo
                """;
        String employees = """
                id,wage_type,wage_amount,currency,monthly_hours
                J,monthly,300000,JPY,160
                """;
        String shifts = """
                employee,start,end,breaks
                J,2026-03-02T09:00,2026-03-02T17:00,12:00-13:00
                """;
        Path open = dataset("open", japan, employees, shifts);
        Files.writeString(open.resolve("earnings.csv"), "employee_id,kind,amount,currency,from,to\nJ,allowance.meal,5000,JPY,2026-03-01,2026-03-31\n");
        Cli.Result clean = Cli.run("check", open.toString());
        assertThat(clean.exitCode()).as(clean.err()).isEqualTo(0);

        Path typo = dataset("typo", japan, employees, shifts);
        Files.writeString(typo.resolve("earnings.csv"), "employee_id,kind,amount,currency,from,to\nJ,allowance.familly,5000,JPY,2026-03-01,2026-03-31\n");
        Cli.Result result = Cli.run("check", typo.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(typo.resolve("earnings.csv")
                + ":2: field 'kind': unknown earning kind allowance.familly; did you mean allowance.family?");
    }

    /** A local minimum wage row is read with the workplace: a bad one is an input error at its line, before any rule runs. */
    @Test
    void aLocalMinimumWageRowThatCannotBeReadIsABadInput() throws IOException {
        Path folder = dataset("local", US + "attributes: {us.state: CA, us.local.min-wage.2023: \"17.00 | 2023-01-01\"}\n", US_EMPLOYEES, US_SHIFTS);
        Cli.Result result = Cli.run("check", folder.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(folder.resolve("workplace.yaml") + ":5: field 'attributes.us.local.min-wage.2023': not a row of the form"
                + " value | from | to | law | article | version | source");
    }

    /** A state that is not a USPS code would switch the California layer off: it is refused with a suggestion. */
    @Test
    void aStateIsItsPostalCode() throws IOException {
        Path folder = dataset("state", US + "attributes: {us.state: Ca}\n", US_EMPLOYEES, US_SHIFTS);
        Cli.Result result = Cli.run("check", folder.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains(folder.resolve("workplace.yaml") + ":5: field 'attributes.us.state': unknown us.state value Ca; did you"
                + " mean CA?");
    }

    private Path usDataset(String name, String kind, String subject) throws IOException {
        Path folder = dataset(name, US, US_EMPLOYEES, US_SHIFTS);
        Files.writeString(folder.resolve("earnings.csv"), "employee_id,kind,amount,currency,from,to\nA," + kind
                + ",50.00,USD,2026-03-01,2026-03-07\n");
        Files.writeString(folder.resolve("attestations.csv"), "employee_id,subject,holds,attested_by,attested_on,from\nA," + subject
                + ",true,HR,2026-01-05,2026-01-01\n");
        return folder;
    }

    private static String employees(String statuses) {
        return "id,wage_type,wage_amount,currency,statuses\nE1,hourly,12000,KRW," + statuses + "\n";
    }

    private Path dataset(String name, String workplace, String employees, String shifts) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("workplace.yaml"), workplace);
        Files.writeString(folder.resolve("employees.csv"), employees);
        Files.writeString(folder.resolve("shifts.csv"), shifts);
        return folder;
    }
}
