package org.worktime.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --threads N}: how many employees check and pay evaluate at once (default: the processors available). */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    /** The threads to use; a usage error (exit 2) for fewer than one. */
    int threads(CommandSpec spec, org.worktime.core.i18n.Language language) {
        if (threads == null) {
            return org.worktime.io.stream.OrderedEvaluator.defaultThreads();
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), org.worktime.core.finding.Text.of("cli.usage.threads", "threads", threads)
                    .in(language));
        }
        return threads;
    }
}
