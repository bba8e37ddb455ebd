package org.worktime.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to evaluate: a dataset, the dates to report on, and the instant up to which shifts are recorded. */
final class DatasetOptions {

    @Parameters(index = "0", paramLabel = "DATASET", description = "A dataset folder or bundle file.")
    Path dataset;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.DateConverter.class,
            description = "First date to report on (inclusive). Default: the date the first shift starts, in the workplace's zone.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.DateConverter.class,
            description = "Last date to report on (inclusive). Default: the date the last shift starts.")
    LocalDate to;

    @Option(names = "--as-of", paramLabel = "DATETIME", converter = Converters.AsOfConverter.class,
            description = {"Shifts starting from this instant on count as planned, earlier ones as recorded.",
                "A local date-time in the workplace's zone (2025-03-31T18:00), a date (its start),",
                "or an instant with an offset (2025-03-31T09:00Z). Default: every recorded shift, no planned ones."})
    AsOf asOf;

    @Option(names = "--parameters", paramLabel = "FILE",
            description = {"Parameter rows that replace the pack's rows of the same keys (same format as the pack's",
                "parameters.txt): your own reading of an open question, or a proposed rule. Every key you give",
                "replaces all of that key's rows."})
    Path parameters;
}
