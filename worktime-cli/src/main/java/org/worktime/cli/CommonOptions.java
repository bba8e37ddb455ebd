package org.worktime.cli;

import java.nio.file.Path;
import org.worktime.io.write.Format;
import org.worktime.core.i18n.Language;
import picocli.CommandLine.Option;

/** The options every command takes: output format, language, destination, and --debug. */
final class CommonOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = Converters.FormatConverter.class)
    Format format;

    /** Null until the command resolves it: --lang, else WORKTIME_LANG, else the system's language (see {@link Languages}). */
    @Option(names = "--lang", paramLabel = "LANG", converter = Converters.LanguageConverter.class)
    Language language;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--debug")
    boolean debug;
}
