package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.worktime.core.rule.Packs;

class ErrorHandlingTest {

    /** What a stack trace looks like in output. */
    private static final String STACK_FRAME = "\tat ";

    @Test
    void aMissingDatasetIsABadInputWithoutStackTrace() {
        Cli.Result result = Cli.run("check", "no/such/dataset");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("worktime check: cannot read the dataset:", "no/such/dataset").doesNotContain(STACK_FRAME, "Exception");
    }

    @Test
    void everyProblemOfABrokenDatasetIsListed() {
        Cli.Result result = Cli.run("pay", Cli.dataset("broken.yaml"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("broken.yaml:4: field 'workplace.zone'", "Asia/Seoul").doesNotContain(STACK_FRAME);
    }

    @Test
    void aJurisdictionWithoutPackIsABadInput() {
        Cli.Result result = Cli.run("check", Cli.dataset("unknown-jurisdiction.yaml"));

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no jurisdiction pack for 'XX'").doesNotContain(STACK_FRAME);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "xml");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Invalid value for option '--format': unknown format 'xml': use text, json, csv, md or xlsx")
                .doesNotContain(STACK_FRAME);
    }

    @Test
    void markdownIsOnlyForRuleListings() {
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--format", "md");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--format md is only for rules and explain");
    }

    @Test
    void badLanguageDatesAndAsOfAreUsageErrors() {
        assertThat(Cli.run("rules", "--lang", "fr").exitCode()).isEqualTo(2);
        Cli.Result date = Cli.run("check", Cli.dataset("over-52.yaml"), "--from", "2025-02-30");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("'2025-02-30' is not a date");
        Cli.Result asOf = Cli.run("check", Cli.dataset("over-52.yaml"), "--as-of", "yesterday");
        assertThat(asOf.exitCode()).isEqualTo(2);
        assertThat(asOf.err()).contains("'yesterday' is not a date-time");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadInput() {
        assumeTrue(Packs.find("KR").isPresent());
        Cli.Result result = Cli.run("check", Cli.dataset("over-52.yaml"), "--from", "2025-03-07", "--to", "2025-03-03");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("no dates to report on");
    }

    @Test
    void unknownOptionsMissingArgumentsAndMissingCommandsAreUsageErrors() {
        assertThat(Cli.run("check", "--frobnicate", "x").exitCode()).isEqualTo(2);
        assertThat(Cli.run("check").exitCode()).isEqualTo(2);
        assertThat(Cli.run().exitCode()).isEqualTo(2);
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void mainPrintsShortUsageErrors() {
        Cli.Result result = Cli.runAsMain("check", "--format", "xml", "x");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().toList()).containsExactly(
                "worktime check: Invalid value for option '--format': unknown format 'xml': use text, json, csv, md or xlsx",
                "Try 'worktime check --help' for more information.");
    }

    @Test
    void anInternalErrorIsOneLineAskingForAReport() {
        Cli.Result result = Cli.run("check", Cli.dataset("internal-error.yaml"));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err().lines().toList()).hasSize(1);
        assertThat(result.err()).contains("internal error", "calendar exploded", "please report").doesNotContain(STACK_FRAME);
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Result result = Cli.run("check", Cli.dataset("internal-error.yaml"), "--debug");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("please report", STACK_FRAME + "org.worktime.cli.FailingPack.dayTypes");
    }

    @Test
    void helpAndVersionExitZero() {
        Cli.Result help = Cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("check", "pay", "rules", "explain", "demo", "Exit codes:");
        Cli.Result version = Cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("worktime ").contains("Jurisdiction packs:");
        assertThat(Cli.run("check", "--help").out()).contains("--as-of", "--from", "--to", "--format", "--lang", "--output");
    }
}
