package org.worktime.io.read;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes held in memory in chunks of 1 MiB: what {@link DatasetStream} keeps of grouped shifts between validating and
 * evaluating them, when they fit its budget. Unlike a {@code ByteArrayOutputStream} it never copies what it holds to
 * grow, and it is read back in place.
 */
final class ByteChunks extends OutputStream {

    private static final int CHUNK = 1 << 20;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] last;
    private int used = CHUNK;
    private long size;

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            grow();
        }
        last[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        while (len > 0) {
            if (used == CHUNK) {
                grow();
            }
            int n = Math.min(len, CHUNK - used);
            System.arraycopy(b, off, last, used, n);
            used += n;
            off += n;
            len -= n;
            size += n;
        }
    }

    private void grow() {
        last = new byte[CHUNK];
        chunks.add(last);
        used = 0;
    }

    /** The bytes written, from the first; the chunks are not copied. */
    InputStream reader() {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                byte b = chunks.get((int) (position / CHUNK))[(int) (position % CHUNK)];
                position++;
                return b & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (position >= size) {
                    return -1;
                }
                int at = (int) (position % CHUNK);
                int n = (int) Math.min(Math.min(len, CHUNK - at), size - position);
                System.arraycopy(chunks.get((int) (position / CHUNK)), at, b, off, n);
                position += n;
                return n;
            }
        };
    }
}
