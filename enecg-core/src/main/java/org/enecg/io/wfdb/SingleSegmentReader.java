package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the digital samples of an ordinary (single-segment) record, file group by file group. */
final class SingleSegmentReader {
    private SingleSegmentReader() {}

    static DigitalRecord read(WfdbHeader h, ReadOptions options) throws IOException {
        checkRecordName(h, options);
        List<SignalGroupReader> groups = new ArrayList<>();
        List<List<SignalSpec>> specs = groupByFile(h);
        for (List<SignalSpec> g : specs) groups.add(new SignalGroupReader(h, g, options));

        RecordLine r = h.record();
        long nFrames;
        if (r.lengthKnown()) {
            nFrames = r.nSamples();
        } else { // "number of samples unspecified": the first stored signal file gives the length
            nFrames = 0;
            for (int i = 0; i < groups.size(); i++) {
                if (!specs.get(i).get(0).isNull()) { nFrames = groups.get(i).framesInFile(); break; }
            }
        }
        long to = options.to() == -1 ? nFrames : options.to();
        if (to > nFrames) {
            throw new IllegalArgumentException(h.path() + ": end of range " + to + " is beyond the record's " + nFrames + " frames");
        }
        if (options.from() > to) {
            throw new IllegalArgumentException(h.path() + ": start of range " + options.from() + " is beyond the record's "
                    + nFrames + " frames");
        }
        // Lengths and checksums can only be checked against a length the header states, on a whole read.
        boolean verify = r.lengthKnown() && options.whole(nFrames);
        List<DigitalSignal> signals = new ArrayList<>(r.nSignals());
        for (SignalGroupReader g : groups) signals.addAll(g.read(nFrames, options.from(), to, verify));
        for (DigitalSignal s : signals) {
            if (s.checksumMismatch()) {
                String msg = "checksum mismatch in " + s.spec().fileName() + ": header says " + s.spec().checksum().getAsInt()
                        + ", the samples sum to " + s.computedChecksum().getAsInt()
                        + " (the signal file is corrupt or belongs to another header)";
                if (options.strict()) throw new WfdbFormatException(h.path(), s.spec().line(), s.spec().description(), msg, null);
                options.problems().accept(h.path() + " signal " + s.spec().description() + ": " + msg);
            }
        }
        return new DigitalRecord(h, r.name(), r.fs(), options.from(), (int) (to - options.from()), signals);
    }

    /** Consecutive signal lines naming the same file form one group; the spec forbids a file's lines to be apart. */
    static List<List<SignalSpec>> groupByFile(WfdbHeader h) throws WfdbFormatException {
        List<List<SignalSpec>> groups = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (SignalSpec s : h.signals()) {
            List<SignalSpec> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.get(0).fileName().equals(s.fileName())) {
                last.add(s);
                continue;
            }
            Integer seen = firstLine.putIfAbsent(s.fileName(), s.line());
            if (seen != null && !s.isNull()) {
                throw new WfdbFormatException(h.path(), s.line(), s.description(), "signal file " + s.fileName()
                        + " already named on line " + seen + " with other files between; a file's signal lines must be consecutive", null);
            }
            List<SignalSpec> g = new ArrayList<>();
            g.add(s);
            groups.add(g);
        }
        return groups;
    }

    /** A header whose record line names another record is mislabelled (e.g. copied from another record). */
    static void checkRecordName(WfdbHeader h, ReadOptions options) throws WfdbFormatException {
        String file = h.path().getFileName().toString();
        String stem = file.endsWith(".hea") ? file.substring(0, file.length() - 4) : file;
        if (!stem.equals(h.record().name())) {
            String msg = "record line names record '" + h.record().name() + "' but the file is " + file;
            if (options.strict()) throw new WfdbFormatException(h.path(), msg + " (a mislabelled or misnamed header)");
            options.problems().accept(h.path() + ": " + msg);
        }
    }

    static Path headerOf(WfdbHeader parent, String recordName) {
        return parent.directory().resolve(recordName + ".hea");
    }
}
