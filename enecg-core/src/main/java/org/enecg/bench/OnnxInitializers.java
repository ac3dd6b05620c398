package org.enecg.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The weights stored in an ONNX model: the number of elements of every initializer of the main graph (the product of
 * each tensor's dims), read straight from the protobuf encoding (onnx.proto3: {@code ModelProto.graph} = field 7,
 * {@code GraphProto.initializer} = field 5, {@code TensorProto.dims} = field 1, packed or not), since ONNX Runtime's
 * Java API does not expose them. Constant nodes (shape arithmetic), sparse initializers and subgraphs are not counted.
 * Files up to 2 GiB (memory-mapped).
 */
public final class OnnxInitializers {
    private OnnxInitializers() {}

    /**
     * @param tensors  initializers
     * @param elements elements over all of them
     */
    public record Count(int tensors, long elements) {}

    /** @throws IOException naming the file when it cannot be read or is not a protobuf message */
    public static Count count(Path onnx) throws IOException {
        ByteBuffer b;
        try (FileChannel ch = FileChannel.open(onnx, StandardOpenOption.READ)) {
            if (ch.size() > Integer.MAX_VALUE) throw new IOException(onnx + ": larger than 2 GiB, not counted");
            b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        try {
            int tensors = 0;
            long elements = 0;
            boolean graph = false;
            Reader model = new Reader(b, 0, b.limit());
            while (model.more()) {
                int field = model.tag();
                if (field == 7 && model.wire == 2) {
                    graph = true;
                    Reader g = model.message();
                    while (g.more()) {
                        int gf = g.tag();
                        if (gf == 5 && g.wire == 2) {
                            elements += elements(g.message());
                            tensors++;
                        } else {
                            g.skip();
                        }
                    }
                } else {
                    model.skip();
                }
            }
            if (!graph) throw new IOException(onnx + ": no graph (field 7) in the model: not an ONNX model");
            return new Count(tensors, elements);
        } catch (RuntimeException e) {
            throw new IOException(onnx + ": not a readable ONNX protobuf (" + e.getMessage() + ")", e);
        }
    }

    private static long elements(Reader t) {
        long n = 1;
        while (t.more()) {
            int f = t.tag();
            if (f == 1 && t.wire == 0) {
                n *= t.varint();
            } else if (f == 1 && t.wire == 2) {
                Reader packed = t.message();
                while (packed.more()) n *= packed.varint();
            } else {
                t.skip();
            }
        }
        return n;
    }

    /** A protobuf reader over {@code [pos, end)} of the buffer. */
    private static final class Reader {
        private final ByteBuffer b;
        private int pos;
        private final int end;
        int wire;

        Reader(ByteBuffer b, int pos, int end) {
            if (end > b.limit() || pos > end) throw new IllegalArgumentException("field runs past the end of the file at byte " + pos);
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        boolean more() { return pos < end; }

        int tag() {
            long t = varint();
            wire = (int) (t & 7);
            return (int) (t >>> 3);
        }

        long varint() {
            long r = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (pos >= end) throw new IllegalArgumentException("truncated varint at byte " + pos);
                int c = b.get(pos++) & 0xff;
                r |= (long) (c & 0x7f) << shift;
                if (c < 0x80) return r;
            }
            throw new IllegalArgumentException("varint longer than 10 bytes at byte " + pos);
        }

        Reader message() {
            long n = varint();
            if (n < 0 || pos + n > end) throw new IllegalArgumentException("length " + n + " runs past its message at byte " + pos);
            Reader r = new Reader(b, pos, pos + (int) n);
            pos += (int) n;
            return r;
        }

        void skip() {
            switch (wire) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> message();
                case 5 -> pos += 4;
                default -> throw new IllegalArgumentException("unsupported wire type " + wire + " at byte " + pos);
            }
            if (pos > end) throw new IllegalArgumentException("field runs past its message at byte " + pos);
        }
    }
}
