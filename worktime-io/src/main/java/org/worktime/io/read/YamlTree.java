package org.worktime.io.read;

import org.worktime.core.finding.Text;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A YAML or JSON document read into a small tree whose every node knows its line, built from Jackson's
 * streaming parser. Scalars keep their source text; types are decided by the reader of each key, strictly.
 * Public, with {@link Fields}, {@link Values} and {@link Problems}, so that other modules (the policy files of
 * worktime-policy) read their own YAML as strictly and report problems the same way.
 */
public final class YamlTree {

    private static final int MAX_DEPTH = 64;
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private YamlTree() {
    }

    public sealed interface Node permits MapNode, ListNode, Scalar {
        int line();

        /** "a map", "a list", "a value" or "nothing" for messages. */
        String kind();

        /** What the node is, said in each language: a map, a list, a value or nothing. */
        default org.worktime.core.finding.Text kindText() {
            String kind = this instanceof MapNode ? "map" : this instanceof ListNode ? "list"
                    : this instanceof Scalar s && s.isNull() ? "nothing" : "value";
            return org.worktime.core.finding.Text.of("io.read.node.kind", "kind", kind);
        }
    }

    /** A scalar; {@code text} is null for YAML/JSON null (and for an empty value). */
    public record Scalar(String text, int line) implements Node {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kind() {
            return text == null ? "nothing" : "a value";
        }
    }

    public record Entry(String key, int line, Node value) {
    }

    public record MapNode(Map<String, Entry> entries, int line) implements Node {
        @Override
        public String kind() {
            return "a map";
        }
    }

    public record ListNode(List<Node> items, int line) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    public static boolean isJson(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * The most characters a YAML file may hold: SnakeYAML's own limit (3 Mi code points), stated here so that the
     * message says what to do. A larger dataset is a folder of CSV files, which have no such limit; JSON has none.
     */
    static final int MAX_YAML_CHARS = 3 * 1024 * 1024;
    /** The longest line of a YAML file: SnakeYAML scans a long plain scalar in quadratic time (10 MB: minutes). */
    static final int MAX_YAML_LINE = 100_000;

    /** Reads a file; returns null after reporting when it cannot be read or parsed. */
    public static Node read(Path file, Problems problems) {
        String text = InputFiles.text(file, problems);
        return text == null ? null : read(text, file, isJson(file), problems);
    }

    public static Node read(Reader reader, Path name, boolean json, Problems problems) {
        String text;
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                sb.append(buffer, 0, n);
                if (!json && sb.length() > MAX_YAML_CHARS) {
                    break;
                }
            }
            text = sb.toString();
        } catch (CharacterCodingException e) {
            problems.add(name, 0, null, Text.of("io.read.yaml.not-utf8"));
            return null;
        } catch (IOException e) {
            problems.ioFailure(name, e);
            return null;
        }
        return read(text, name, json, problems);
    }

    private static Node read(String text, Path name, boolean json, Problems problems) {
        if (!json && !withinYamlBounds(text, name, problems)) {
            return null;
        }
        String format = json ? "JSON" : "YAML";
        try (JsonParser parser = (json ? JSON : YAML).createParser(InputFiles.withoutByteOrderMark(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add(name, 0, null, Text.of("io.read.yaml.empty"));
                return null;
            }
            int before = problems.size();
            Node root = node(parser, name, problems, 0);
            if (problems.size() > before) {
                return null;
            }
            JsonToken next = parser.nextToken();
            if (next != null) {
                problems.add(name, line(parser.currentTokenLocation()), null,
                        Text.of("io.read.yaml.several-documents", "format", format));
                return null;
            }
            return root;
        } catch (CharacterCodingException e) {
            problems.add(name, 0, null, Text.of("io.read.yaml.not-utf8"));
        } catch (JsonProcessingException e) {
            problems.add(name, line(e.getLocation()), null, Text.of("io.read.yaml.invalid", "format", format, "why", clean(e.getOriginalMessage())));
        } catch (IOException | RuntimeException e) {
            problems.add(name, 0, null, Text.of("io.read.yaml.cannot-read", "format", format, "why", clean(String.valueOf(e.getMessage()))));
        }
        return null;
    }

    private static boolean withinYamlBounds(String text, Path name, Problems problems) {
        if (text.length() > MAX_YAML_CHARS) {
            problems.add(name, 0, null, Text.of("io.read.yaml.too-large", "megabytes", MAX_YAML_CHARS / (1024 * 1024)));
            return false;
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_YAML_LINE) {
                    problems.add(name, line, null, Text.of("io.read.yaml.line-too-long", "max", MAX_YAML_LINE));
                    return false;
                }
                line++;
                start = i + 1;
            }
        }
        return true;
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    /** Keeps the sentences of a SnakeYAML/Jackson message, dropping its source excerpts and carets. */
    private static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String text = message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::trim)
                .collect(Collectors.joining(": "));
        return text.isEmpty() ? message.trim() : text;
    }

    private static Node node(JsonParser parser, Path name, Problems problems, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        int line = line(parser.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "nested more than " + MAX_DEPTH + " levels deep");
        }
        if (parser instanceof YAMLParser yaml) {
            // Refused rather than resolved: Jackson hands an alias over as its anchor's name (zone: *z read as "z"), and
            // resolving them would let a few lines expand into a huge tree ("billion laughs").
            if (yaml.isCurrentAlias()) {
                problems.add(name, line, null, Text.of("io.read.yaml.alias", "name", parser.getText()));
                return new Scalar(null, line);
            }
            Object anchor = yaml.getObjectId();
            if (anchor != null) {
                problems.add(name, line, null, Text.of("io.read.yaml.anchor", "name", String.valueOf(anchor)));
            }
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line(parser.currentTokenLocation());
                    parser.nextToken();
                    Node value = node(parser, name, problems, depth + 1);
                    Entry previous = entries.putIfAbsent(key, new Entry(key, keyLine, value));
                    if (previous != null) {
                        problems.add(name, keyLine, key, Text.of("io.read.yaml.duplicate-key", "first", previous.line()));
                    }
                }
                return new MapNode(entries, line);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, name, problems, depth + 1));
                }
                return new ListNode(items, line);
            }
            case VALUE_NULL:
                return new Scalar(null, line);
            case VALUE_STRING:
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Scalar(parser.getText(), line);
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
        }
    }
}
