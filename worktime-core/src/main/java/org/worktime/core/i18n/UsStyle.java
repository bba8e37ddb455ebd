package org.worktime.core.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US codes and statutes as American lawyers cite them, the same in every language (a Korean or Japanese reader of a
 * US citation reads the Bluebook form): {@code 29 C.F.R. § 778.107}, {@code FLSA § 7(a)(1) (29 U.S.C. § 207(a)(1))},
 * {@code Cal. Lab. Code §§ 510(a), 515(d)}.
 *
 * <p>The data writes sections as {@code s.7(a)(1)}, {@code 778.107}, {@code 541.300-541.304}, a parallel citation as
 * {@code (29 USC 207(a))}, another code as a part's prefix ({@code 29 CFR 778.107}, {@code IWC wage orders s.3(B)}),
 * parts separated by {@code ;}.
 */
final class UsStyle {

    private static final Pattern SECTION = Pattern.compile("^\\d+[A-Za-z]?(?:\\.\\d+)?(?:\\([A-Za-z0-9]+\\))*$");
    private static final Pattern CONTINUED = Pattern.compile("^(?:\\([A-Za-z0-9]+\\))+$");
    private static final Pattern FLSA_SECTION = Pattern.compile("^(\\d{1,2})((?:\\([A-Za-z0-9]+\\))*)$");
    private static final Pattern USC = Pattern.compile("^29 USC (.+)$");
    private static final Pattern TRAILING = Pattern.compile("^(.*\\S) \\(([^()]*(?:\\([^()]*\\))*[^()]*)\\)$");

    private UsStyle() {
    }

    /** One code's sections in a part: the code's slug, the sections, a parallel US Code citation, a remark. */
    private record Cite(String code, List<String> sections, List<String> parallel, String remark) {
    }

    /** The citation in Bluebook form, or empty when the article is not written in the notation above. */
    static Optional<String> format(Law law, String article, Language language) {
        List<Cite> cites = new ArrayList<>();
        for (String raw : article.split(";")) {
            Cite cite = cite(law.slug(), raw.strip());
            if (cite == null) {
                return Optional.empty();
            }
            Cite last = cites.isEmpty() ? null : cites.getLast();
            if (last != null && last.code().equals(cite.code()) && last.remark() == null && cite.remark() == null
                    && last.parallel().isEmpty() && cite.parallel().isEmpty() && !cite.code().equals("us-flsa")) {
                List<String> sections = new ArrayList<>(last.sections());
                sections.addAll(cite.sections());
                cites.set(cites.size() - 1, new Cite(cite.code(), sections, List.of(), null));
            } else {
                cites.add(cite);
            }
        }
        List<String> out = new ArrayList<>();
        for (Cite c : cites) {
            out.add(write(c, language));
        }
        return Optional.of(String.join("; ", out));
    }

    private static Cite cite(String code, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (text.startsWith("29 CFR ")) {
            code = "us-cfr-29";
            text = text.substring("29 CFR ".length());
        } else if (lower.startsWith("iwc wage orders ")) {
            code = "us-iwc";
            text = text.substring("iwc wage orders ".length());
        } else if (lower.startsWith("wage orders ")) {
            code = "us-iwc";
            text = text.substring("wage orders ".length());
        }
        String remark = null;
        List<String> parallel = List.of();
        Matcher trailing = TRAILING.matcher(text);
        if (trailing.matches()) {
            Matcher usc = USC.matcher(trailing.group(2));
            if (usc.matches()) {
                parallel = sections(usc.group(1));
                if (parallel == null) {
                    return null;
                }
            } else {
                remark = trailing.group(2);
            }
            text = trailing.group(1);
        }
        List<String> sections = sections(text);
        return sections == null ? null : new Cite(code, sections, parallel, remark);
    }

    /** {@code s.7(a)(1)}, {@code 510(a), 515(c)}, {@code 541.300-541.304}, {@code 3(B)-(C)}; null if not sections. */
    private static List<String> sections(String text) {
        List<String> sections = new ArrayList<>();
        for (String chunk : text.split(",")) {
            String c = chunk.strip();
            if (c.startsWith("s.")) {
                c = c.substring(2);
            }
            int dash = c.indexOf('-');
            if (dash > 0) {
                String from = c.substring(0, dash);
                String to = c.substring(dash + 1);
                if (!SECTION.matcher(from).matches() || !(SECTION.matcher(to).matches() || CONTINUED.matcher(to).matches())) {
                    return null;
                }
                sections.add(from + "\u2013" + to);
            } else {
                if (!SECTION.matcher(c).matches()) {
                    return null;
                }
                sections.add(c);
            }
        }
        return sections;
    }

    private static String write(Cite c, Language language) {
        String name = Law.name(c.code(), language);
        boolean many = c.sections().size() > 1 || c.sections().getFirst().matches(".*\u2013\\d.*"); // 3(B)-(C) is one section
        StringBuilder s = new StringBuilder(name).append(many ? " §§ " : " § ").append(String.join(", ", c.sections()));
        List<String> parallel = c.parallel();
        if (parallel.isEmpty() && c.code().equals("us-flsa") && c.sections().stream().allMatch(x -> FLSA_SECTION.matcher(x).matches())) {
            parallel = c.sections().stream().map(UsStyle::usCode).toList();
        }
        if (!parallel.isEmpty()) {
            boolean several = parallel.size() > 1 || parallel.getFirst().contains("\u2013");
            s.append(" (").append(Law.name("us-usc-29", language)).append(several ? " §§ " : " § ").append(String.join(", ", parallel)).append(')');
        }
        if (c.remark() != null) {
            // "2024 text" is the edition of the code cited: the Bluebook writes the year alone
            s.append(" (").append(c.remark().replaceFirst("^(\\d{4}) text$", "$1")).append(')');
        }
        return s.toString();
    }

    /** FLSA section n is codified at 29 U.S.C. § 20n: s.7(a)(1) is 207(a)(1). */
    private static String usCode(String section) {
        Matcher m = FLSA_SECTION.matcher(section);
        if (!m.matches()) {
            throw new IllegalArgumentException(section);
        }
        return (200 + Integer.parseInt(m.group(1))) + m.group(2);
    }
}
