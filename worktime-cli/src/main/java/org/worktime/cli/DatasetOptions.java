package org.worktime.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to evaluate: a dataset, the dates to report on, and the instant up to which shifts are recorded. */
final class DatasetOptions {

    @Parameters(index = "0", paramLabel = "DATASET", descriptionKey = "dataset")
    Path dataset;

    @Option(names = "--from", paramLabel = "DATE", converter = Converters.DateConverter.class)
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = Converters.DateConverter.class)
    LocalDate to;

    @Option(names = "--as-of", paramLabel = "DATETIME", converter = Converters.AsOfConverter.class)
    AsOf asOf;

    @Option(names = "--parameters", paramLabel = "FILE")
    Path parameters;
}
