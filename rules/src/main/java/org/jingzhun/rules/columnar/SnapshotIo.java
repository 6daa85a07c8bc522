// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules.columnar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Sequential binary reading and writing of a kept snapshot's primitive arrays through one direct
 * buffer: arrays move in bulk (no per-value call), little-endian, so a province of a few GB is
 * written or read at the speed of the disk or the page cache.
 */
final class SnapshotIo {

    private static final int BUFFER = 1 << 22;

    private SnapshotIo() {
    }

    /** Writes to a channel. */
    static final class Out implements AutoCloseable {
        private final WritableByteChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

        Out(WritableByteChannel channel) {
            this.channel = channel;
        }

        private void room(int n) throws IOException {
            if (buffer.remaining() < n) {
                flush();
            }
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        void writeByte(int v) throws IOException {
            room(1);
            buffer.put((byte) v);
        }

        void writeInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        void writeLong(long v) throws IOException {
            room(8);
            buffer.putLong(v);
        }

        void writeString(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeInt(b.length);
            writeBytes(b, b.length);
        }

        void writeBytes(byte[] a, int n) throws IOException {
            for (int off = 0; off < n; ) {
                room(1);
                int k = Math.min(n - off, buffer.remaining());
                buffer.put(a, off, k);
                off += k;
            }
        }

        void writeShorts(short[] a, int n) throws IOException {
            for (int off = 0; off < n; ) {
                room(2);
                int k = Math.min(n - off, buffer.remaining() / 2);
                buffer.asShortBuffer().put(a, off, k);
                buffer.position(buffer.position() + 2 * k);
                off += k;
            }
        }

        void writeInts(int[] a, int n) throws IOException {
            for (int off = 0; off < n; ) {
                room(4);
                int k = Math.min(n - off, buffer.remaining() / 4);
                buffer.asIntBuffer().put(a, off, k);
                buffer.position(buffer.position() + 4 * k);
                off += k;
            }
        }

        void writeLongs(long[] a, int n) throws IOException {
            for (int off = 0; off < n; ) {
                room(8);
                int k = Math.min(n - off, buffer.remaining() / 8);
                buffer.asLongBuffer().put(a, off, k);
                buffer.position(buffer.position() + 8 * k);
                off += k;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Reads from a channel. */
    static final class In {
        private final ReadableByteChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(ByteOrder.LITTLE_ENDIAN);

        In(ReadableByteChannel channel) {
            this.channel = channel;
            buffer.limit(0);
        }

        /** Makes at least {@code n} (≤ the buffer) bytes available, or throws at the end of the file. */
        private void need(int n) throws IOException {
            if (buffer.remaining() >= n) {
                return;
            }
            buffer.compact();
            while (buffer.position() < n) {
                if (channel.read(buffer) < 0) {
                    throw new IOException("the kept snapshot file ends early");
                }
            }
            buffer.flip();
        }

        int readByte() throws IOException {
            need(1);
            return buffer.get();
        }

        int readInt() throws IOException {
            need(4);
            return buffer.getInt();
        }

        long readLong() throws IOException {
            need(8);
            return buffer.getLong();
        }

        String readString() throws IOException {
            int n = readInt();
            if (n < 0 || n > 1 << 20) {
                throw new IOException("a text of " + n + " bytes in a kept snapshot file");
            }
            return new String(readBytes(n), StandardCharsets.UTF_8);
        }

        byte[] readBytes(int n) throws IOException {
            byte[] a = new byte[n];
            for (int off = 0; off < n; ) {
                need(1);
                int k = Math.min(n - off, buffer.remaining());
                buffer.get(a, off, k);
                off += k;
            }
            return a;
        }

        short[] readShorts(int n) throws IOException {
            short[] a = new short[n];
            for (int off = 0; off < n; ) {
                need(2);
                int k = Math.min(n - off, buffer.remaining() / 2);
                buffer.asShortBuffer().get(a, off, k);
                buffer.position(buffer.position() + 2 * k);
                off += k;
            }
            return a;
        }

        int[] readInts(int n) throws IOException {
            int[] a = new int[n];
            for (int off = 0; off < n; ) {
                need(4);
                int k = Math.min(n - off, buffer.remaining() / 4);
                buffer.asIntBuffer().get(a, off, k);
                buffer.position(buffer.position() + 4 * k);
                off += k;
            }
            return a;
        }

        long[] readLongs(int n) throws IOException {
            long[] a = new long[n];
            for (int off = 0; off < n; ) {
                need(8);
                int k = Math.min(n - off, buffer.remaining() / 8);
                buffer.asLongBuffer().get(a, off, k);
                buffer.position(buffer.position() + 8 * k);
                off += k;
            }
            return a;
        }
    }
}
