package org.worktime.core.testing;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.worktime.core.i18n.Catalog;
import org.worktime.core.i18n.Language;

/**
 * Keeps a module's message catalog whole: every id in each language with the same arguments, every pattern valid
 * ICU, every id the main code names present, and no sentence built outside the catalogs. Each module's
 * {@code MessagesTest} calls it.
 */
public final class CatalogCheck {

    /** {@code Text.of("kr.rest.daily"} and the like: a literal id the code names. */
    private static final Pattern MESSAGE_ID = Pattern.compile("Text\\.of\\(\\s*\"([a-z][a-z0-9-]*\\.[^\"]+)\"\\s*[,)]");

    private CatalogCheck() {
    }

    /** The problems of a module's catalog: missing languages, differing arguments, invalid patterns. */
    public static List<String> problems(String module) {
        List<String> problems = new ArrayList<>();
        Properties en = load(module, Language.EN, problems);
        for (Language language : Language.values()) {
            Properties other = language == Language.EN ? en : load(module, language, problems);
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                if (!key.startsWith(module + ".")) {
                    problems.add(module + ": id " + key + " is not under the module's prefix " + module + ".");
                }
                String pattern = other.getProperty(key);
                if (pattern == null) {
                    problems.add(module + ": " + key + " has no " + language.code() + " text");
                    continue;
                }
                Set<String> names = names(key, pattern, language, problems);
                Set<String> english = names(key, en.getProperty(key), Language.EN, new ArrayList<>());
                if (names != null && english != null && !names.equals(english)) {
                    problems.add(module + ": " + key + " takes " + english + " in en but " + names + " in " + language.code());
                }
            }
            for (String key : other.stringPropertyNames()) {
                if (!en.containsKey(key)) {
                    problems.add(module + ": " + key + " is in " + language.code() + " but not in the English catalog");
                }
            }
        }
        return problems;
    }

    /**
     * The problems of a module's main sources: an id named in {@code Text.of("...")} that no catalog holds, or a
     * sentence still written inline ({@code Text.legacy}).
     *
     * @param mainJava the module's {@code src/main/java}
     */
    public static List<String> sourceProblems(Path mainJava) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(mainJava)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher m = MESSAGE_ID.matcher(source);
                while (m.find()) {
                    if (!Catalog.contains(m.group(1))) {
                        problems.add(mainJava.relativize(file) + ": message " + m.group(1) + " is in no catalog");
                    }
                }
                if (source.contains("Text.legacy(")) {
                    problems.add(mainJava.relativize(file) + ": a sentence built inline (Text.legacy); say it from the catalog");
                }
            }
        }
        return problems;
    }

    private static Set<String> names(String key, String pattern, Language language, List<String> problems) {
        try {
            return new TreeSet<>(new MessageFormat(pattern, language.locale()).getArgumentNames());
        } catch (IllegalArgumentException e) {
            problems.add(key + " (" + language.code() + "): not a valid ICU pattern: " + e.getMessage());
            return null;
        }
    }

    private static Properties load(String module, Language language, List<String> problems) {
        String path = Catalog.bundleName(module).replace('.', '/') + (language == Language.EN ? "" : "_" + language.code())
                + ".properties";
        Properties p = new Properties();
        try (InputStream in = CatalogCheck.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                problems.add(module + ": no catalog " + path);
                return p;
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            problems.add(path + ": " + e.getMessage());
        }
        return p;
    }
}
