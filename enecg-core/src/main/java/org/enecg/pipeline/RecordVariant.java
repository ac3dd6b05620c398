package org.enecg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enecg.io.Lead;
import org.enecg.io.Record;
import org.enecg.signal.PolyphaseResampler;
import org.enecg.signal.Sanitizer;

/**
 * The same ECG as another machine might have recorded it: resampled to another rate (anti-aliased polyphase
 * resampling) or cut to a shorter length (its first seconds). A model whose pipeline handles rate and length well
 * answers the variant as it answers the original; the stability check measures how far it moves.
 *
 * @param name    as written on the command line and in reports: {@code 400hz}, {@code 7.3s}
 * @param fs      the rate to resample to, or 0 to keep the record's
 * @param seconds the length to keep from the start, or 0 to keep all
 */
public record RecordVariant(String name, double fs, double seconds) {

    /** The variants of issue 16: another device's rates (400 and 250 Hz) and its shorter records (7.3 s). */
    public static final String DEFAULTS = "400hz,250hz,7.3s";

    public RecordVariant {
        if (fs < 0 || seconds < 0 || (fs == 0) == (seconds == 0)) {
            throw new IllegalArgumentException("a variant changes either the rate or the length: " + name);
        }
    }

    public static RecordVariant resampledTo(double fs) { return new RecordVariant(trim(fs) + "hz", fs, 0); }

    public static RecordVariant croppedTo(double seconds) { return new RecordVariant(trim(seconds) + "s", 0, seconds); }

    /** {@code 400hz}, {@code 7.3s}, comma-separated. */
    public static List<RecordVariant> parseList(String text) {
        List<RecordVariant> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            try {
                if (p.endsWith("hz")) out.add(resampledTo(Double.parseDouble(p.substring(0, p.length() - 2))));
                else if (p.endsWith("s")) out.add(croppedTo(Double.parseDouble(p.substring(0, p.length() - 1))));
                else throw new NumberFormatException();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("variant '" + part.trim() + "': write a rate as 400hz or a length as 7.3s");
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no variants given");
        return out;
    }

    /** Whether the record can be turned into this variant (a crop needs a longer record; a rate change, a different rate). */
    public boolean appliesTo(Record r) {
        return fs > 0 ? fs != r.fs() : r.durationSeconds() > seconds;
    }

    /**
     * The variant of a record. Resampling keeps the duration ({@code round(n * fs / r.fs())} samples per lead);
     * cropping keeps the first {@code round(seconds * fs)} samples. Invalid samples become 0 before resampling.
     */
    public Record apply(Record r) {
        if (seconds > 0) return r.slice(0, (int) Math.round(seconds * r.fs()));
        int num = (int) Math.round(r.nSamples() * fs / r.fs());
        List<Lead> leads = new ArrayList<>(r.nLeads());
        for (Lead l : r.leads()) {
            float[] x = l.samples();
            Sanitizer.zeroNonFiniteInPlace(x); // a NaN would spread over the whole resampled lead
            leads.add(new Lead(l.originalName(), PolyphaseResampler.resample(x, num)));
        }
        return new Record(r.id(), fs, leads, r.comments(), r.source());
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
