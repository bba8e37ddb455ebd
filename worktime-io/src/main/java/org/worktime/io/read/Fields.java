package org.worktime.io.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.worktime.core.finding.Text;
import org.worktime.io.read.YamlTree.Entry;
import org.worktime.io.read.YamlTree.ListNode;
import org.worktime.io.read.YamlTree.MapNode;
import org.worktime.io.read.YamlTree.Node;
import org.worktime.io.read.YamlTree.Scalar;

/**
 * Typed, strict access to the keys of one YAML/JSON map: unknown keys are reported on construction (with the
 * known keys), a required key that is missing or null is reported, a value of the wrong shape or text is
 * reported with its line and its dotted path ({@code agreements[0].to}). A null value counts as absent.
 * Public for the readers of other modules (see {@link YamlTree}).
 */
public final class Fields {

    /** Parses a scalar text. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text) throws ValueException;
    }

    private final Path file;
    private final Problems problems;
    private final MapNode map;
    private final String path;
    private boolean failed;

    public Fields(Path file, Problems problems, MapNode map, String path, List<String> known) {
        this.file = file;
        this.problems = problems;
        this.map = map;
        this.path = path;
        for (Entry e : map.entries().values()) {
            if (!known.contains(e.key())) {
                String near = Values.closest(e.key(), known);
                problem(e.line(), field(e.key()), Text.of("io.read.fields.unknown-key", "hint", Hints.didYouMean(near),
                        "known", String.join(", ", known)));
            }
        }
    }

    /** Wraps a node that must be a map; reports and returns null otherwise. */
    public static Fields of(Path file, Problems problems, Node node, String path, List<String> known) {
        if (node instanceof MapNode m) {
            return new Fields(file, problems, m, path, known);
        }
        problems.add(file, node.line(), path.isEmpty() ? null : path, Text.of("io.read.fields.expected-map",
                "known", String.join(", ", known), "found", node.kindText()));
        return null;
    }

    /** Whether any problem was reported through this object. */
    public boolean failed() {
        return failed;
    }

    /** Marks this map as failed because a nested part reported a problem. */
    public void markFailed() {
        failed = true;
    }

    public void problem(int line, String field, Text message) {
        failed = true;
        problems.add(file, line, field, message);
    }

    /**
     * A problem in words that are the same in every language.
     *
     * @deprecated say it with a catalog message, {@link #problem(int, String, Text)}
     */
    @Deprecated
    public void problem(int line, String field, String message) {
        problem(line, field, Text.verbatim(message));
    }

    public String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public int line() {
        return map.line();
    }

    public int line(String key) {
        Entry e = map.entries().get(key);
        return e == null ? map.line() : e.value().line();
    }

    /** The node under the key, or null when absent or null. */
    public Node node(String key) {
        Entry e = map.entries().get(key);
        if (e == null || e.value() instanceof Scalar s && s.isNull()) {
            return null;
        }
        return e.value();
    }

    public boolean has(String key) {
        return node(key) != null;
    }

    /** Reports a missing required key. */
    public void missing(String key) {
        problem(map.line(), field(key), Text.of("io.read.fields.missing-key"));
    }

    /** The text of a scalar value; null when absent (reported if required) or not a scalar (reported). */
    public String text(String key, boolean required) {
        Node n = node(key);
        if (n == null) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (n instanceof Scalar s) {
            return s.text();
        }
        problem(n.line(), field(key), Text.of("io.read.fields.expected-single", "found", n.kindText()));
        return null;
    }

    /** A parsed scalar; null when absent, or when it does not parse (reported). */
    public <T> T value(String key, boolean required, Parser<T> parser) {
        String text = text(key, required);
        if (text == null) {
            return null;
        }
        return parse(text, line(key), field(key), parser);
    }

    public <T> T parse(String text, int line, String field, Parser<T> parser) {
        try {
            return parser.parse(text);
        } catch (ValueException e) {
            problem(line, field, e.text());
            return null;
        }
    }

    /** A required, non-blank text. */
    public String requiredText(String key) {
        String text = text(key, true);
        if (text != null && text.isBlank()) {
            problem(line(key), field(key), Text.of("io.read.value.missing"));
            return null;
        }
        return text == null ? null : text.trim();
    }

    /** The list under the key; null when absent; a non-list is reported. */
    public ListNode list(String key) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof ListNode l) {
            return l;
        }
        problem(n.line(), field(key), Text.of("io.read.fields.expected-list", "found", n.kindText()));
        return null;
    }

    /** A map of text values (numbers and booleans as written); empty when absent. */
    public Map<String, String> stringMap(String key) {
        Node n = node(key);
        Map<String, String> result = new LinkedHashMap<>();
        if (n == null) {
            return result;
        }
        if (!(n instanceof MapNode m)) {
            problem(n.line(), field(key), Text.of("io.read.fields.expected-names", "found", n.kindText()));
            return result;
        }
        for (Entry e : m.entries().values()) {
            if (e.value() instanceof Scalar s && !s.isNull()) {
                result.put(e.key(), s.text());
            } else {
                problem(e.value().line(), field(key) + "." + e.key(), Text.of("io.read.fields.expected-single", "found", e.value().kindText()));
            }
        }
        return result;
    }
}
