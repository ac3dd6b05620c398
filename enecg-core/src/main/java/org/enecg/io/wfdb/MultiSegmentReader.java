package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enecg.io.Lead;
import org.enecg.io.Record;

/**
 * Reads multi-segment records (header(5), "Multi-Segment Headers"). In a fixed-layout record every segment
 * has the same signals, in order. In a variable-layout record segment 0 is a layout header (length 0, files
 * {@code ~}) listing the record's signals; each segment's signals are matched to them by description, and a
 * signal a segment lacks reads as invalid there (layout signals are matched by name, so a layout that names one
 * signal twice is an error). Null segments ({@code ~}) read as invalid. Each segment is converted to physical
 * units with its own gain and baseline, which may change from segment to segment.
 */
final class MultiSegmentReader {

    /** One segment's part of one channel: its samples, or null where the segment lacks the channel. */
    private record Piece(DigitalSignal signal, int frames) {}

    private final WfdbHeader header;
    private final List<SignalSpec> channels;
    private final List<List<Piece>> pieces;
    private final int nFrames;

    private MultiSegmentReader(WfdbHeader header, List<SignalSpec> channels, List<List<Piece>> pieces, int nFrames) {
        this.header = header;
        this.channels = channels;
        this.pieces = pieces;
        this.nFrames = nFrames;
    }

    static MultiSegmentReader read(WfdbHeader h, ReadOptions options) throws IOException {
        SingleSegmentReader.checkRecordName(h, options);
        List<SegmentSpec> segs = h.segments();
        boolean variable = !segs.get(0).isNull() && segs.get(0).nSamples() == 0;
        List<SignalSpec> channels;
        int firstData = variable ? 1 : 0;
        if (variable) {
            WfdbHeader layout = segmentHeader(h, segs.get(0));
            channels = layout.signals();
            Set<String> names = new HashSet<>();
            for (SignalSpec c : channels) {
                if (!names.add(c.description())) {
                    throw new WfdbFormatException(layout.path(), c.line(), c.description(), "layout names signal '"
                            + c.description() + "' twice; segments are matched to the layout by name", null);
                }
            }
        } else {
            channels = null;
            for (SegmentSpec s : segs) {
                if (!s.isNull()) { channels = segmentHeader(h, s).signals(); break; }
            }
            if (channels == null) throw new WfdbFormatException(h.path(), "every segment is a null segment; no signals to read");
        }
        long total = 0;
        for (int i = firstData; i < segs.size(); i++) total += segs.get(i).nSamples();
        RecordLine r = h.record();
        if (r.lengthKnown() && r.nSamples() != total) {
            String msg = "record line says " + r.nSamples() + " frames but the segments add up to " + total;
            if (options.strict()) throw new WfdbFormatException(h.path(), msg);
            options.problems().accept(h.path() + ": " + msg);
        }
        long from = options.from();
        long to = options.to() == -1 ? total : options.to();
        if (to > total) throw new IllegalArgumentException(h.path() + ": end of range " + to + " is beyond the record's " + total + " frames");
        if (to - from > Integer.MAX_VALUE - 8) {
            throw new WfdbFormatException(h.path(), "too many frames to read at once (" + (to - from) + "); read a range instead");
        }

        List<List<Piece>> pieces = new ArrayList<>();
        for (int c = 0; c < channels.size(); c++) pieces.add(new ArrayList<>());
        long start = 0;
        for (int i = firstData; i < segs.size(); i++) {
            SegmentSpec seg = segs.get(i);
            long end = start + seg.nSamples();
            long lo = Math.max(from, start), hi = Math.min(to, end);
            if (lo < hi) {
                int n = (int) (hi - lo);
                if (seg.isNull()) {
                    for (List<Piece> p : pieces) p.add(new Piece(null, n));
                } else {
                    DigitalRecord d = readSegment(h, seg, options.range(lo - start, hi - start));
                    List<DigitalSignal> matched = match(h, seg, d, channels, variable);
                    for (int c = 0; c < channels.size(); c++) pieces.get(c).add(new Piece(matched.get(c), n));
                }
            }
            start = end;
        }
        return new MultiSegmentReader(h, channels, pieces, (int) (to - from));
    }

    private static WfdbHeader segmentHeader(WfdbHeader h, SegmentSpec seg) throws IOException {
        var path = SingleSegmentReader.headerOf(h, seg.name());
        if (!Files.isRegularFile(path)) {
            throw new WfdbFormatException(h.path(), seg.line(), null, "segment header " + seg.name() + ".hea not found in "
                    + h.directory(), null);
        }
        WfdbHeader s = HeaderParser.parse(path);
        if (s.isMultiSegment()) throw new WfdbFormatException(path, "a segment must be an ordinary record, not a multi-segment one");
        return s;
    }

    private static DigitalRecord readSegment(WfdbHeader h, SegmentSpec seg, ReadOptions options) throws IOException {
        WfdbHeader s = segmentHeader(h, seg);
        RecordLine r = s.record();
        if (r.nSamples() != seg.nSamples()) {
            throw new WfdbFormatException(s.path(), "segment has " + r.nSamples() + " frames but " + h.path().getFileName()
                    + " line " + seg.line() + " says " + seg.nSamples());
        }
        if (Math.abs(r.fs() - h.record().fs()) > 1e-9 * h.record().fs()) {
            throw new WfdbFormatException(s.path(), "segment sampling frequency " + r.fs() + " Hz differs from the record's "
                    + h.record().fs() + " Hz");
        }
        return SingleSegmentReader.read(s, options);
    }

    private static List<DigitalSignal> match(WfdbHeader h, SegmentSpec seg, DigitalRecord d, List<SignalSpec> channels,
                                             boolean variable) throws WfdbFormatException {
        List<DigitalSignal> sig = d.signals();
        List<DigitalSignal> out = new ArrayList<>(channels.size());
        if (!variable) {
            if (sig.size() != channels.size()) {
                throw new WfdbFormatException(d.header().path(), "fixed-layout segment has " + sig.size()
                        + " signals, the record's first segment has " + channels.size());
            }
            return sig;
        }
        for (SignalSpec c : channels) {
            DigitalSignal found = null;
            for (DigitalSignal s : sig) {
                if (!s.spec().description().equals(c.description())) continue;
                if (found != null) {
                    throw new WfdbFormatException(d.header().path(), s.spec().line(), c.description(), "segment names signal '"
                            + c.description() + "' twice; it cannot be matched to the layout", null);
                }
                found = s;
            }
            out.add(found);
        }
        return out;
    }

    /** The record in physical units; gains are applied per segment. */
    Record toRecord(FrameMode mode) {
        int m = 1;
        for (SignalSpec c : channels) m = Math.max(m, c.sampsPerFrame());
        for (List<Piece> ps : pieces) for (Piece p : ps) if (p.signal != null) m = Math.max(m, p.signal.sampsPerFrame());
        int per = mode == FrameMode.EXPAND ? m : 1;
        List<Lead> leads = new ArrayList<>(channels.size());
        for (int c = 0; c < channels.size(); c++) {
            float[] out = new float[nFrames * per];
            int at = 0;
            for (Piece p : pieces.get(c)) {
                if (p.signal == null) {
                    java.util.Arrays.fill(out, at, at + p.frames * per, Float.NaN);
                } else {
                    float[] part = RecordConverter.physical(p.signal, p.frames, mode, m);
                    System.arraycopy(part, 0, out, at, part.length);
                }
                at += p.frames * per;
            }
            leads.add(new Lead(channels.get(c).description(), out));
        }
        return new Record(header.record().name(), header.record().fs() * per, leads, header.comments(), header.path());
    }

    /**
     * The record's digital samples. Only possible when each signal keeps its format, gain, baseline and samples
     * per frame in every segment (otherwise digital values of different segments mean different things).
     */
    DigitalRecord toDigital() throws WfdbFormatException {
        List<DigitalSignal> out = new ArrayList<>(channels.size());
        for (int c = 0; c < channels.size(); c++) {
            SignalSpec spec = null;
            for (Piece p : pieces.get(c)) {
                if (p.signal == null) continue;
                SignalSpec s = p.signal.spec();
                if (spec == null) { spec = s; continue; }
                if (s.format() != spec.format() || s.adcGain() != spec.adcGain() || s.baseline() != spec.baseline()
                        || s.sampsPerFrame() != spec.sampsPerFrame()) {
                    throw new WfdbFormatException(header.path(), "signal " + channels.get(c).description() + " changes format, gain,"
                            + " baseline or samples per frame between segments; read it in physical units instead");
                }
            }
            if (spec == null) spec = channels.get(c);
            int spf = spec.sampsPerFrame();
            int[] v = new int[nFrames * spf];
            int at = 0;
            for (Piece p : pieces.get(c)) {
                if (p.signal == null) java.util.Arrays.fill(v, at, at + p.frames * spf, spec.format().invalidValue());
                else System.arraycopy(p.signal.raw(), 0, v, at, p.frames * spf);
                at += p.frames * spf;
            }
            out.add(new DigitalSignal(spec, v, java.util.OptionalInt.empty()));
        }
        RecordLine r = header.record();
        return new DigitalRecord(header, r.name(), r.fs(), 0, nFrames, out);
    }
}
