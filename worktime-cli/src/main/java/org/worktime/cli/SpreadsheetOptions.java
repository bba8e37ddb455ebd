package org.worktime.cli;

import org.worktime.io.write.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --bom}: for the commands whose CSV a spreadsheet opens (check, pay, exempt, watch). */
final class SpreadsheetOptions {

    @Option(names = "--bom")
    boolean bom;

    /** A usage error (exit 2) when --bom is given with another format than CSV. */
    void check(CommandSpec spec, Format format) {
        if (bom && format != Format.CSV) {
            throw new ParameterException(spec.commandLine(), "--bom is for --format csv (a byte-order mark starts a CSV file)");
        }
    }
}
