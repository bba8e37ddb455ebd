package org.worktime.cli;

import java.nio.file.Path;
import org.worktime.io.write.Format;
import org.worktime.core.i18n.Language;
import picocli.CommandLine.Option;

/** The options every command takes: output format, language, destination, and --debug. */
final class CommonOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Converters.FormatConverter.class,
            description = "Output format: text, json or csv (rules and explain also md). Default: ${DEFAULT-VALUE}.")
    Format format;

    /** Null until the command resolves it: --lang, else WORKTIME_LANG, else the system's language (see {@link Languages}). */
    @Option(names = "--lang", paramLabel = "LANG", converter = Converters.LanguageConverter.class,
            description = "Language of the output and of the messages: en, ko or ja. Default: $WORKTIME_LANG, else the system's language when it is Korean or Japanese, else en.")
    Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {"Write to FILE (UTF-8) instead of standard output. FILE is replaced only once",
                "the output is complete; if writing fails (a full disk), the previous FILE is kept (exit 4)."})
    Path output;

    @Option(names = "--debug", description = "On an internal error, print the stack trace.")
    boolean debug;
}
