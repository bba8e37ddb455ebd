package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small, fast RFC 4180 CSV reader: comma-separated, double quotes around a field that holds commas, quotes
 * ({@code ""}) or line breaks; CR, LF or CRLF line ends; a UTF-8 byte-order mark is skipped; blank lines are
 * skipped; unquoted fields are trimmed. Each record knows the line it starts on. Text must be UTF-8: the reader
 * is expected to decode with replacement, and a line holding U+FFFD is refused, naming its line.
 */
final class CsvRecords implements Closeable {

    /** The text is not well-formed CSV (an unclosed quote and the like). */
    static final class FormatException extends Exception {
        final int line;

        private final transient Text text;

        FormatException(int line, Text message) {
            super(message.in(org.worktime.core.i18n.Language.EN), null, false, false);
            this.line = line;
            this.text = message;
        }

        Text text() {
            return text;
        }
    }

    private final BufferedReader in;
    private int physicalLine;
    private int recordLine;
    private String[] fields = new String[16];
    private int size;
    private final StringBuilder sb = new StringBuilder();

    CsvRecords(Reader reader) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    }

    /** Reads the next non-blank record; false at the end. */
    boolean next() throws IOException, FormatException {
        while (true) {
            String line = readLine();
            if (line == null) {
                return false;
            }
            if (physicalLine == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            recordLine = physicalLine;
            size = 0;
            if (line.indexOf('"') < 0) {
                splitPlain(line);
            } else {
                splitQuoted(line);
            }
            return true;
        }
    }

    private String readLine() throws IOException, FormatException {
        String line = in.readLine();
        if (line != null) {
            physicalLine++;
            if (line.indexOf('\uFFFD') >= 0) {
                throw new FormatException(physicalLine, Text.of("io.read.csv.not-utf8"));
            }
        }
        return line;
    }

    private void splitPlain(String line) {
        int start = 0;
        int n = line.length();
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? n : comma;
            add(trim(line, start, end));
            if (comma < 0) {
                return;
            }
            start = comma + 1;
        }
    }

    private static String trim(String line, int start, int end) {
        while (start < end && line.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && line.charAt(end - 1) <= ' ') {
            end--;
        }
        return line.substring(start, end);
    }

    private void splitQuoted(String first) throws IOException, FormatException {
        String line = first;
        int i = 0;
        while (true) {
            // at the start of a field
            int n = line.length();
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                sb.setLength(0);
                i++;
                while (true) {
                    if (i >= line.length()) {
                        String more = readLine();
                        if (more == null) {
                            throw new FormatException(recordLine, Text.of("io.read.csv.unclosed-quote"));
                        }
                        sb.append('\n');
                        line = more;
                        i = 0;
                        continue;
                    }
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            sb.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(c);
                    i++;
                }
                add(sb.toString());
                n = line.length();
                while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i++;
                }
                if (i == n) {
                    return;
                }
                if (line.charAt(i) != ',') {
                    throw new FormatException(physicalLine, Text.of("io.read.csv.after-quote", "text", line.substring(i)));
                }
                i++;
                if (i == n) {
                    add("");
                    return;
                }
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? n : comma;
                String field = trim(line, i, end);
                if (field.indexOf('"') >= 0) {
                    throw new FormatException(physicalLine, Text.of("io.read.csv.quote-inside", "text", field));
                }
                add(field);
                if (comma < 0) {
                    return;
                }
                i = comma + 1;
                if (i == n) {
                    add("");
                    return;
                }
            }
        }
    }

    private void add(String field) {
        if (size == fields.length) {
            fields = Arrays.copyOf(fields, size * 2);
        }
        fields[size++] = field;
    }

    /** The line the current record starts on (1-based). */
    int line() {
        return recordLine;
    }

    int size() {
        return size;
    }

    String get(int i) {
        return fields[i];
    }

    List<String> all() {
        List<String> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(fields[i]);
        }
        return list;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
