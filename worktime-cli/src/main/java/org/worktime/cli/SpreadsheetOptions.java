package org.worktime.cli;

import org.worktime.io.write.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --bom}: for the commands whose CSV a spreadsheet opens (check, pay, exempt, watch). */
final class SpreadsheetOptions {

    @Option(names = "--bom")
    boolean bom;

    /** A usage error (exit 2), in the run's language, when --bom is given with another format than CSV. */
    void check(CommandSpec spec, Format format, org.worktime.core.i18n.Language language) {
        if (bom && format != Format.CSV) {
            throw new ParameterException(spec.commandLine(), org.worktime.core.finding.Text.of("cli.usage.bom-csv-only").in(language));
        }
    }
}
