package org.worktime.io.read;

import org.worktime.core.finding.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The one place where readers open their input files, so that every reader refuses the same odd files with the same
 * words: a dangling or looping symbolic link, a folder, a named pipe or device (which would block or never end), a
 * file that may not be read. Only a file that is absent is absent: a symbolic link of a dataset's file name is
 * "present" even when it leads nowhere, and is then refused, never skipped (a skipped shifts file would report
 * "no findings" for a dataset nobody read).
 *
 * <p>A failure of the disk itself while reading (an {@link IOException} that is not about the path) is reported
 * with {@link Problems#ioFailure}, which the command line answers with its own exit code.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** Whether something of this name is there, a symbolic link included even when its target is missing. */
    public static boolean present(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Why the file cannot be opened as a regular file, or null when it can (the reason is the user's to fix). */
    public static Text refusal(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(file) ? Text.of("io.read.file.dangling-link", "target", target(file)) : Text.of("io.read.file.no-such-file");
        } catch (FileSystemLoopException e) {
            return Text.of("io.read.file.link-loop");
        } catch (AccessDeniedException e) {
            return Text.of("io.read.file.permission-denied");
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            if (reason.contains("symbolic links")) {
                return Text.of("io.read.file.link-loop");
            }
            return Text.of("io.read.file.cannot-open", "reason", reason);
        } catch (IOException e) {
            return Text.of("io.read.file.cannot-open", "reason", String.valueOf(e.getMessage()));
        }
        if (attributes.isDirectory()) {
            return Text.of("io.read.file.folder");
        }
        if (!attributes.isRegularFile()) {
            return Text.of("io.read.file.not-regular");
        }
        return null;
    }

    private static Text target(Path link) {
        try {
            return Text.of("io.read.file.points-to", "target", Files.readSymbolicLink(link).toString());
        } catch (IOException | UnsupportedOperationException e) {
            return Text.of("io.read.file.target-missing");
        }
    }

    /** Opens a regular file; null after reporting why it cannot be. */
    public static InputStream open(Path file, Problems problems) {
        Text refusal = refusal(file);
        if (refusal != null) {
            problems.add(file, 0, null, refusal);
            return null;
        }
        try {
            return Files.newInputStream(file);
        } catch (AccessDeniedException e) {
            problems.add(file, 0, null, Text.of("io.read.file.permission-denied"));
        } catch (IOException e) {
            problems.ioFailure(file, e);
        }
        return null;
    }

    /**
     * A CSV file's text: UTF-8, with malformed bytes replaced by U+FFFD, which {@link CsvRecords} refuses naming the
     * line (a CSV file may be too big to check first); null after reporting.
     */
    public static Reader csv(Path file, Problems problems) {
        InputStream in = open(file, problems);
        return in == null ? null : ShiftCsvReader.utf8(in);
    }

    /**
     * The whole text of a (YAML or JSON) file: UTF-8 checked strictly, naming the line of the first byte that is not
     * UTF-8 (a latin-1 file says "line 3: ... byte 0xE9"), a leading byte-order mark dropped. Null after reporting.
     */
    public static String text(Path file, Problems problems) {
        InputStream in = open(file, problems);
        if (in == null) {
            return null;
        }
        byte[] bytes;
        try (in) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            problems.ioFailure(file, e);
            return null;
        }
        try {
            return withoutByteOrderMark(decode(bytes));
        } catch (NotUtf8 e) {
            problems.add(file, e.line, null, Text.of("io.read.file.not-utf8-byte", "byte", String.format("%02X", e.value)));
            return null;
        }
    }

    /** Drops one leading U+FEFF, which FORMATS.md allows at the start of any text file. */
    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** Bytes that are not UTF-8, located by line (1-based). */
    static final class NotUtf8 extends Exception {
        final int line;
        final int value;

        NotUtf8(int line, int value) {
            super(null, null, false, false);
            this.line = line;
            this.value = value;
        }
    }

    /** Decodes strict UTF-8; on the first malformed byte, counts the line it is on. */
    static String decode(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 1L));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int position = in.position();
            int line = 1;
            for (int i = 0; i < position; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new NotUtf8(line, bytes[position] & 0xFF);
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
