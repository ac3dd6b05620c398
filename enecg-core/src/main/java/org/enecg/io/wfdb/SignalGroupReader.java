package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * Reads the signals stored together in one signal file (a "group": consecutive signal lines naming the same
 * file). A file is a sequence of frames; each frame holds {@code sampsPerFrame} samples of each signal in
 * turn. Signal {@code i} with skew {@code k} takes frame {@code f} of the record from stored frame
 * {@code f + k}. The file's length is checked against the header, and the checksum of every signal is
 * computed when the whole record is read.
 */
final class SignalGroupReader {
    private final WfdbHeader header;
    private final List<SignalSpec> group;
    private final SignalFormat format;
    private final int tspf;      // samples per frame, all signals of the file together
    private final int maxSkew;
    private final Path file;
    private final ReadOptions options;

    SignalGroupReader(WfdbHeader header, List<SignalSpec> group, ReadOptions options) throws WfdbFormatException {
        this.header = header;
        this.group = group;
        this.options = options;
        SignalSpec first = group.get(0);
        this.format = first.format();
        int t = 0, s = 0;
        for (SignalSpec spec : group) {
            if (spec.format() != format) {
                throw new WfdbFormatException(header.path(), spec.line(), spec.description(), "signals of one file must share"
                        + " one format: " + spec.fileName() + " holds format " + format + " and " + spec.format(), null);
            }
            if (spec.byteOffset() != first.byteOffset()) {
                throw new WfdbFormatException(header.path(), spec.line(), spec.description(), "signals of one file must share"
                        + " one byte offset: " + first.byteOffset() + " and " + spec.byteOffset(), null);
            }
            t += spec.sampsPerFrame();
            s = Math.max(s, spec.skew());
        }
        this.tspf = t;
        this.maxSkew = s;
        this.file = first.isNull() ? null : header.directory().resolve(first.fileName());
    }

    /** Frames stored in the file (its own length, whatever the header says). */
    long framesInFile() throws IOException {
        if (file == null) return Long.MAX_VALUE;
        try (FileChannel ch = open()) {
            return layout(ch).frames;
        }
    }

    /**
     * Reads frames {@code [from, to)} of every signal of the group.
     *
     * @param nFrames the record's length in frames
     * @param verify  true to check the file length against {@code nFrames} and compute checksums (whole reads)
     */
    List<DigitalSignal> read(long nFrames, long from, long to, boolean verify) throws IOException {
        int n = toInt(to - from);
        List<DigitalSignal> out = new ArrayList<>(group.size());
        if (file == null) { // null signal: nothing stored, every sample invalid
            for (SignalSpec spec : group) {
                int[] s = new int[toInt((long) n * spec.sampsPerFrame())];
                Arrays.fill(s, spec.format().invalidValue());
                out.add(new DigitalSignal(spec, s, OptionalInt.empty()));
            }
            return out;
        }
        try (FileChannel ch = open()) {
            Layout layout = layout(ch);
            if (verify) checkLength(layout, nFrames);
            else if (Math.min(to, nFrames) > layout.frames) checkRange(layout, nFrames, from, to);
            // Format 8 stores differences: integrate from the start of the file whatever range is wanted.
            long rStart = format == SignalFormat.FMT_8 ? 0 : from;
            long rEnd = Math.min(Math.min(to + maxSkew, nFrames), layout.frames);
            rEnd = Math.max(rEnd, rStart);
            int[] flat = format.isFlac() ? FlacSignalFile.frames(file, layout, group, tspf, rStart, rEnd)
                    : decodeFrames(ch, layout, rStart, rEnd);
            if (format == SignalFormat.FMT_8) integrateDifferences(flat);
            int pos = 0;
            for (SignalSpec spec : group) {
                int spf = spec.sampsPerFrame();
                OptionalInt checksum = verify && rStart == 0 && rEnd >= nFrames
                        ? OptionalInt.of(checksum(flat, pos, spf, nFrames)) : OptionalInt.empty();
                int[] s = new int[toInt((long) n * spf)];
                // Frames of this signal that the data read covers; later ones (skew past the end, truncation) are invalid.
                int avail = (int) Math.max(0, Math.min(n, rEnd - from - spec.skew()));
                int src = (int) ((from + spec.skew() - rStart) * tspf) + pos;
                if (spf == 1) {
                    for (int f = 0; f < avail; f++, src += tspf) s[f] = flat[src];
                } else {
                    for (int f = 0, dst = 0; f < avail; f++, src += tspf) {
                        for (int j = 0; j < spf; j++) s[dst++] = flat[src + j];
                    }
                }
                Arrays.fill(s, avail * spf, s.length, format.invalidValue());
                out.add(new DigitalSignal(spec, s, checksum));
                pos += spf;
            }
        }
        return out;
    }

    private FileChannel open() throws IOException {
        if (!Files.isRegularFile(file)) {
            SignalSpec s = group.get(0);
            throw new WfdbFormatException(header.path(), s.line(), s.description(), "signal file " + s.fileName()
                    + " not found in " + header.directory(), null);
        }
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    /** Where the samples start and how many whole frames the file holds. */
    record Layout(long dataStart, long dataBytes, long frames, long sampleOffset) {}

    private Layout layout(FileChannel ch) throws IOException {
        long offset = group.get(0).byteOffset();
        long size = ch.size();
        if (format.isFlac()) return FlacSignalFile.layout(file, ch, group, tspf, offset);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mat")) return matLayout(ch, size, offset);
        if (size < offset) {
            throw new WfdbFormatException(file, "file has " + size + " bytes, fewer than its byte offset +" + offset);
        }
        long bytes = size - offset;
        return new Layout(offset, bytes, format.samplesIn(bytes) / tspf, 0);
    }

    private Layout matLayout(FileChannel ch, long size, long offset) throws IOException {
        MatV4Header mat = MatV4Header.read(ch, file);
        SignalFormat stored = mat.wfdbFormat();
        if (stored == null) {
            throw new WfdbFormatException(file, "MATLAB matrix '" + mat.name() + "' holds " + mat.typeName()
                    + " values, which no WFDB format stores; expected int16 (format 16)");
        }
        if (stored != format) {
            throw new WfdbFormatException(file, "MATLAB matrix holds " + mat.typeName() + " (WFDB format " + stored
                    + ") but the header says format " + format);
        }
        if (mat.dataOffset() != offset) {
            throw new WfdbFormatException(file, "MATLAB data starts at byte " + mat.dataOffset()
                    + " but the header's byte offset is +" + offset);
        }
        if (mat.rows() != tspf) {
            throw new WfdbFormatException(file, "MATLAB matrix has " + mat.rows() + " rows but the header puts " + tspf
                    + " signals (samples per frame) in this file");
        }
        long need = format.bytesFor((long) mat.rows() * mat.columns());
        if (size - offset < need) {
            throw new WfdbFormatException(file, String.format(Locale.ROOT, "truncated: the MATLAB header promises %,d × %,d %s"
                    + " values (%,d bytes of data) but the file has %,d", mat.rows(), mat.columns(), mat.typeName(), need, size - offset));
        }
        return new Layout(offset, need, mat.columns(), 0);
    }

    private void checkLength(Layout layout, long nFrames) throws WfdbFormatException {
        String what = String.format(Locale.ROOT, "%,d frames × %d samples, format %s", nFrames, tspf, format);
        if (format.isFlac()) {
            if (layout.frames < nFrames) {
                problem(String.format(Locale.ROOT, "holds %,d frames, header needs %,d (%s); the file is truncated"
                        + " or the header's length is wrong", layout.frames, nFrames, what));
            } else if (layout.frames > nFrames + maxSkew) {
                problem(String.format(Locale.ROOT, "holds %,d frames, header says %,d (%s); the header does not"
                        + " describe this file", layout.frames, nFrames, what));
            }
            return;
        }
        long need = format.bytesFor(nFrames * tspf);
        // Skewed signals may be stored past the record's end, and packed formats may pad their last group.
        long allowed = format.bytesFor((nFrames + maxSkew) * tspf) + (format.family() == SignalFormat.Family.BYTE_ALIGNED ? 0 : 3);
        if (layout.dataBytes < need) {
            problem(String.format(Locale.ROOT, "%,d bytes of samples, header needs %,d (%s); the file is truncated"
                    + " or the header's length is wrong", layout.dataBytes, need, what));
        } else if (layout.dataBytes > allowed) {
            problem(String.format(Locale.ROOT, "%,d bytes of samples (%,d frames), header says %,d bytes (%s); the"
                    + " header does not describe this file", layout.dataBytes, layout.frames, need, what));
        }
    }

    /** A range read past the end of a truncated file: an error unless lenient (then those samples read as invalid). */
    private void checkRange(Layout layout, long nFrames, long from, long to) throws WfdbFormatException {
        problem(String.format(Locale.ROOT, "samples [%,d, %,d) asked for, the file holds %,d of the header's %,d frames; the file is"
                + " truncated or the header's length is wrong", from, Math.min(to, nFrames), layout.frames, nFrames));
    }

    private void problem(String msg) throws WfdbFormatException {
        if (options.strict()) throw new WfdbFormatException(file, msg);
        options.problems().accept(file + ": " + msg);
    }

    /** Reads and decodes stored frames {@code [rStart, rEnd)} into one interleaved array. */
    private int[] decodeFrames(FileChannel ch, Layout layout, long rStart, long rEnd) throws IOException {
        long s0 = rStart * tspf;
        long count = (rEnd - rStart) * tspf;
        int group = format.family() == SignalFormat.Family.PACKED_12 ? 2 : format.family() == SignalFormat.Family.PACKED_10 ? 3 : 1;
        long a0 = s0 - s0 % group; // packed formats decode from the start of a sample group
        int lead = (int) (s0 - a0);
        long byteStart = format.bytesFor(a0);
        long byteEnd = format.bytesFor(s0 + count);
        byte[] bytes = new byte[toInt(byteEnd - byteStart)];
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = layout.dataStart + byteStart;
        while (buf.hasRemaining()) {
            int r = ch.read(buf, pos + buf.position());
            if (r < 0) throw new WfdbFormatException(file, "unexpected end of file at byte " + (pos + buf.position()));
        }
        int[] flat = new int[toInt(lead + count)];
        SampleDecoder.decode(format, bytes, 0, flat, flat.length);
        return lead == 0 ? flat : Arrays.copyOfRange(flat, lead, flat.length);
    }

    /** Format 8: each signal's samples are its initial value plus the running sum of its stored differences. */
    private void integrateDifferences(int[] flat) {
        int pos = 0;
        for (SignalSpec spec : group) {
            int spf = spec.sampsPerFrame();
            int acc = spec.initValue();
            for (int base = 0; base < flat.length; base += tspf) {
                for (int j = 0; j < spf; j++) {
                    acc += flat[base + pos + j];
                    flat[base + pos + j] = acc;
                }
            }
            pos += spf;
        }
    }

    /** The 16-bit signed checksum of one signal's stored samples over frames {@code [0, nFrames)} (skew ignored, as the spec says). */
    private int checksum(int[] flat, int pos, int spf, long nFrames) {
        int sum = 0;
        int end = (int) (nFrames * tspf);
        for (int base = pos; base < end; base += tspf) {
            for (int j = 0; j < spf; j++) sum += flat[base + j];
        }
        return (short) sum;
    }

    private int toInt(long n) throws WfdbFormatException {
        if (n > Integer.MAX_VALUE - 8) {
            throw new WfdbFormatException(file != null ? file : header.path(), "too many samples to read at once (" + n
                    + "); read a range of frames instead");
        }
        return (int) n;
    }
}
