package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.worktime.io.read.Fixtures.messages;
import static org.worktime.io.read.Fixtures.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.domain.Dataset;
import org.worktime.core.rule.Vocabulary;
import org.worktime.core.rule.Vocabulary.Field;

/** Every field of a pack's vocabulary, in a bundle, checked against a declared vocabulary (no pack needed). */
class VocabularyCheckTest {

    private static final Vocabulary WORDS = Vocabulary.builder()
            .words(Field.STATUS, "PREGNANT", "POSTPARTUM")
            .words(Field.EXCLUSION, "MANAGERIAL_CONFIDENTIAL", "agriculture")
            .words(Field.EARNING_KIND, "bonus.nondiscretionary", "allowance.family").family(Field.EARNING_KIND, "allowance.")
            .words(Field.EARNING_ATTRIBUTE, "per", "uniform")
            .words(Field.ATTESTATION_SUBJECT, "us.duties.administrative", "us.duties.executive")
            .agreement("KR-LSA-58-3", "jobs", "deemedHours")
            .build();

    private static final String BUNDLE = """
            workplace:
              id: w
              jurisdiction: KR
              zone: Asia/Seoul
              agreements:
                - kind: KR-LSA-58-3
                  from: 2026-01-01
                  terms: {deemedHour: 9, signedBy: union}
                - kind: KR-LSA-58-E
                  from: 2026-01-01
            employees:
              - id: E1
                statuses: [{status: PREGNANT, from: 2026-01-01}, {status: Pregnant, from: 2026-01-01}]
                exclusion: {category: agricultur}
            earnings:
              - {employee: E1, kind: allowance.meal, amount: 100, currency: KRW, from: 2026-01-01, to: 2026-01-31, attributes: {per: day}}
              - {employee: E1, kind: allowance.familly, amount: 100, currency: KRW, from: 2026-01-01, to: 2026-01-31}
              - {employee: E1, kind: commision, amount: 100, currency: KRW, from: 2026-01-01, to: 2026-01-31, attributes: {pre: day}}
            attestations:
              - {employee: E1, subject: us.duties.exec, holds: true, attestedBy: HR, attestedOn: 2026-01-05, from: 2026-01-01}
            """;

    @TempDir
    Path dir;

    @Test
    void everyUnknownWordIsNamedWithItsLineAndField() {
        Path file = write(dir, "bundle.yaml", BUNDLE);
        assertThat(messages(() -> DatasetReader.read(file, WORDS))).containsExactly(
                file + ":8: field 'workplace.agreements[0].terms.deemedHour': unknown KR-LSA-58-3 term deemedHour; did you mean deemedHours?",
                file + ":9: field 'workplace.agreements[1].kind': unknown agreement kind KR-LSA-58-E; did you mean KR-LSA-58-3?",
                file + ":13: field 'employees[0].statuses[1].status': unknown employee status Pregnant; did you mean PREGNANT?",
                file + ":14: field 'employees[0].exclusion.category': unknown exclusion category agricultur; did you mean agriculture?",
                file + ":17: field 'earnings[1].kind': unknown earning kind allowance.familly; did you mean allowance.family?",
                file + ":18: field 'earnings[2].kind': unknown earning kind commision (known: allowance.family, bonus.nondiscretionary,"
                        + " allowance.*)",
                file + ":18: field 'earnings[2].attributes': unknown earning attribute pre; did you mean per?",
                file + ":20: field 'attestations[0].subject': unknown attestation subject us.duties.exec; did you mean us.duties.executive?");
    }

    @Test
    void withTheWordsSpeltRightTheBundleReads() throws InputException {
        String right = BUNDLE.replace("deemedHour:", "deemedHours:").replace("KR-LSA-58-E", "KR-LSA-58-3").replace("Pregnant", "POSTPARTUM")
                .replace("agricultur}", "agriculture}").replace("familly", "family").replace("commision", "bonus.nondiscretionary")
                .replace("pre: day", "per: day").replace("us.duties.exec,", "us.duties.executive,");
        Dataset d = DatasetReader.read(write(dir, "right.yaml", right), WORDS);
        assertThat(d.employee("E1").statuses()).extracting(s -> s.status()).containsExactly("PREGNANT", "POSTPARTUM");
        assertThat(d.earningsOf("E1")).extracting(e -> e.kind()).containsExactly("allowance.meal", "allowance.family", "bonus.nondiscretionary");
    }

    /** A part read alone, or a read with no pack's words, checks nothing. */
    @Test
    void withoutAVocabularyNothingIsChecked() throws InputException {
        Dataset d = DatasetReader.read(write(dir, "bundle.yaml", BUNDLE), Vocabulary.EMPTY);
        assertThat(d.earningsOf("E1")).hasSize(3);
    }

    /** Attribute names are free, but under a pack's namespace a name must be declared: a typo there switches a rule off. */
    @Test
    void attributeNamesUnderAPacksNamespaceAreChecked() {
        Vocabulary attributes = Vocabulary.builder().namespace(Field.ATTRIBUTE, "jp.").words(Field.ATTRIBUTE, "jp.harmful-work", "jp.prefecture")
                .namespace(Field.ATTRIBUTE, "us.").words(Field.ATTRIBUTE, "us.state").family(Field.ATTRIBUTE, "us.local.min-wage.").build();
        Path file = write(dir, "attributes.yaml", """
                workplace:
                  id: w
                  jurisdiction: JP
                  zone: Asia/Tokyo
                  attributes: {jp.prefectur: tokyo, team: red, us.local.min-wage.2023: "17.00 USD | 2023-01-01"}
                employees:
                  - id: E1
                    attributes: {jp.harmfull-work: "true", jobFamily: mining}
                """);
        assertThat(messages(() -> DatasetReader.read(file, attributes))).containsExactly(
                file + ":5: field 'workplace.attributes.jp.prefectur': unknown attribute jp.prefectur; did you mean jp.prefecture?",
                file + ":8: field 'employees[0].attributes.jp.harmfull-work': unknown attribute jp.harmfull-work; did you mean jp.harmful-work?");
        Path csv = write(dir, "employees.csv", "id,attr.jp.harmfull-work,attr.team\nE1,true,red\n");
        Problems problems = new Problems(attributes);
        EmployeeReader.readInto(csv, problems);
        assertThat(problems.list()).extracting(InputProblem::toString).containsExactly(
                csv + ":2: field 'attr.jp.harmfull-work': unknown attribute jp.harmfull-work; did you mean jp.harmful-work?");
    }

    /** A pack may close an attribute's values (did you mean) or give a rule for them (its message). */
    @Test
    void attributeValuesAreCheckedByTheirPacksDeclaration() {
        Vocabulary values = Vocabulary.builder().namespace(Field.ATTRIBUTE, "jp.").words(Field.ATTRIBUTE, "jp.prefecture")
                .attributeValues("jp.prefecture", "tokyo", "osaka").namespace(Field.ATTRIBUTE, "us.").family(Field.ATTRIBUTE, "us.local.min-wage.")
                .attributeRule("us.local.min-wage.", v -> v.contains("USD") ? null : "a rate in USD, e.g. 17.00 USD").build();
        Path file = write(dir, "values.yaml", """
                workplace:
                  id: w
                  jurisdiction: JP
                  zone: Asia/Tokyo
                  attributes: {jp.prefecture: tokio, us.local.min-wage.2023: "17.00"}
                employees:
                  - id: E1
                """);
        assertThat(messages(() -> DatasetReader.read(file, values))).containsExactly(
                file + ":5: field 'workplace.attributes.jp.prefecture': unknown jp.prefecture value tokio; did you mean tokyo?",
                file + ":5: field 'workplace.attributes.us.local.min-wage.2023': a rate in USD, e.g. 17.00 USD");
    }
}
