package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.Node;
import org.worktime.io.read.YamlTree.Scalar;

/**
 * Reads an {@link ImportProfile} from YAML, strictly: unknown keys, a pattern that does not parse or lacks the fields
 * it needs, a column mapped twice, a break form without its placement are all reported with the profile's file, line
 * and key. A built-in profile is named by its name ({@code kr-hr}, {@code jp-attendance}, {@code us-timeclock}).
 */
public final class ImportProfileReader {

    /** The built-in profiles, read from {@code org/worktime/io/profiles/NAME.yaml}. */
    public static final List<String> BUILT_IN = List.of("kr-hr", "jp-attendance", "us-timeclock", "punches");

    static final List<String> KEYS = List.of("name", "description", "kind", "zone", "encoding", "columns", "ignore", "patterns",
            "overnight", "breaks", "directions");
    static final List<String> COLUMN_KEYS = List.of("employee", "date", "start", "end", "breaks", "time", "direction");
    static final List<String> PATTERN_KEYS = List.of("date", "time", "dateTime");
    static final List<String> BREAK_KEYS = List.of("form", "at", "after", "placement");
    static final List<String> DIRECTION_KEYS = List.of("in", "out");

    private static final LocalDateTime SAMPLE = LocalDateTime.of(2026, 3, 23, 21, 5);

    private ImportProfileReader() {
    }

    /** A built-in profile by name, or a profile file by path. */
    public static ImportProfile load(String nameOrFile) throws InputException {
        if (BUILT_IN.contains(nameOrFile)) {
            String resource = "/org/worktime/io/profiles/" + nameOrFile + ".yaml";
            try (InputStream in = ImportProfileReader.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), Path.of("profile " + nameOrFile));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + resource, e);
            }
        }
        Path file = Path.of(nameOrFile);
        if (!InputFiles.present(file)) {
            throw InputException.of(file, Text.of("io.read.import.no-profile", "builtIn", String.join(", ", BUILT_IN)));
        }
        Problems problems = new Problems();
        String text = InputFiles.text(file, problems);
        problems.throwIfAny();
        return read(new java.io.StringReader(text), file);
    }

    /** Reads a profile; {@code name} is used in messages. */
    public static ImportProfile read(Reader reader, Path name) throws InputException {
        Problems problems = new Problems();
        Node root = YamlTree.read(reader, name, false, problems);
        problems.throwIfAny();
        ImportProfile profile = parse(root, name, problems);
        problems.throwIfAny();
        return profile;
    }

    private static ImportProfile parse(Node root, Path file, Problems problems) {
        Fields f = Fields.of(file, problems, root, "", KEYS);
        if (f == null) {
            return null;
        }
        String name = f.requiredText("name");
        f.text("description", false);
        ImportProfile.Kind kind = f.value("kind", false, ImportProfileReader::kind);
        kind = kind == null && !f.has("kind") ? ImportProfile.Kind.SHIFTS : kind;
        ZoneId zone = f.value("zone", false, WorkplaceReader::zone);
        Charset encoding = f.has("encoding") ? f.value("encoding", false, ImportProfileReader::charset) : StandardCharsets.UTF_8;
        ImportProfile.Columns columns = null;
        Fields c = f.has("columns") ? Fields.of(file, problems, f.node("columns"), "columns", COLUMN_KEYS) : null;
        if (c == null) {
            if (!f.has("columns")) {
                f.missing("columns");
            }
        } else {
            columns = new ImportProfile.Columns(c.requiredText("employee"), trimmed(c.text("date", false)),
                    kind == ImportProfile.Kind.PUNCHES ? notFor(c, "start", "punches") : c.requiredText("start"),
                    kind == ImportProfile.Kind.PUNCHES ? notFor(c, "end", "punches") : c.requiredText("end"),
                    kind == ImportProfile.Kind.PUNCHES ? notFor(c, "breaks", "punches") : trimmed(c.text("breaks", false)),
                    kind == ImportProfile.Kind.PUNCHES ? c.requiredText("time") : notFor(c, "time", "shifts"),
                    kind == ImportProfile.Kind.PUNCHES ? c.requiredText("direction") : notFor(c, "direction", "shifts"));
            Set<String> seen = new LinkedHashSet<>();
            for (String column : columns.mapped()) {
                if (!seen.add(column)) {
                    c.problem(c.line(), "columns", Text.of("io.read.import.mapped-twice", "column", column));
                }
            }
        }
        Set<String> ignored = new LinkedHashSet<>();
        ListNode ignore = f.list("ignore");
        if (ignore != null) {
            for (int i = 0; i < ignore.items().size(); i++) {
                Node item = ignore.items().get(i);
                if (item instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
                    if (columns != null && columns.mapped().contains(s.text().trim())) {
                        f.problem(item.line(), "ignore[" + i + "]", Text.of("io.read.import.ignored-and-mapped", "column", s.text().trim()));
                    }
                    ignored.add(s.text().trim());
                } else {
                    f.problem(item.line(), "ignore[" + i + "]", Text.of("io.read.import.expected-column", "found", item.kindText()));
                }
            }
        }
        ImportProfile.Pattern date = null;
        ImportProfile.Pattern time = null;
        ImportProfile.Pattern dateTime = null;
        boolean hasDate = columns != null && columns.date() != null;
        Fields p = f.has("patterns") ? Fields.of(file, problems, f.node("patterns"), "patterns", PATTERN_KEYS) : null;
        if (p == null) {
            if (!f.has("patterns")) {
                f.missing("patterns");
            }
        } else {
            if (hasDate) {
                date = pattern(p, "date", true, Shape.DATE);
                time = pattern(p, "time", true, Shape.TIME);
                if (p.has("dateTime")) {
                    p.problem(p.line("dateTime"), p.field("dateTime"), Text.of("io.read.import.date-column-times"));
                }
            } else {
                dateTime = pattern(p, "dateTime", true, Shape.DATE_TIME);
                for (String key : List.of("date", "time")) {
                    if (p.has(key)) {
                        p.problem(p.line(key), p.field(key), Text.of("io.read.import.no-date-column"));
                    }
                }
            }
        }
        ImportProfile.Overnight overnight = null;
        if (hasDate && kind == ImportProfile.Kind.SHIFTS) {
            overnight = f.value("overnight", true, ImportProfileReader::overnight);
        } else if (f.has("overnight")) {
            f.problem(f.line("overnight"), "overnight", Text.of("io.read.import.overnight-not-applicable",
                    "kind", kind == ImportProfile.Kind.PUNCHES ? "punches" : "shifts"));
        }
        ImportProfile.Breaks breaks = null;
        if (columns != null && columns.breaks() != null) {
            Fields b = f.has("breaks") ? Fields.of(file, problems, f.node("breaks"), "breaks", BREAK_KEYS) : null;
            if (b == null) {
                if (!f.has("breaks")) {
                    f.problem(f.line(), "breaks", Text.of("io.read.import.breaks-form-needed"));
                }
            } else {
                breaks = breaks(b);
            }
        } else if (f.has("breaks")) {
            f.problem(f.line("breaks"), "breaks", Text.of("io.read.import.no-breaks-column"));
        }
        ImportProfile.Directions directions = null;
        if (kind == ImportProfile.Kind.PUNCHES) {
            Fields d = f.has("directions") ? Fields.of(file, problems, f.node("directions"), "directions", DIRECTION_KEYS) : null;
            if (d == null) {
                if (!f.has("directions")) {
                    f.missing("directions");
                }
            } else {
                List<String> in = words(d, "in");
                List<String> out = words(d, "out");
                for (String word : in) {
                    if (out.stream().anyMatch(word::equalsIgnoreCase)) {
                        d.problem(d.line("out"), d.field("out"), Text.of("io.read.import.in-and-out", "word", word));
                    }
                }
                directions = new ImportProfile.Directions(in, out);
            }
        } else if (f.has("directions")) {
            f.problem(f.line("directions"), "directions", Text.of("io.read.import.directions-for-punches"));
        }
        if (f.failed() || columns == null || kind == null || encoding == null || problems.size() > 0) {
            return null;
        }
        return new ImportProfile(name, kind, zone, encoding, columns, ignored, date, time, dateTime, overnight, breaks, directions);
    }

    private static String notFor(Fields c, String key, String kind) {
        if (c.has(key)) {
            c.problem(c.line(key), c.field(key), Text.of("io.read.import.not-a-column", "kind", kind));
        }
        return null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static List<String> words(Fields d, String key) {
        List<String> words = new ArrayList<>();
        Node n = d.node(key);
        if (n == null) {
            d.missing(key);
        } else if (n instanceof Scalar s) {
            words.add(s.text().trim());
        } else if (n instanceof ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Scalar s && !s.isNull() && !s.text().isBlank()) {
                    words.add(s.text().trim());
                } else {
                    d.problem(item.line(), d.field(key), Text.of("io.read.import.expected-word", "found", item.kindText()));
                }
            }
        }
        if (n != null && words.isEmpty()) {
            d.problem(d.line(key), d.field(key), Text.of("io.read.import.no-words"));
        }
        return words;
    }

    private static ImportProfile.Breaks breaks(Fields b) {
        ImportProfile.Breaks.Form form = b.value("form", true, text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "ranges" -> ImportProfile.Breaks.Form.RANGES;
            case "minutes" -> ImportProfile.Breaks.Form.MINUTES;
            default -> throw new ValueException(Text.of("io.read.import.break-form", "text", text.trim()));
        });
        LocalTime at = b.value("at", false, Values::timeOfDay);
        Duration after = b.value("after", false, text -> Duration.ofMinutes(Values.dailyMinutes(text)));
        Boolean unplaced = b.value("placement", false, text -> switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "none" -> Boolean.TRUE;
            default -> throw new ValueException(Text.of("io.read.import.break-placement", "text", text.trim()));
        });
        boolean none = unplaced != null && unplaced;
        if (form == ImportProfile.Breaks.Form.MINUTES) {
            int places = (b.has("at") ? 1 : 0) + (b.has("after") ? 1 : 0) + (b.has("placement") ? 1 : 0);
            if (places != 1) {
                b.problem(b.line(), "breaks", Text.of("io.read.import.minutes-need-place"));
            }
        } else if (form != null && (b.has("at") || b.has("after") || b.has("placement"))) {
            b.problem(b.line(), "breaks", Text.of("io.read.import.ranges-have-times"));
        }
        return b.failed() ? null : new ImportProfile.Breaks(form, at, after, none);
    }

    private enum Shape {
        DATE, TIME, DATE_TIME
    }

    /**
     * A pattern of {@link DateTimeFormatter} letters, strict ({@code yyyy} means the proleptic year here, so strict
     * resolving needs no era), case-insensitive for AM/PM and read in English. It must round-trip a sample value of
     * its shape, so a date pattern without a day, or a time pattern without minutes, is refused here and not on every row.
     */
    private static ImportProfile.Pattern pattern(Fields p, String key, boolean required, Shape shape) {
        String text = p.text(key, required);
        if (text == null) {
            return null;
        }
        DateTimeFormatter formatter;
        try {
            formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(proleptic(text)).toFormatter(Locale.US)
                    .withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            p.problem(p.line(key), p.field(key), Text.of("io.read.import.bad-pattern", "text", text, "why", String.valueOf(e.getMessage())));
            return null;
        } catch (ClassCastException e) {
            // The JDK's pattern builder fails this way on a pad letter 'p' before a letter that cannot be padded
            // ("yyy p"; found by fuzzing): the pattern is the user's mistake, not a bug of ours.
            p.problem(p.line(key), p.field(key), Text.of("io.read.import.pad-letter", "text", text));
            return null;
        }
        if (shape == Shape.DATE_TIME && readsOffset(formatter)) {
            return new ImportProfile.Pattern(text, formatter, true);
        }
        try {
            String sample = switch (shape) {
                case DATE -> formatter.format(SAMPLE.toLocalDate());
                case TIME -> formatter.format(SAMPLE.toLocalTime());
                case DATE_TIME -> formatter.format(SAMPLE);
            };
            Object back = switch (shape) {
                case DATE -> LocalDate.parse(sample, formatter);
                case TIME -> LocalTime.parse(sample, formatter);
                case DATE_TIME -> LocalDateTime.parse(sample, formatter);
            };
            Object expected = switch (shape) {
                case DATE -> SAMPLE.toLocalDate();
                case TIME -> SAMPLE.toLocalTime();
                case DATE_TIME -> SAMPLE;
            };
            if (!back.equals(expected)) {
                throw new DateTimeException("it reads " + sample + " back as " + back);
            }
        } catch (DateTimeException e) {
            p.problem(p.line(key), p.field(key), Text.of("io.read.import.incomplete-pattern", "text", text, "shape", shape.name()));
            return null;
        }
        return new ImportProfile.Pattern(text, formatter, false);
    }

    /** Whether the formatter writes and reads back a date-time with its offset, exactly. */
    private static boolean readsOffset(DateTimeFormatter formatter) {
        java.time.OffsetDateTime sample = SAMPLE.atOffset(java.time.ZoneOffset.ofHoursMinutes(5, 30));
        try {
            return java.time.OffsetDateTime.parse(formatter.format(sample), formatter).equals(sample);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** {@code y} (year of era, which strict resolving cannot use without an era) as {@code u}, outside quoted text. */
    static String proleptic(String pattern) {
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && ch == 'y' ? 'u' : ch);
        }
        return sb.toString();
    }

    private static ImportProfile.Kind kind(String text) throws ValueException {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "shifts" -> ImportProfile.Kind.SHIFTS;
            case "punches" -> ImportProfile.Kind.PUNCHES;
            default -> throw new ValueException(Text.of("io.read.import.kind", "text", text.trim()));
        };
    }

    private static ImportProfile.Overnight overnight(String text) throws ValueException {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "next-day" -> ImportProfile.Overnight.NEXT_DAY;
            case "refuse" -> ImportProfile.Overnight.REFUSE;
            default -> throw new ValueException(Text.of("io.read.import.overnight", "text", text.trim()));
        };
    }

    private static Charset charset(String text) throws ValueException {
        try {
            return Charset.forName(text.trim());
        } catch (IllegalArgumentException e) {
            throw new ValueException(Text.of("io.read.import.encoding", "text", text.trim()));
        }
    }
}
