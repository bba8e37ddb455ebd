package org.worktime.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.i18n.Language;
import org.worktime.io.read.InputException;

/** Policy files are read strictly; every problem names the file, the line and the field. */
class PolicyFileReaderTest {

    @TempDir
    Path dir;

    Path write(String yaml) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    static final String GOOD = """
            id: KR-X
            name: {en: X, ko: 엑스}
            effective: {from: 2027-01-01, to: 2027-12-31}
            citation: {law: LSA, article: Art. 63-2, source: https://example.invalid}
            currency: KRW
            lifts: [KR-LSA-53, KR-LSA-56-1]
            salary:
              threshold: {amount: 100000000, currency: KRW}
              bonusesCount: false
            coverage: {jobFamilies: [research], industries: [M70], minTenureMonths: 6}
            requires: {consent: kr.x.consent, agreement: KR-X-AGREEMENT}
            health:
              daysOff: {perYear: 104, per4Weeks: 4}
              restBetweenWorkdays: 11h
              doctorInterviewAbove: 100h
              monthlyCapAbove: 7h30min
              weeklyCap: 64
            """;

    @Test
    void readsEveryField() throws Exception {
        Policy p = PolicyFiles.read(write(GOOD), Fixtures.PACK).policy();
        assertThat(p.id()).isEqualTo("KR-X");
        assertThat(p.name().in(Language.KO)).isEqualTo("엑스");
        assertThat(p.name().in(Language.JA)).as("no ja given: the English words").isEqualTo("X");
        assertThat(p.description().isEmpty()).isTrue();
        assertThat(p.effectiveTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(p.lifts()).containsExactly("KR-LSA-53", "KR-LSA-56-1");
        assertThat(p.salary()).isEqualTo(new Policy.SalaryTest(Money.parse("KRW 100000000"), false));
        assertThat(p.coverage().minTenureMonths()).isEqualTo(6);
        assertThat(p.requires()).isEqualTo(new Policy.Requirements("kr.x.consent", "KR-X-AGREEMENT"));
        assertThat(p.health()).isEqualTo(new Policy.HealthMeasures(104, 4, Duration.ofHours(11), Duration.ofHours(100), Duration.ofMinutes(450),
                Duration.ofHours(64)));
    }

    @Test
    void aNameAndADescriptionMayBeGivenInEnglishKoreanAndJapanese() throws Exception {
        Policy p = PolicyFiles.read(write(GOOD.replace("name: {en: X, ko: 엑스}", """
                name: {en: High-income exemption, ko: 고소득 적용제외, ja: 高所得者の適用除外}
                description: {en: For researchers, ja: 研究職向け}""")), Fixtures.PACK).policy();
        assertThat(p.name().in(Language.EN)).isEqualTo("High-income exemption");
        assertThat(p.name().in(Language.KO)).isEqualTo("고소득 적용제외");
        assertThat(p.name().in(Language.JA)).isEqualTo("高所得者の適用除外");
        assertThat(p.description().in(Language.JA)).isEqualTo("研究職向け");
        assertThat(p.description().in(Language.KO)).as("no ko given: the English words").isEqualTo("For researchers");
        // One text is the same in every language.
        Policy plain = PolicyFiles.read(write(GOOD.replace("name: {en: X, ko: 엑스}", "name: Plain")), Fixtures.PACK).policy();
        assertThat(plain.name().in(Language.JA)).isEqualTo("Plain");
    }

    @Test
    void anUnknownLanguageOfANameIsRefused() throws Exception {
        Path file = write(GOOD.replace("name: {en: X, ko: 엑스}", "name: {en: X, zh: 艾克斯}"));
        assertThatThrownBy(() -> PolicyFiles.read(file, Fixtures.PACK)).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":2: field 'name.zh': unknown key");
    }

    @Test
    void everyProblemIsReportedWithFileLineAndField() throws Exception {
        Path file = write(GOOD.replace("currency: KRW\nlifts", "curency: KRW\nlifts").replace("KR-LSA-56-1]", "KR-LSA-65]")
                .replace("restBetweenWorkdays: 11h", "restBetweenWorkdays: 11 hours").replace("{amount: 100000000, currency: KRW}",
                        "{amount: 100000000.5, currency: KRW}"));
        assertThatThrownBy(() -> PolicyFiles.read(file, Fixtures.PACK)).isInstanceOf(InputException.class).hasMessage(String.join("\n",
                file + ":5: field 'curency': unknown key; did you mean currency? (known keys: id, name, description, effective, citation, currency, lifts, salary,"
                        + " coverage, requires, health, rates)",
                file + ":1: field 'currency': missing required key",
                file + ":6: field 'lifts[1]': KR-LSA-65 names no rule of the pack; did you mean KR-LSA-63? (see docs/RULES.md)",
                file + ":8: field 'salary.threshold.amount': 100000000.5 has more decimals than KRW allows (0)",
                file + ":14: field 'health.restBetweenWorkdays': 11 hours is not a duration such as 11h, 100h, 7h30min or 90min"));
    }

    @Test
    void theShippedExamplesRead() {
        for (String name : new String[] {"kr-semiconductor-rd.yaml", "kr-high-income-white-collar.yaml", "kr-adopts-us-rule.yaml",
            "kr-adopts-japan-rule.yaml"}) {
            assertThat(Fixtures.example(name).policy().citation().source()).startsWith("http");
        }
    }
}
