package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * FLAC-compressed signal files (formats 508, 516, 524): a standard FLAC stream with one channel per signal of
 * the file. A signal with {@code k} samples per frame has {@code k} consecutive FLAC samples per frame, so all
 * signals of one FLAC file must have the same samples per frame. The header's byte offset counts FLAC samples
 * (per channel) before sample 0, as in the WFDB library.
 */
final class FlacSignalFile {
    private FlacSignalFile() {}

    static SignalGroupReader.Layout layout(Path file, FileChannel ch, List<SignalSpec> group, int tspf, long offset)
            throws IOException {
        SignalSpec first = group.get(0);
        for (SignalSpec s : group) {
            if (s.sampsPerFrame() != first.sampsPerFrame()) {
                throw new WfdbFormatException(file, "signals of one FLAC file must have the same samples per frame, found "
                        + first.sampsPerFrame() + " and " + s.sampsPerFrame());
            }
        }
        byte[] head = new byte[(int) Math.min(ch.size(), 1 << 16)];
        ch.read(java.nio.ByteBuffer.wrap(head), 0);
        FlacDecoder.StreamInfo info = FlacDecoder.readInfo(head, file);
        check(file, info, group);
        long total = info.totalSamples();
        if (total == 0) total = FlacDecoder.decode(Files.readAllBytes(file), file).length(); // length not in STREAMINFO
        long frames = Math.max(0, (total - offset) / first.sampsPerFrame());
        return new SignalGroupReader.Layout(0, ch.size(), frames, offset);
    }

    private static void check(Path file, FlacDecoder.StreamInfo info, List<SignalSpec> group) throws WfdbFormatException {
        SignalFormat format = group.get(0).format();
        if (info.channels() != group.size()) {
            throw new WfdbFormatException(file, "FLAC stream has " + info.channels() + " channels, the header puts "
                    + group.size() + " signals in this file");
        }
        if (info.bitsPerSample() > format.bits()) {
            throw new WfdbFormatException(file, "FLAC stream has " + info.bitsPerSample() + "-bit samples, more than format "
                    + format + " holds (" + format.bits() + ")");
        }
    }

    /** Stored frames {@code [rStart, rEnd)} interleaved as in a binary signal file. */
    static int[] frames(Path file, SignalGroupReader.Layout layout, List<SignalSpec> group, int tspf, long rStart, long rEnd)
            throws IOException {
        FlacDecoder.Stream stream = FlacDecoder.decode(Files.readAllBytes(file), file);
        check(file, stream.info(), group);
        int spf = group.get(0).sampsPerFrame();
        int n = (int) (rEnd - rStart);
        int[] flat = new int[n * tspf];
        for (int f = 0; f < n; f++) {
            long base = layout.sampleOffset() + (rStart + f) * spf;
            for (int c = 0; c < group.size(); c++) {
                for (int j = 0; j < spf; j++) flat[f * tspf + c * spf + j] = stream.samples()[c][(int) (base + j)];
            }
        }
        return flat;
    }
}
