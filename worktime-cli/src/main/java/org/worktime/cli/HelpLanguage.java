package org.worktime.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import org.worktime.core.i18n.Language;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * The language of the usage help: the run's ({@code --lang}, else {@link Languages}' order). picocli reads the help from
 * the resource bundle {@code org/worktime/cli/help.properties} (English, the root) and its {@code _ko} and {@code _ja}
 * siblings, a java.util.ResourceBundle, so picocli's own variables ({@code ${DEFAULT-VALUE}}) keep working. The
 * annotation loads it for the JVM's locale; before anything is printed, {@link #speaking} sets the one of the run's
 * language on the whole command tree.
 */
final class HelpLanguage {

    /** The bundle's base name, for {@code @Command(resourceBundle = ...)}. */
    static final String BUNDLE = "org.worktime.cli.help";

    /** No fallback to the JVM's locale: English is the root bundle, not whatever the machine speaks. */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private HelpLanguage() {
    }

    /** The help bundle of a language: the root (English) for EN, else the language's own over the root. */
    static ResourceBundle bundle(Language language) {
        Locale locale = language == Language.EN ? Locale.ROOT : language.locale();
        return ResourceBundle.getBundle(BUNDLE, locale, HelpLanguage.class.getClassLoader(), NO_FALLBACK);
    }

    /** The language the command line asks for: the first {@code --lang} given (to a command or a subcommand), else the ambient one. */
    static Language of(ParseResult parseResult) {
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--lang")) {
                Language language = r.matchedOptionValue("--lang", null);
                if (language != null) {
                    return language;
                }
            }
        }
        return Languages.ambient();
    }

    /** Runs as {@code next} does, once the command tree speaks the command line's language (help, version and the run). */
    static IExecutionStrategy speaking(IExecutionStrategy next) {
        return parseResult -> {
            parseResult.commandSpec().root().commandLine().setResourceBundle(bundle(of(parseResult)));
            return next.execute(parseResult);
        };
    }

    /** A command line's help in the language of {@code args}, as {@code main} prints it (for tests and tools). */
    static CommandLine install(CommandLine commandLine) {
        return commandLine.setExecutionStrategy(speaking(new CommandLine.RunLast()));
    }
}
