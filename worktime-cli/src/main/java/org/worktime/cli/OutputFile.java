package org.worktime.cli;

import org.worktime.core.finding.Text;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes {@code --output} atomically: into a temporary file beside the target ({@code .report.json.1a2b3c.tmp}),
 * renamed over the target only once everything is written. A failure while writing (a full disk, a file-size limit)
 * removes the temporary file and leaves the previous target as it was; it is an {@link OutputFailure} (exit 4), not
 * an internal error. A target that exists but is not a regular file (a device such as /dev/stdout, a named pipe) is
 * written directly, as a rename cannot replace it.
 */
final class OutputFile {

    /** Opens the stream the output goes to: the seam through which tests make the disk fail after N bytes. */
    @FunctionalInterface
    interface Streams {
        OutputStream open(Path file) throws IOException;
    }

    /** Something that writes the output. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Something that writes the output as bytes (a workbook). */
    @FunctionalInterface
    interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    static final OutputFile ON_DISK = new OutputFile(file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE));

    private final Streams streams;

    OutputFile(Streams streams) {
        this.streams = streams;
    }

    /** Writes the content to the file (UTF-8), replacing it only when complete. */
    void write(Path file, Content content) {
        writeBytes(file, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes bytes to the file, replacing it only when complete. */
    void writeBytes(Path file, Bytes content) {
        Path target = resolveLink(file);
        if (Files.isDirectory(target)) {
            throw new UserError(Text.of("cli.output.is-folder", "file", file.toString()));
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            writeDirectly(file, target, content);
            return;
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserError(Text.of("cli.output.no-folder", "file", file.toString()));
        }
        boolean existed = Files.exists(target);
        Path temporary = folder.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16)
                + ".tmp");
        OutputStream stream;
        try {
            stream = streams.open(temporary);
        } catch (AccessDeniedException e) {
            throw new UserError(Text.of("cli.output.permission-in", "file", file.toString(), "folder", folder.toString()), e);
        } catch (IOException e) {
            throw failure(file, e, existed);
        }
        try {
            try (OutputStream out = stream) {
                content.writeTo(out);
            }
            move(temporary, target);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw failure(file, e, existed);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temporary);
            throw e;
        }
    }

    private void writeDirectly(Path file, Path target, Bytes content) {
        try (OutputStream out = Files.newOutputStream(target)) {
            content.writeTo(out);
        } catch (AccessDeniedException e) {
            throw new UserError(Text.of("cli.output.permission", "file", file.toString()), e);
        } catch (IOException e) {
            throw new OutputFailure(Text.of("cli.output.failed", "file", file.toString(), "reason", reason(e), "previous", "none"), e);
        }
    }

    /** Writing through a symbolic link replaces the file it points to, not the link. */
    private static Path resolveLink(Path file) {
        if (Files.isSymbolicLink(file) && Files.exists(file)) {
            try {
                return file.toRealPath();
            } catch (IOException e) {
                return file;
            }
        }
        return file;
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static OutputFailure failure(Path file, IOException e, boolean existed) {
        return new OutputFailure(Text.of("cli.output.failed", "file", file.toString(), "reason", reason(e),
                "previous", existed ? "kept" : "nothing"), e);
    }

    /** The operating system's reason ("No space left on device", "File too large"), without Java's names. */
    static Text reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return Text.verbatim(f.getReason());
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? Text.of("cli.output.io-error") : Text.verbatim(message);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the failure being reported matters more than a leftover temporary file
        }
    }
}
