package org.worktime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shell completion, picocli's: a bash/zsh script that completes the subcommands and their options. */
class CompletionTest {

    @Test
    void theScriptCompletesEverySubcommandAndTheImportOptions() {
        Cli.Result r = Cli.run("generate-completion");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_worktime -o default worktime",
                "check pay watch exempt import rules explain demo simulate", "--on-error", "--profile", "--where");
    }
}
