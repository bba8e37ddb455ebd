package org.worktime.io.read;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes held in memory in chunks of 1 MiB: what {@link DatasetStream} keeps of grouped shifts between validating and
 * evaluating them, when they fit its budget. Written and read as {@link DataOutput} and {@link DataInput} (big-endian,
 * as a {@code DataOutputStream}), straight into the chunks: no stream, buffer or lock in between, nothing copied to
 * grow, and read back in place as often as needed. Not thread-safe.
 */
final class ByteChunks implements DataOutput {

    private static final int SHIFT = 20;
    private static final int CHUNK = 1 << SHIFT;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] last;
    private int used = CHUNK;
    private long size;

    /** The bytes written so far. */
    long size() {
        return size;
    }

    @Override
    public void write(int b) {
        if (used == CHUNK) {
            last = new byte[CHUNK];
            chunks.add(last);
            used = 0;
        }
        last[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            write(b[off + i]);
        }
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        write(v >>> 8);
        write(v);
    }

    @Override
    public void writeChar(int v) {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) {
        if (used <= CHUNK - 4) {
            byte[] b = last;
            int at = used;
            b[at] = (byte) (v >>> 24);
            b[at + 1] = (byte) (v >>> 16);
            b[at + 2] = (byte) (v >>> 8);
            b[at + 3] = (byte) v;
            used = at + 4;
            size += 4;
            return;
        }
        writeShort(v >>> 16);
        writeShort(v);
    }

    @Override
    public void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            write(s.charAt(i));
        }
    }

    @Override
    public void writeChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    /** UTF-8 after its length in two bytes; only {@link Reader#readUTF} reads it (codes and amounts: short, ASCII). */
    @Override
    public void writeUTF(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0xFFFF) {
            throw new IllegalArgumentException("too long: " + bytes.length + " bytes");
        }
        writeShort(bytes.length);
        write(bytes);
    }

    /** The bytes written, from the first; the chunks are not copied. */
    Reader reader() {
        return new Reader();
    }

    /** Reads what was written, in order; {@link EOFException} past the end. */
    final class Reader implements DataInput {
        private long position;

        @Override
        public byte readByte() throws EOFException {
            if (position >= size) {
                throw new EOFException();
            }
            byte b = chunks.get((int) (position >>> SHIFT))[(int) (position & (CHUNK - 1))];
            position++;
            return b;
        }

        @Override
        public int readUnsignedByte() throws EOFException {
            return readByte() & 0xFF;
        }

        @Override
        public void readFully(byte[] b) throws EOFException {
            readFully(b, 0, b.length);
        }

        @Override
        public void readFully(byte[] b, int off, int len) throws EOFException {
            for (int i = 0; i < len; i++) {
                b[off + i] = readByte();
            }
        }

        @Override
        public int skipBytes(int n) {
            int skipped = (int) Math.min(n, size - position);
            position += skipped;
            return skipped;
        }

        @Override
        public boolean readBoolean() throws EOFException {
            return readByte() != 0;
        }

        @Override
        public short readShort() throws EOFException {
            return (short) (readUnsignedByte() << 8 | readUnsignedByte());
        }

        @Override
        public int readUnsignedShort() throws EOFException {
            return readShort() & 0xFFFF;
        }

        @Override
        public char readChar() throws EOFException {
            return (char) readShort();
        }

        @Override
        public int readInt() throws EOFException {
            int at = (int) (position & (CHUNK - 1));
            if (at <= CHUNK - 4 && position + 4 <= size) {
                byte[] b = chunks.get((int) (position >>> SHIFT));
                position += 4;
                return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
            }
            return readUnsignedShort() << 16 | readUnsignedShort();
        }

        @Override
        public long readLong() throws EOFException {
            return (long) readInt() << 32 | (readInt() & 0xFFFFFFFFL);
        }

        @Override
        public float readFloat() throws EOFException {
            return Float.intBitsToFloat(readInt());
        }

        @Override
        public double readDouble() throws EOFException {
            return Double.longBitsToDouble(readLong());
        }

        /** DataInput's deprecated line reader: the rows are written with writeUTF and read with readUTF, never as lines. */
        @Override
        public String readLine() {
            throw new UnsupportedOperationException("ByteChunks holds no lines");
        }

        @Override
        public String readUTF() throws EOFException {
            byte[] bytes = new byte[readUnsignedShort()];
            readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
