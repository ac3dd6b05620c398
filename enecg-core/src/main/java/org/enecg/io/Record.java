package org.enecg.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ECG as the rest of the system sees it: leads of equal length in millivolts at one sampling rate,
 * plus the header comments the file carried (labels such as {@code Age: 74} are read from them by the
 * importers). Format details (gains, storage formats, segments) stay in {@code io.wfdb}.
 *
 * @param id       record name, unique within its dataset (e.g. {@code 1}, {@code A0001})
 * @param fs       sampling frequency in Hz, always from the file, never defaulted by callers
 * @param leads    leads in file order, all of the same length
 * @param comments header comment lines without the leading {@code #}, in file order
 * @param source   the file the record was read from (header path), for error messages
 */
public record Record(String id, double fs, List<Lead> leads, List<String> comments, Path source) {

    public Record {
        Objects.requireNonNull(id, "id");
        if (!(fs > 0) || Double.isInfinite(fs)) {
            throw new IllegalArgumentException(where(source, id) + "sampling frequency must be positive, found " + fs);
        }
        leads = List.copyOf(leads);
        comments = List.copyOf(comments);
        if (!leads.isEmpty()) {
            int n = leads.get(0).length();
            for (Lead l : leads) {
                if (l.length() != n) {
                    throw new IllegalArgumentException(where(source, id) + "lead " + l.label() + " has "
                            + l.length() + " samples, lead " + leads.get(0).label() + " has " + n);
                }
            }
        }
    }

    private static String where(Path source, String id) {
        return (source != null ? source.toString() : id) + ": ";
    }

    /** Samples per lead. */
    public int nSamples() { return leads.isEmpty() ? 0 : leads.get(0).length(); }

    public int nLeads() { return leads.size(); }

    /** Duration in seconds. */
    public double durationSeconds() { return nSamples() / fs; }

    /** The first lead that is the given standard lead. */
    public Optional<Lead> lead(LeadName name) {
        for (Lead l : leads) if (l.name().filter(name::equals).isPresent()) return Optional.of(l);
        return Optional.empty();
    }

    /** Index of the first lead that is the given standard lead, or -1. */
    public int indexOf(LeadName name) {
        for (int i = 0; i < leads.size(); i++) if (leads.get(i).name().filter(name::equals).isPresent()) return i;
        return -1;
    }

    /** Standard names of the leads present, in file order (non-ECG signals left out). */
    public List<LeadName> leadNames() {
        List<LeadName> out = new ArrayList<>();
        for (Lead l : leads) l.name().ifPresent(out::add);
        return out;
    }

    /** A copy holding samples {@code [from, to)} of every lead. */
    public Record slice(int from, int to) {
        if (from < 0 || to > nSamples() || from > to) {
            throw new IllegalArgumentException(where(source, id) + "slice [" + from + ", " + to
                    + ") outside 0.." + nSamples());
        }
        List<Lead> cut = new ArrayList<>(leads.size());
        for (Lead l : leads) {
            float[] s = new float[to - from];
            l.copyTo(from, s, 0, s.length);
            cut.add(new Lead(l.originalName(), s));
        }
        return new Record(id, fs, cut, comments, source);
    }
}
