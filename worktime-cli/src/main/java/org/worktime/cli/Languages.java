package org.worktime.cli;

import java.util.Locale;
import org.worktime.core.finding.Text;
import org.worktime.core.i18n.Language;

/**
 * The language a run speaks when {@code --lang} is not given: the reader's, not the workplace's. A US attorney
 * reading a Korean subsidiary's report wants English; a Korean HR team's machine speaks Korean. In order:
 * <ol>
 *   <li>{@code --lang en|ko|ja};</li>
 *   <li>the environment variable {@code WORKTIME_LANG} (a code or a locale tag: {@code ko}, {@code ja_JP.UTF-8});</li>
 *   <li>the system property {@code worktime.lang}, the same for where no environment variable can be set (the tests, or
 *       {@code WORKTIME_JAVA_OPTS=-Dworktime.lang=ja});</li>
 *   <li>the JVM's default locale when its language is Korean or Japanese (on Linux and macOS, from {@code LANG} and
 *       {@code LC_ALL}; on Windows, the display language);</li>
 *   <li>English.</li>
 * </ol>
 * A value of {@code WORKTIME_LANG} or {@code worktime.lang} that names no language Worktime speaks is a usage error
 * (exit 2), as a wrong {@code --lang} is: a typo never silently gives English.
 */
final class Languages {

    static final String ENV = "WORKTIME_LANG";
    static final String PROPERTY = "worktime.lang";

    private Languages() {
    }

    /** The run's language, from --lang (null when not given) and this process's environment. */
    static Language resolve(Language explicit) {
        return resolve(explicit, System.getenv(ENV), System.getProperty(PROPERTY), Locale.getDefault());
    }

    /**
     * The run's language from each source in turn; a blank value counts as absent.
     *
     * @throws UserError when the environment variable or the property names no language Worktime speaks
     */
    static Language resolve(Language explicit, String env, String property, Locale locale) {
        if (explicit != null) {
            return explicit;
        }
        if (env != null && !env.isBlank()) {
            return parse(ENV, env);
        }
        if (property != null && !property.isBlank()) {
            return parse("-D" + PROPERTY, property);
        }
        String system = locale == null ? "" : locale.getLanguage();
        if (system.equals("ko")) {
            return Language.KO;
        }
        if (system.equals("ja")) {
            return Language.JA;
        }
        return Language.EN;
    }

    /** The language before any option is read (usage errors, a failure while parsing): as resolve, English on a bad value. */
    static Language ambient() {
        try {
            return resolve(null);
        } catch (UserError e) {
            return Language.EN;
        }
    }

    private static Language parse(String source, String value) {
        // A POSIX locale name: ja_JP.UTF-8, ko_KR@euro: the language is before the territory.
        String code = value.strip();
        int cut = code.indexOf('.');
        code = cut >= 0 ? code.substring(0, cut) : code;
        cut = code.indexOf('@');
        code = cut >= 0 ? code.substring(0, cut) : code;
        try {
            return Language.parse(code);
        } catch (IllegalArgumentException e) {
            throw new UserError(Text.of("cli.language.unknown", "source", source, "value", value.strip()));
        }
    }
}
