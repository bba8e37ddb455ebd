package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.worktime.core.i18n.Language;

/**
 * The run's language when --lang is not given: WORKTIME_LANG, then -Dworktime.lang, then the JVM's locale when Korean
 * or Japanese, then English. The environment cannot be set inside a running JVM, so the order is tested on
 * {@link Languages#resolve(Language, String, String, Locale)} with each source given, and end to end through the
 * system property and the default locale, which a test can set.
 */
class LanguagesTest {

    private static final String TEAM = Path.of("..", "examples", "kr-team").toString();

    @TempDir
    Path dir;

    private Locale locale;

    @BeforeEach
    void remember() {
        locale = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        System.clearProperty(Languages.PROPERTY);
    }

    @Test
    void theOptionWinsOverEverySource() {
        assertThat(Languages.resolve(Language.EN, "ko", "ja", Locale.JAPAN)).isEqualTo(Language.EN);
        assertThat(Languages.resolve(Language.JA, null, null, Locale.US)).isEqualTo(Language.JA);
    }

    @Test
    void thenTheEnvironmentVariableAsACodeOrAPosixLocale() {
        assertThat(Languages.resolve(null, "ko", "ja", Locale.JAPAN)).isEqualTo(Language.KO);
        assertThat(Languages.resolve(null, "ja_JP.UTF-8", null, Locale.US)).isEqualTo(Language.JA);
        assertThat(Languages.resolve(null, "EN", null, Locale.KOREA)).isEqualTo(Language.EN);
        assertThat(Languages.resolve(null, "  ", "ja", Locale.US)).as("blank is absent").isEqualTo(Language.JA);
    }

    @Test
    void thenTheSystemProperty() {
        assertThat(Languages.resolve(null, null, "ko-KR", Locale.JAPAN)).isEqualTo(Language.KO);
    }

    @Test
    void thenTheSystemsLanguageWhenKoreanOrJapaneseElseEnglish() {
        assertThat(Languages.resolve(null, null, null, Locale.KOREA)).isEqualTo(Language.KO);
        assertThat(Languages.resolve(null, null, null, Locale.JAPANESE)).isEqualTo(Language.JA);
        assertThat(Languages.resolve(null, null, null, Locale.GERMANY)).isEqualTo(Language.EN);
        assertThat(Languages.resolve(null, null, null, Locale.US)).isEqualTo(Language.EN);
    }

    @Test
    void aLanguageWorktimeDoesNotSpeakIsAUsageErrorNamingItsSource() {
        assertThatThrownBy(() -> Languages.resolve(null, "fr", null, Locale.US)).isInstanceOf(UserError.class)
                .hasMessage("WORKTIME_LANG=fr: unknown language 'fr': use en, ko or ja");
        System.setProperty(Languages.PROPERTY, "de");
        Cli.Result r = Cli.run("check", TEAM);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("worktime check: -Dworktime.lang=de: unknown language 'de': use en, ko or ja\n");
    }

    @Test
    void theOptionSpeaksTheMessagesOfTheCommand() {
        assertThat(Cli.run("check", TEAM, "--employee", "E0011", "--lang", "ko").err())
                .isEqualTo("worktime check: --employee E0011: 데이터셋에 없는 직원입니다; 혹시 E001입니까?\n");
        assertThat(Cli.run("check", TEAM, "--employee", "E0011", "--lang", "ja").err())
                .isEqualTo("worktime check: --employee E0011: データセットにない従業員です。E001 の誤りではありませんか?\n");
        assertThat(Cli.run("check", TEAM, "--employee", "E0011").err())
                .isEqualTo("worktime check: --employee E0011: no such employee in the dataset; did you mean E001?\n");
    }

    @Test
    void withoutTheOptionThePropertyThenTheLocaleChooseTheLanguage() throws IOException {
        Path data = brokenShifts();
        System.setProperty(Languages.PROPERTY, "ja");
        Locale.setDefault(Locale.KOREA);
        assertThat(Cli.run("check", data.toString()).err()).isEqualTo("worktime check: データセットを読み取れません:\n"
                + "  " + data.resolve("shifts.csv") + ":2: 項目 'end': 2025-02-30T09:00 は正しい日時ではありません (2月30日は存在しません)\n");
        System.clearProperty(Languages.PROPERTY);
        assertThat(Cli.run("check", data.toString()).err()).isEqualTo("worktime check: 데이터셋을 읽을 수 없습니다:\n"
                + "  " + data.resolve("shifts.csv") + ":2: 항목 'end': 2025-02-30T09:00은(는) 올바른 일시가 아닙니다 (2월 30일은 없습니다)\n");
        assertThat(Cli.run("check", data.toString(), "--lang", "en").err()).isEqualTo("worktime check: cannot read the dataset:\n"
                + "  " + data.resolve("shifts.csv") + ":2: field 'end': 2025-02-30T09:00 is not a date-time (no February 30)\n");
        Locale.setDefault(Locale.FRANCE);
        assertThat(Cli.run("check", data.toString()).err()).startsWith("worktime check: cannot read the dataset:\n");
    }

    @Test
    void planAndSimulateTakeTheLanguageToo() {
        Cli.Result plan = Cli.run("plan", TEAM, "--project", "no-such-project.yaml", "--lang", "ja");
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.err()).isEqualTo("worktime plan: --project no-such-project.yaml: ファイルが存在しません\n");
        Cli.Result simulate = Cli.run("simulate", Path.of("..", "examples", "us-team").toString(), "--policy",
                Cli.policy("kr-high-income-white-collar.yaml"), "--lang", "ko");
        assertThat(simulate.exitCode()).isEqualTo(2);
        assertThat(simulate.err()).isEqualTo("worktime simulate: simulate는 근로기준법과 비교합니다. 사업장의 관할은 'US'입니다\n");
    }

    /** A dataset whose only shift ends on February 30. */
    private Path brokenShifts() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("workplace.yaml"), "id: w\njurisdiction: KR\nzone: Asia/Seoul\n");
        Files.writeString(data.resolve("employees.csv"), "id,name\nE1,Kim\n");
        Files.writeString(data.resolve("shifts.csv"), "employee,start,end\nE1,2025-02-28T09:00,2025-02-30T09:00\n");
        return data;
    }
}
