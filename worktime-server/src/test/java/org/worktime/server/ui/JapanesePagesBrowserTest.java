package org.worktime.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.worktime.core.testing.Browser;

/**
 * Every page rendered in Japanese says nothing in English: each Latin word of the main element's text (and of its
 * labels, titles and placeholders) is a word of a Japanese catalog value (of any module: the engine's findings and pay
 * lines are rendered from them), of the user's data (the workplace, employees and policy files seeded), or a currency
 * or time zone code, or a code (joined by dots, underscores, hyphens, commas; or in capitals); what a page marks
 * {@code translate="no"} is the record's own data (the audit trail's actors, ids, states and reasons). An English sentence left in a template, a controller or a reader's problem fails it with its words.
 */
class JapanesePagesBrowserTest extends UiServer {

    static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    /** A run of ASCII letters, digits and the punctuation of codes, between spaces, commas, brackets or CJK text. */
    static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._=@/,-]+");
    /**
     * A code, the same in every language: joined by a dot, underscore, equals sign, hyphen or slash
     * ({@code us.state=CA}, {@code MANAGERIAL_CONFIDENTIAL}, {@code KR-LSA-53-4}, {@code Asia/Seoul}), or in capitals.
     */
    static final Pattern CODE = Pattern.compile(".*[A-Za-z0-9][._=@/,-][A-Za-z0-9].*|[A-Z0-9]+");
    /** Codes that are the same in every language and come from no catalog: currencies, the zone's region. */
    static final Set<String> CODES = Set.of("KRW", "USD", "JPY", "Asia", "Seoul", "UTC");

    static int port;
    static Tenant t;
    static String employeePassword;

    @BeforeAll
    static void seed(@Autowired Environment env) throws Exception {
        port = port(env);
        t = tenant(port, "ja");
        seedKrTeam(t, "E001", "E002", "E003", "E006");
        importWeek(t);
        employeePassword = t.user(Map.of("username", t.id() + "-minji", "role", "EMPLOYEE", "workplace", WP, "employee", "E001"));
    }

    @Test
    void everyPageInJapaneseHasNoEnglishWord(@TempDir Path dir) throws Exception {
        Set<String> known = knownWords();
        String base = "http://127.0.0.1:" + port;
        String wp = "/workplaces/" + WP;
        List<String> leaks = new ArrayList<>();
        try (Browser b = Browser.open(dir.resolve("profile"), "ja")) {
            b.get(base + "/signin");
            leaks.addAll(unknown(b, "/signin", known));
            signIn(b, base, t.id() + "-hr", t.hrPassword());
            for (String page : List.of(wp + "/week", wp + "/employees/E001", wp + "/employees/E001?month=2026-03", wp + "/schedule?week=2026-03-09",
                    wp + "/imports", wp + "/findings", wp + "/pay", wp + "/agreements", wp + "/exemptions?on=2026-03-31", wp + "/simulations",
                    "/audit", "/alerts", wp + "/employees/NOBODY")) {
                b.get(base + page);
                assertThat(b.find("html").getAttribute("lang")).as(page).isEqualTo("ja");
                leaks.addAll(unknown(b, page, known));
            }
        }
        try (Browser b = Browser.open(dir.resolve("profile-employee"), "ja")) {
            signIn(b, base, t.id() + "-minji", employeePassword);
            b.get(base + "/me");
            leaks.addAll(unknown(b, "/me", known));
        }
        assertThat(leaks).as("Latin words on the Japanese pages that no Japanese catalog value or user data has").isEmpty();
    }

    /** The unknown Latin words of the page's main element, each as {@code page: word in "text"}. */
    static List<String> unknown(Browser b, String page, Set<String> known) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) b.js("var out = []; var main = document.querySelector('main');"
                + " var walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);"
                + " while (walk.nextNode()) { var p = walk.currentNode.parentElement;"
                + "   if (p.closest('script,style,template,[translate=no]')) continue; out.push(walk.currentNode.textContent); }"
                + " main.querySelectorAll('[aria-label],[title],[placeholder],[alt]').forEach(e => ['aria-label', 'title', 'placeholder', 'alt']"
                + "   .forEach(a => { if (e.hasAttribute(a)) out.push(e.getAttribute(a)); }));"
                + " return out;");
        Set<String> found = new java.util.LinkedHashSet<>();
        for (String text : texts) {
            Matcher token = TOKEN.matcher(text);
            while (token.find()) {
                if (CODE.matcher(token.group()).matches()) {
                    continue;
                }
                Matcher m = WORD.matcher(token.group());
                while (m.find()) {
                    if (!known.contains(m.group())) {
                        found.add(page + ": " + m.group() + " in \"" + text.strip() + "\"");
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    /** The Latin words of every Japanese catalog, of the seeded data and of the bundled policy files, and the codes. */
    static Set<String> knownWords() throws IOException {
        Set<String> words = new TreeSet<>(CODES);
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.filter(p -> p.getFileName().toString().startsWith("worktime-")).toList()) {
                Path resources = module.resolve("src/main/resources/org/worktime");
                if (!Files.isDirectory(resources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(resources)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().equals("messages_ja.properties")).toList()) {
                        Properties ja = new Properties();
                        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                            ja.load(r);
                        }
                        ja.values().forEach(v -> add(words, v.toString()));
                    }
                }
            }
        }
        add(words, Files.readString(KR_TEAM.resolve("workplace.yaml")));
        KR_EMPLOYEES.values().forEach(e -> add(words, e.toString()));
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:org/worktime/server/policies/*.yaml")) {
            try (java.io.InputStream in = r.getInputStream()) {
                add(words, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return words;
    }

    static void add(Set<String> words, String text) {
        WORD.matcher(text).results().forEach(m -> words.add(m.group()));
    }
}
