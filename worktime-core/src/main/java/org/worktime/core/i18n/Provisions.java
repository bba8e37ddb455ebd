package org.worktime.core.i18n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The provisions an article string of a Korean or Japanese statute names, read from the English notation the packs
 * write: {@code Art. 51-2(2)} (a branch article and its paragraph), {@code Art. 52(2)2} (Korean item after the
 * paragraph), {@code Art. 36(6)(ii)} and {@code Art. 41-2(1)(v)(b)} (Japanese item and sub-item), {@code Arts 139-141}
 * (a range), {@code Art. 60(1), (2), (4)} (a list), {@code Art. 69 proviso}, {@code Decree Art. 31},
 * {@code Enforcement Rule Art. 9}, {@code Enforcement Ordinance Art. 18}, {@code Supplementary Provisions (Act No. 71 of
 * 2018) Art. 3}, {@code Addendum 1}, {@code Decree Art. 7, Table 1}, {@code former Art. 138},
 * {@code Art. 140 (as from 2024-04-01)}; parts separated by {@code ;}.
 *
 * <p>{@link #parse} answers empty for anything else: the caller then writes the article as given.
 */
record Provisions(List<Part> parts) {

    /** Which instrument a part cites: the act itself or one made under it. */
    enum Instrument {
        ACT, DECREE, RULE, ORDINANCE, SUPPLEMENTARY, CABINET_ORDER_PREMIUM, HPS_GUIDELINE
    }

    /** Levels of a provision: 조/条, 항/項, 호/号, 목/イロハ. */
    static final int ARTICLE = 0;
    static final int PARAGRAPH = 1;
    static final int ITEM = 2;
    static final int SUBITEM = 3;

    /**
     * One provision, from level {@code from} down: {@code values[ARTICLE]} is {@code 51-2} for a branch article,
     * paragraphs and items are numbers, a sub-item its letter ({@code a} for イ/가목). A list's later members start
     * below the article ({@code (2)} in {@code Art. 60(1), (2)}).
     */
    record Ref(int from, String[] values, boolean proviso) {

        int deepest() {
            int d = from;
            for (int i = from; i < values.length; i++) {
                if (values[i] != null) {
                    d = i;
                }
            }
            return d;
        }
    }

    /** A member of a part's list: one provision, a range of them, or a table of the instrument. */
    sealed interface Element permits Single, Range, Table {
    }

    record Single(Ref ref) implements Element {
    }

    /** From {@code from} to {@code to} inclusive; {@code to} starts at the level where the two differ. */
    record Range(Ref from, Ref to) implements Element {
    }

    /** 별표 n / 別表第n. */
    record Table(String number) implements Element {
    }

    /** A remark in parentheses after a part: the date from which the text cited is in force, or words kept as given. */
    record Remark(LocalDate asFrom, String words) {
    }

    /**
     * One part of a citation: which instrument, whether the former text is meant, the provisions, a remark.
     *
     * @param actNumber for supplementary provisions of an amending act, its number and year ({@code 71}, {@code 2018})
     */
    record Part(Instrument instrument, boolean former, int[] actNumber, String notice, List<Element> elements, Remark remark) {
    }

    private static final Pattern SUPPLEMENTARY_OF_ACT = Pattern.compile("^Supplementary Provisions \\(Act No\\. (\\d+) of (\\d{4})\\)\\s*");
    private static final Pattern HPS = Pattern.compile("^HPS guideline \\(MHLW Notice No\\. (\\d+) of (\\d{4})\\)$");
    private static final Pattern REMARK = Pattern.compile("^(.*[^,\\s]) \\(([^()]* [^()]*)\\)$");
    private static final Pattern AS_FROM = Pattern.compile("^as from (\\d{4}-\\d{2}-\\d{2})$");
    private static final Pattern TABLE = Pattern.compile("^Table (\\d+)$");
    private static final Pattern ROMAN = Pattern.compile("^[ivxl]+$");
    private static final Pattern LETTER = Pattern.compile("^[a-z]$");

    /** The provisions of an article string, or empty when it is not written in the notation above. */
    static Optional<Provisions> parse(String article) {
        List<Part> parts = new ArrayList<>();
        for (String text : article.split(";")) {
            Part part = part(text.strip());
            if (part == null) {
                return Optional.empty();
            }
            parts.add(part);
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new Provisions(List.copyOf(parts)));
    }

    private static Part part(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("Cabinet Order on minimum premium rates")) {
            return new Part(Instrument.CABINET_ORDER_PREMIUM, false, null, null, List.of(), null);
        }
        Matcher hps = HPS.matcher(text);
        if (hps.matches()) {
            return new Part(Instrument.HPS_GUIDELINE, false, new int[] {Integer.parseInt(hps.group(1)), Integer.parseInt(hps.group(2))},
                    null, List.of(), null);
        }
        boolean former = false;
        if (text.startsWith("former ")) {
            former = true;
            text = text.substring("former ".length());
        }
        Remark remark = null;
        Matcher r = REMARK.matcher(text);
        if (r.matches() && !r.group(1).startsWith("Supplementary Provisions")) {
            Matcher asFrom = AS_FROM.matcher(r.group(2));
            remark = asFrom.matches() ? new Remark(LocalDate.parse(asFrom.group(1)), null) : new Remark(null, r.group(2));
            text = r.group(1);
        }
        Instrument instrument = Instrument.ACT;
        int[] actNumber = null;
        Matcher sup = SUPPLEMENTARY_OF_ACT.matcher(text);
        if (sup.find()) {
            instrument = Instrument.SUPPLEMENTARY;
            actNumber = new int[] {Integer.parseInt(sup.group(1)), Integer.parseInt(sup.group(2))};
            text = text.substring(sup.end());
        } else if (text.startsWith("Addendum ")) {
            instrument = Instrument.SUPPLEMENTARY;
            text = "Art. " + text.substring("Addendum ".length());
        } else {
            for (String[] prefix : new String[][] {
                    {"Supplementary Provisions ", "SUPPLEMENTARY"}, {"Enforcement Decree ", "DECREE"}, {"Decree ", "DECREE"},
                    {"Enforcement Rule ", "RULE"}, {"Enforcement Ordinance ", "ORDINANCE"}, {"Ordinance ", "ORDINANCE"}}) {
                if (text.startsWith(prefix[0])) {
                    instrument = Instrument.valueOf(prefix[1]);
                    text = text.substring(prefix[0].length());
                    break;
                }
            }
        }
        List<Element> elements = elements(text);
        return elements == null ? null : new Part(instrument, former, actNumber, null, elements, remark);
    }

    private static List<Element> elements(String text) {
        List<Element> elements = new ArrayList<>();
        Ref previous = null;
        for (String chunk : text.split(",")) {
            String c = chunk.strip();
            Matcher table = TABLE.matcher(c);
            if (table.matches()) {
                elements.add(new Table(table.group(1)));
                continue;
            }
            boolean proviso = false;
            if (c.endsWith(" proviso")) {
                proviso = true;
                c = c.substring(0, c.length() - " proviso".length());
            }
            boolean named = false;
            for (String prefix : new String[] {"Arts ", "Art. ", "Article "}) {
                if (c.startsWith(prefix)) {
                    c = c.substring(prefix.length());
                    named = true;
                    break;
                }
            }
            List<String> tokens = tokens(c);
            if (tokens == null || tokens.isEmpty() || (!named && previous == null)) {
                return null;
            }
            Element e = element(tokens, previous, proviso);
            if (e == null) {
                return null;
            }
            elements.add(e);
            Ref last = e instanceof Range range ? merge(merge(previous, range.from()), range.to()) : ((Single) e).ref();
            previous = merge(previous, last);
        }
        return elements.isEmpty() ? null : elements;
    }

    /** Numbers, dashes and parenthesised labels: {@code 41-2(1)(v)(b)} is 41 - 2 (1) (v) (b). */
    private static List<String> tokens(String s) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (Character.isDigit(ch)) {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                tokens.add(s.substring(i, j));
                i = j;
            } else if (ch == '-') {
                tokens.add("-");
                i++;
            } else if (ch == '(') {
                int close = s.indexOf(')', i);
                if (close < 0) {
                    return null;
                }
                tokens.add(s.substring(i, close + 1));
                i = close + 1;
            } else {
                return null;
            }
        }
        return tokens;
    }

    /** A single provision or a range, from tokens; a list member without an article continues the previous one. */
    private static Element element(List<String> tokens, Ref previous, boolean proviso) {
        int[] at = {0};
        Ref from = ref(tokens, at, previous, false);
        if (from == null) {
            return null;
        }
        if (at[0] == tokens.size()) {
            return new Single(withProviso(from, proviso));
        }
        if (!tokens.get(at[0]).equals("-")) {
            return null;
        }
        at[0]++;
        Ref to = ref(tokens, at, merge(previous, from), true);
        if (to == null || at[0] != tokens.size()) {
            return null;
        }
        return new Range(from, withProviso(to, proviso));
    }

    private static Ref withProviso(Ref ref, boolean proviso) {
        return proviso ? new Ref(ref.from(), ref.values(), true) : ref;
    }

    /** {@code context} completed by {@code ref} from its first level down. */
    private static Ref merge(Ref context, Ref ref) {
        if (context == null) {
            return ref;
        }
        String[] values = new String[4];
        for (int i = 0; i < ref.from(); i++) {
            values[i] = context.values()[i];
        }
        for (int i = ref.from(); i < 4; i++) {
            values[i] = ref.values()[i];
        }
        return new Ref(Math.min(context.from(), ref.from()), values, ref.proviso());
    }

    private static Ref ref(List<String> tokens, int[] at, Ref context, boolean rangeEnd) {
        String[] values = new String[4];
        int from;
        String first = tokens.get(at[0]);
        if (isNumber(first)) {
            from = ARTICLE;
            StringBuilder article = new StringBuilder(first);
            at[0]++;
            // 51-2 is a branch article (the second number is smaller); 139-141 is a range, read by the caller
            while (at[0] + 1 < tokens.size() && tokens.get(at[0]).equals("-") && isNumber(tokens.get(at[0] + 1))
                    && Integer.parseInt(tokens.get(at[0] + 1)) < Integer.parseInt(first)) {
                article.append('-').append(tokens.get(at[0] + 1));
                at[0] += 2;
            }
            values[ARTICLE] = article.toString();
        } else {
            if (context == null || !first.startsWith("(")) {
                return null;
            }
            String label = first.substring(1, first.length() - 1);
            from = label.chars().allMatch(Character::isDigit) ? PARAGRAPH
                    : LETTER.matcher(label).matches() && context.values()[SUBITEM] != null ? SUBITEM
                    : ROMAN.matcher(label).matches() ? ITEM
                    : LETTER.matcher(label).matches() ? SUBITEM : -1;
            if (from < 0) {
                return null;
            }
        }
        int level = from == ARTICLE ? ARTICLE : from - 1;
        while (at[0] < tokens.size() && !tokens.get(at[0]).equals("-")) {
            String t = tokens.get(at[0]);
            if (isNumber(t)) {
                // Korean notation: an item written right after its paragraph, Art. 52(2)2
                if (level != PARAGRAPH) {
                    return null;
                }
                values[ITEM] = t;
                level = ITEM;
            } else {
                String label = t.substring(1, t.length() - 1);
                if (label.chars().allMatch(Character::isDigit) && !label.isEmpty() && level < PARAGRAPH) {
                    values[PARAGRAPH] = label;
                    level = PARAGRAPH;
                } else if (ROMAN.matcher(label).matches() && level < ITEM) {
                    values[ITEM] = String.valueOf(roman(label));
                    level = ITEM;
                } else if (LETTER.matcher(label).matches() && level == ITEM) {
                    values[SUBITEM] = label;
                    level = SUBITEM;
                } else {
                    return null;
                }
            }
            at[0]++;
        }
        if (rangeEnd && from == ARTICLE && context != null && context.values()[ARTICLE] != null
                && Integer.parseInt(values[ARTICLE].split("-")[0]) <= Integer.parseInt(context.values()[ARTICLE].split("-")[0])) {
            return null;
        }
        return new Ref(from, values, false);
    }

    private static boolean isNumber(String t) {
        return !t.isEmpty() && t.chars().allMatch(Character::isDigit);
    }

    static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (Character.toLowerCase(s.charAt(i))) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> throw new IllegalArgumentException(s);
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    @Override
    public String toString() {
        return parts.toString().toLowerCase(Locale.ROOT);
    }
}
