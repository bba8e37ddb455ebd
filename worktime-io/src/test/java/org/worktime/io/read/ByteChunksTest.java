package org.worktime.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** ByteChunks writes what a DataOutputStream writes, across its chunks' edges, and reads it back. */
class ByteChunksTest {

    @Test
    void primitivesAcrossChunkEdgesReadBackAsWrittenAndAsADataOutputStreamWritesThem() throws IOException {
        ByteChunks chunks = new ByteChunks();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        // 1 MiB chunks: 3 bytes first, so that ints and longs straddle the edges.
        for (int i = 0; i < 3; i++) {
            chunks.writeByte(i);
            data.writeByte(i);
        }
        int rows = 120_000;
        for (int i = 0; i < rows; i++) {
            chunks.writeInt(i * 31 - 7);
            chunks.writeLong(-1L * i * 1_000_003L);
            chunks.writeShort(i & 0x7FFF);
            data.writeInt(i * 31 - 7);
            data.writeLong(-1L * i * 1_000_003L);
            data.writeShort(i & 0x7FFF);
        }
        chunks.writeUTF("KRW");
        chunks.writeUTF("15311.5");
        assertThat(chunks.size()).isEqualTo(3 + rows * 14L + 5 + 9);
        byte[] expected = bytes.toByteArray();
        ByteChunks.Reader raw = chunks.reader();
        for (byte b : expected) {
            assertThat(raw.readByte()).isEqualTo(b);
        }
        ByteChunks.Reader in = chunks.reader();
        for (int i = 0; i < 3; i++) {
            assertThat(in.readByte()).isEqualTo((byte) i);
        }
        for (int i = 0; i < rows; i++) {
            assertThat(in.readInt()).isEqualTo(i * 31 - 7);
            assertThat(in.readLong()).isEqualTo(-1L * i * 1_000_003L);
            assertThat(in.readShort()).isEqualTo((short) (i & 0x7FFF));
        }
        assertThat(in.readUTF()).isEqualTo("KRW");
        assertThat(in.readUTF()).isEqualTo("15311.5");
        assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
        // A second reader starts from the first byte again.
        assertThat(chunks.reader().readByte()).isEqualTo((byte) 0);
    }

    @Test
    void nothingWrittenIsAtItsEnd() {
        assertThatThrownBy(() -> new ByteChunks().reader().readInt()).isInstanceOf(EOFException.class);
    }
}
