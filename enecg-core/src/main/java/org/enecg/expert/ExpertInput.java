package org.enecg.expert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.signal.FftResampler;
import org.enecg.signal.MovingMedianBaseline;
import org.enecg.signal.Sanitizer;

/**
 * One record brought to what an expert reads, by the steps of DESIGN.md section 2, in this order:
 * <ol>
 *   <li>select the spec's leads by name, in the spec's order (a lead the record lacks: {@link MissingLead});</li>
 *   <li>sanitise: NaN and infinite samples become 0, counted per lead;</li>
 *   <li>units: millivolts to the spec's {@link Units};</li>
 *   <li>record z-score, only for {@link Normalisation#RECORD_Z} (statistics of all the record's ECG leads);</li>
 *   <li>resample with {@link FftResampler} ({@code scipy.signal.resample}) to the spec's rate or length;</li>
 *   <li>filter, each {@link SignalFilter} in turn;</li>
 *   <li>segment as the spec's {@link Fit} says (for {@link Fit#BEATS}: windows around the R peaks detected on the
 *       record), normalise each segment ({@link Normalisation}), pad it ({@link Pad});</li>
 *   <li>lay out items: each segment whole, or each lead of it alone ({@link LeadLayout}).</li>
 * </ol>
 * The result says what was repaired: missing leads, non-finite samples, padding. Shared by every expert, so no
 * expert repeats these steps. Arrays are not copied on the way out; callers must not modify them.
 */
public final class ExpertInput {

    private final String recordId;
    private final Path source;
    private final List<float[][]> items;
    private final int segments;
    private final List<LeadName> missingLeads;
    private final int nonFiniteSamples;
    private final int paddedSamples;
    private final List<String> notes;

    private ExpertInput(String recordId, Path source, List<float[][]> items, int segments, List<LeadName> missingLeads,
                        int nonFiniteSamples, int paddedSamples, List<String> notes) {
        this.recordId = recordId;
        this.source = source;
        this.items = Collections.unmodifiableList(items);
        this.segments = segments;
        this.missingLeads = List.copyOf(missingLeads);
        this.nonFiniteSamples = nonFiniteSamples;
        this.paddedSamples = paddedSamples;
        this.notes = List.copyOf(notes);
    }

    /**
     * Prepares {@code record} for an expert with {@code spec}.
     *
     * @throws IllegalArgumentException naming the record's file when it cannot be brought to the spec: no samples,
     *                                  a missing lead under {@link MissingLead#ERROR}, too short under {@link Pad#ERROR}
     */
    public static ExpertInput prepare(Record record, ExpertSpec spec) {
        return prepare(record, spec, null);
    }

    /**
     * Prepares {@code record} for an expert with {@code spec}, resampling through {@code shared} (null: none), the
     * record's memo of resampled leads, so experts that read a lead at the same rate share one resampling. The result
     * is the same as without it.
     *
     * @throws IllegalArgumentException as {@link #prepare(Record, ExpertSpec)}, or when {@code shared} is another
     *                                  record's
     */
    public static ExpertInput prepare(Record record, ExpertSpec spec, ResampledLeads shared) {
        if (shared != null && shared.record() != record) {
            throw new IllegalArgumentException("the resampled leads of record " + shared.record().id() + " are not those of " + record.id());
        }
        if (record.nSamples() == 0) throw new IllegalArgumentException(where(record) + "record has no samples");
        List<String> notes = new ArrayList<>();
        Selection sel = selectLeads(record, spec, notes);
        int nonFinite = sanitise(sel, spec, notes);
        scaleUnits(sel, spec.units());
        if (spec.normalisation() == Normalisation.RECORD_Z) RecordZScore.apply(record, spec.units(), sel.x, sel.present);
        float[][] x = resample(sel, record, spec, shared);
        filter(x, sel.present, spec);
        int[] beats = spec.fit() == Fit.BEATS ? BeatPositions.of(record, spec, x[0].length, notes) : null;
        List<float[][]> segs = Segments.cut(x, spec, beats);
        int padded = 0;
        for (int s = 0; s < segs.size(); s++) {
            float[][] seg = segs.get(s);
            normalise(seg, sel.present, spec.normalisation());
            int len = spec.fit() == Fit.WHOLE ? seg[0].length : spec.samples();
            if (seg[0].length < len) {
                padded += len - seg[0].length;
                segs.set(s, pad(seg, len, spec.pad(), record));
            }
        }
        if (padded > 0) {
            notes.add("padded with " + spec.pad().key() + ": " + padded + " samples per lead");
        }
        return new ExpertInput(record.id(), record.source(), layout(segs, sel.present, spec), segs.size(),
                sel.missing, nonFinite, padded, notes);
    }

    /** The record this input came from. */
    public String recordId() { return recordId; }

    /** The record's file, or null for a record built in memory. */
    public Path source() { return source; }

    /** What the expert computes on: {@code [channels][samples]} each, segment by segment, lead by lead within. */
    public List<float[][]> items() { return items; }

    /** Number of segments (windows) the record was cut into. */
    public int segments() { return segments; }

    /** Leads the record lacks, filled with zeros. */
    public List<LeadName> missingLeads() { return missingLeads; }

    /** NaN or infinite samples set to 0 (in the selected leads, before resampling). */
    public int nonFiniteSamples() { return nonFiniteSamples; }

    /** Samples per lead added by padding, over all segments. */
    public int paddedSamples() { return paddedSamples; }

    /** What was repaired, in words ("lead V3 missing: zero-filled"); empty when nothing was. */
    public List<String> notes() { return notes; }

    // ---- the steps ----

    /** The selected leads: one row per spec lead, zeros for a missing one, {@code present} false there. */
    private static final class Selection {
        final float[][] x;
        final boolean[] present;
        /** Index of each selected lead in the record (-1: missing). */
        final int[] at;
        final List<LeadName> missing = new ArrayList<>();

        Selection(int leads) {
            x = new float[leads][];
            present = new boolean[leads];
            at = new int[leads];
        }
    }

    private static Selection selectLeads(Record record, ExpertSpec spec, List<String> notes) {
        List<LeadName> want = spec.leads();
        Selection sel = new Selection(want.size());
        int n = record.nSamples();
        for (int i = 0; i < want.size(); i++) {
            int at = record.indexOf(want.get(i));
            sel.at[i] = at;
            if (at >= 0) {
                sel.x[i] = record.leads().get(at).samples();
                sel.present[i] = true;
            } else {
                sel.x[i] = new float[n];
                sel.missing.add(want.get(i));
            }
        }
        if (!sel.missing.isEmpty()) {
            if (spec.missingLead() == MissingLead.ERROR) {
                throw new IllegalArgumentException(where(record) + "lacks lead(s) " + labels(sel.missing)
                        + " that the expert needs; record has " + labels(record.leadNames()));
            }
            notes.add("lead(s) " + labels(sel.missing) + " missing: zero-filled");
        }
        return sel;
    }

    private static int sanitise(Selection sel, ExpertSpec spec, List<String> notes) {
        int total = 0;
        for (int i = 0; i < sel.x.length; i++) {
            if (!sel.present[i]) continue;
            int c = Sanitizer.zeroNonFiniteInPlace(sel.x[i]);
            if (c > 0) notes.add("NaN/inf set to 0: " + c + " samples in " + spec.leads().get(i).label());
            total += c;
        }
        return total;
    }

    private static void scaleUnits(Selection sel, Units units) {
        float f = units.fromMillivolts();
        if (f == 1f) return;
        for (int i = 0; i < sel.x.length; i++) {
            if (!sel.present[i]) continue;
            float[] l = sel.x[i];
            for (int j = 0; j < l.length; j++) l[j] *= f;
        }
    }

    private static float[][] resample(Selection sel, Record record, ExpertSpec spec, ResampledLeads shared) {
        float[][] x = sel.x;
        int n = x[0].length;
        int from = n;
        int to;
        switch (spec.fit()) {
            case RESAMPLE:
                to = spec.samples();
                break;
            case CROP: {
                // Only the part the crop keeps is resampled (fast on long Holter records).
                double ratio = record.fs() / spec.fs();
                from = (int) Math.min(n, Math.ceil(spec.samples() * ratio - 1e-9));
                to = (int) Math.round(from / ratio);
                break;
            }
            default:
                to = (int) Math.round(n * spec.fs() / record.fs());
        }
        if (to < 1) {
            throw new IllegalArgumentException(where(record) + n + " samples at " + record.fs() + " Hz are fewer than one sample at "
                    + spec.fs() + " Hz");
        }
        float[][] out = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            float[] l = from < n ? java.util.Arrays.copyOf(x[i], from) : x[i];
            if (to == from) {
                out[i] = l;
            } else if (shared != null && sel.present[i]) {
                out[i] = shared.resample(sel.at[i], spec.units().fromMillivolts(), spec.normalisation() == Normalisation.RECORD_Z, l, to);
            } else {
                out[i] = FftResampler.resample(l, to);
            }
        }
        return out;
    }

    private static void filter(float[][] x, boolean[] present, ExpertSpec spec) {
        for (SignalFilter f : spec.filters()) {
            for (int i = 0; i < x.length; i++) {
                if (!present[i]) continue;
                switch (f.kind()) {
                    case MOVING_MEDIAN_BASELINE -> x[i] = new MovingMedianBaseline(f.seconds()).apply(x[i], spec.fs());
                    default -> throw new IllegalStateException("filter not implemented: " + f.kind());
                }
            }
        }
    }

    private static void normalise(float[][] seg, boolean[] present, Normalisation how) {
        switch (how) {
            case NONE, RECORD_Z -> { }
            case PER_LEAD_Z -> {
                for (int i = 0; i < seg.length; i++) if (present[i]) org.enecg.signal.ZScore.perLeadInPlace(seg[i]);
            }
            case GLOBAL_Z -> {
                List<float[]> rows = new ArrayList<>();
                for (int i = 0; i < seg.length; i++) if (present[i]) rows.add(seg[i]);
                org.enecg.signal.ZScore.globalInPlace(rows.toArray(new float[0][]));
            }
        }
    }

    private static float[][] pad(float[][] seg, int len, Pad how, Record record) {
        if (how == Pad.ERROR) {
            throw new IllegalArgumentException(where(record) + "too short for the expert: " + seg[0].length
                    + " samples after resampling, the expert needs " + len + " (pad: error)");
        }
        float[][] out = new float[seg.length][len];
        for (int i = 0; i < seg.length; i++) {
            int have = seg[i].length;
            if (how == Pad.ZEROS) {
                System.arraycopy(seg[i], 0, out[i], 0, have);
            } else {
                for (int at = 0; at < len; at += have) System.arraycopy(seg[i], 0, out[i], at, Math.min(have, len - at));
            }
        }
        return out;
    }

    private static List<float[][]> layout(List<float[][]> segs, boolean[] present, ExpertSpec spec) {
        if (spec.layout() == LeadLayout.TOGETHER) return segs;
        boolean any = false;
        for (boolean p : present) any |= p;
        List<float[][]> items = new ArrayList<>();
        for (float[][] seg : segs) {
            for (int i = 0; i < seg.length; i++) {
                // One lead at a time: missing leads are left out of the pool, unless the record has none of the leads.
                if (present[i] || !any) items.add(new float[][] {seg[i]});
            }
        }
        return items;
    }

    static String where(Record record) {
        return (record.source() != null ? record.source().toString() : "record " + record.id()) + ": ";
    }

    private static String labels(List<LeadName> leads) {
        List<String> s = new ArrayList<>();
        for (LeadName l : leads) s.add(l.label());
        return String.join(", ", s);
    }
}
