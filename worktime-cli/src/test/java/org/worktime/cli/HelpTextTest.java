package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The usage help comes from the bundle {@code org/worktime/cli/help*.properties}. In English it is byte for byte the
 * help the inline annotations printed: {@code src/test/resources/help/*.en.txt} were captured before the texts moved.
 */
class HelpTextTest {

    static final List<String> COMMANDS = List.of("check", "pay", "watch", "exempt", "import", "rules", "explain", "demo",
            "simulate", "plan", "generate-completion", "help");

    @Test
    void theEnglishHelpOfCheckIsTheOneCapturedBeforeTheMove() throws IOException {
        Cli.Result r = Cli.run("check", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(captured("check"));
    }

    @Test
    void theEnglishHelpOfTheRootIsTheOneCapturedBeforeTheMove() throws IOException {
        assertThat(Cli.run("--help").out()).isEqualTo(captured("worktime"));
        assertThat(Cli.runAsMain("--help").out()).isEqualTo(captured("worktime"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "pay", "watch", "exempt", "import", "rules", "explain", "demo", "simulate", "plan",
        "generate-completion", "help"})
    void everyCommandsEnglishHelpIsUnchanged(String command) throws IOException {
        assertThat(Cli.run(command, "--help").out()).isEqualTo(captured(command));
        // As main runs it, in an English JVM without WORKTIME_LANG: the root bundle, not a language's.
        assertThat(Cli.runAsMain(command, "--help").out()).isEqualTo(captured(command));
    }

    @Test
    void englishAskedForIsEnglish() throws IOException {
        assertThat(Cli.runAsMain("check", "--help", "--lang", "en").out()).isEqualTo(captured("check"));
        assertThat(Cli.runAsMain("plan", "--lang=en", "--help").out()).isEqualTo(captured("plan"));
    }

    @Test
    void checkHelpInJapanese() {
        Cli.Result r = Cli.runAsMain("check", "--help", "--lang", "ja");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("使用法: worktime check [-hqV] [--bom] [--debug] [--pay-lines] [--pretty]\n")
                .contains("労働時間の上限を確認します: 検出事項を、その根拠法令と、適用される上限との比較と\nともに示します。\n")
                .contains("      --from=DATE         対象期間の初日(この日を含む)。既定値: 最初の勤務が始ま\n"
                        + "                            る日(事業場のタイムゾーン)。\n")
                // picocli's ${DEFAULT-VALUE} still expands in a translated text
                .contains("イル。既定値: worktime-rejects.csv。\n")
                .contains("\n終了コード:\n  0   違反なし\n  1   違反あり\n");
        assertThat(r.out()).doesNotContain("Usage:", "First date", "Exit codes:");
    }

    @Test
    void checkHelpInKorean() {
        Cli.Result r = Cli.runAsMain("check", "--lang=ko", "--help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("사용법: worktime check [-hqV]")
                .contains("      --from=DATE         보고할 첫날(포함). 기본값: 첫 근무가 시작되는 날(사업\n"
                        + "                            장의 시간대 기준).\n")
                .contains("\n종료 코드:\n  0   위반 없음\n");
        assertThat(r.out()).doesNotContain("Usage:", "First date", "Exit codes:");
    }

    @Test
    void withoutLangTheHelpSpeaksTheAmbientLanguage() {
        System.setProperty(Languages.PROPERTY, "ja");
        try {
            assertThat(Cli.runAsMain("check", "--help").out()).startsWith("使用法: worktime check ")
                    .contains("対象期間の初日(この日を含む)。");
            assertThat(Cli.runAsMain("help", "pay").out()).startsWith("使用法: worktime pay ")
                    .contains("支払うべき時間外・深夜・休日の割増賃金を");
            // --lang still wins over the ambient language
            assertThat(Cli.runAsMain("check", "--help", "--lang", "en").out()).isEqualTo(captured("check"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            System.clearProperty(Languages.PROPERTY);
        }
    }

    @Test
    void commandsWithoutLangTakeItFromTheArguments() {
        Cli.Result root = Cli.runAsMain("--help", "--lang", "ja");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).startsWith("使用法: worktime [-hV] [COMMAND]\n")
                .contains("コマンド:\n  check                労働時間の上限を確認します: 検出事項を、その根拠法令と、\n")
                .contains("  help                 指定したコマンドのヘルプを表示します。\n")
                .contains("\n終了コード:\n");
        assertThat(Cli.runAsMain("help", "check", "--lang", "ko").out()).startsWith("사용법: worktime check ");
        assertThat(Cli.runAsMain("generate-completion", "--help", "--lang", "ja").out())
                .startsWith("使用法: worktime generate-completion [-hV]\nworktime の bash/zsh 補完スクリプトを生成します。\n")
                .contains("\nオプション:\n  -h, --help      このヘルプを表示して終了します。\n");
    }

    @Test
    void theVersionLabelsItsPacksInTheRunsLanguage() {
        assertThat(Cli.runAsMain("--version").out()).contains("\nJurisdiction packs: ");
        assertThat(Cli.runAsMain("--version", "--lang", "ja").out()).startsWith("worktime ").contains("\n法域パック: ");
        assertThat(Cli.runAsMain("--version", "--lang=ko").out()).contains("\n관할 팩: ");
    }

    static String captured(String command) throws IOException {
        try (InputStream in = HelpTextTest.class.getResourceAsStream("/help/" + command + ".en.txt")) {
            assertThat(in).as("captured help of " + command).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
