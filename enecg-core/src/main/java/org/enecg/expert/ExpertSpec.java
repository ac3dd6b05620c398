package org.enecg.expert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.enecg.io.LeadName;

/**
 * What an expert reads and what it returns. {@link ExpertInput#prepare} turns any record into this input, in
 * the order of DESIGN.md section 2: select leads, sanitise, convert units, resample, filter, segment (crop, pad,
 * windows), normalise. Immutable; build with {@link #builder}.
 *
 * @param leads           the leads the expert reads, in the order it reads them (found in a record by name,
 *                        whatever the file's order)
 * @param layout          all leads in one item, or one lead per item pooled
 * @param fs              sampling rate the expert expects in Hz; NaN with {@link Fit#RESAMPLE}, which fixes the
 *                        length instead
 * @param samples         samples per lead in one item (the window around each beat for {@link Fit#BEATS}); 0 with
 *                        {@link Fit#WHOLE} (any length)
 * @param fit             how a record of any duration becomes segments of {@code samples}
 * @param pad             what a record shorter than one segment gets
 * @param units           amplitude unit the expert expects
 * @param filters         filters applied after resampling, in order
 * @param normalisation   amplitude normalisation
 * @param missingLead     what a record lacking one of {@code leads} gets
 * @param pooling         how item outputs become one record output
 * @param itemOutputNames the names of one item's outputs (the record's are {@link #outputNames()})
 */
public record ExpertSpec(List<LeadName> leads, LeadLayout layout, double fs, int samples, Fit fit, Pad pad,
                         Units units, List<SignalFilter> filters, Normalisation normalisation,
                         MissingLead missingLead, Pooling pooling, List<String> itemOutputNames) {

    public ExpertSpec {
        leads = List.copyOf(leads);
        filters = List.copyOf(filters);
        itemOutputNames = List.copyOf(itemOutputNames);
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(pad, "pad");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(missingLead, "missingLead");
        Objects.requireNonNull(pooling, "pooling");
        if (leads.isEmpty()) throw new IllegalArgumentException("an expert must read at least one lead");
        if (new HashSet<>(leads).size() != leads.size()) throw new IllegalArgumentException("leads repeat: " + leads);
        if (itemOutputNames.isEmpty()) throw new IllegalArgumentException("an expert must have at least one output");
        if (new HashSet<>(itemOutputNames).size() != itemOutputNames.size()) {
            throw new IllegalArgumentException("output names repeat: " + itemOutputNames);
        }
        if (fit == Fit.RESAMPLE) {
            if (samples <= 0) throw new IllegalArgumentException("fit resample needs samples > 0, found " + samples);
            if (!Double.isNaN(fs)) throw new IllegalArgumentException("fit resample fixes the length, not the rate: fs must be NaN, found " + fs);
            if (!filters.isEmpty()) throw new IllegalArgumentException("filters need a known rate; fit resample has none");
        } else {
            if (!(fs > 0) || Double.isInfinite(fs)) {
                throw new IllegalArgumentException("fit " + fit.key() + " needs a positive sampling rate fs, found " + fs);
            }
            if (fit == Fit.WHOLE && samples != 0) {
                throw new IllegalArgumentException("fit whole takes any length: samples must be 0, found " + samples);
            }
            if (fit != Fit.WHOLE && samples <= 0) {
                throw new IllegalArgumentException("fit " + fit.key() + " needs samples > 0, found " + samples);
            }
        }
    }

    /** Names of the record's outputs after pooling. */
    public List<String> outputNames() { return pooling.outputNames(itemOutputNames); }

    /** Size of the record's output vector. */
    public int outputSize() { return outputNames().size(); }

    /** Leads in one item: all of {@link #leads} together, or one. */
    public int itemChannels() { return layout == LeadLayout.TOGETHER ? leads.size() : 1; }

    /**
     * Every field as canonical text, in a fixed order: the part of an expert's {@link Fingerprint} that describes
     * its input and pooling.
     */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (LeadName l : leads) names.add(l.label());
        m.put("input.leads", String.join(",", names));
        m.put("input.layout", layout.key());
        m.put("input.fs", Double.isNaN(fs) ? "none" : Double.toString(fs));
        m.put("input.samples", Integer.toString(samples));
        m.put("input.fit", fit.key());
        // Beat windows sit where the QRS detector puts them: its settings are part of the input.
        if (fit == Fit.BEATS) m.put("input.beat_detector", org.enecg.signal.QrsConfig.defaults().toString());
        m.put("input.pad", pad.key());
        m.put("input.units", units.symbol());
        List<String> f = new ArrayList<>();
        for (SignalFilter s : filters) f.add(s.describe());
        m.put("input.filters", String.join(",", f));
        m.put("input.normalisation", normalisation.key());
        m.put("input.missing_lead", missingLead.key());
        m.put("output.pooling", pooling.key());
        m.put("output.names", String.join(",", itemOutputNames));
        return m;
    }

    /** A builder with the defaults: leads together, pad zeros, mV, no filters, no normalisation, zero-fill missing, mean pooling. */
    public static Builder builder(List<LeadName> leads, List<String> itemOutputNames) {
        return new Builder(leads, itemOutputNames);
    }

    /** Outputs named {@code prefix.0 .. prefix.(n-1)}. */
    public static List<String> numberedOutputs(String prefix, int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) names.add(prefix + "." + i);
        return names;
    }

    /** Mutable builder for {@link ExpertSpec}. */
    public static final class Builder {
        private final List<LeadName> leads;
        private final List<String> outputs;
        private LeadLayout layout = LeadLayout.TOGETHER;
        private double fs = Double.NaN;
        private int samples;
        private Fit fit = Fit.CROP;
        private Pad pad = Pad.ZEROS;
        private Units units = Units.MILLIVOLT;
        private final List<SignalFilter> filters = new ArrayList<>();
        private Normalisation normalisation = Normalisation.NONE;
        private MissingLead missingLead = MissingLead.ZERO;
        private Pooling pooling = Pooling.MEAN;

        private Builder(List<LeadName> leads, List<String> outputs) {
            this.leads = List.copyOf(leads);
            this.outputs = List.copyOf(outputs);
        }

        /** Resample the whole record to {@code samples} (the authors' DownSample). */
        public Builder resampleTo(int samples) { this.fit = Fit.RESAMPLE; this.fs = Double.NaN; this.samples = samples; return this; }

        /** Rate {@code fs}, the first {@code samples} samples. */
        public Builder crop(double fs, int samples) { this.fit = Fit.CROP; this.fs = fs; this.samples = samples; return this; }

        /** Rate {@code fs}, consecutive windows of {@code samples}, outputs pooled. */
        public Builder windows(double fs, int samples) { this.fit = Fit.WINDOWS; this.fs = fs; this.samples = samples; return this; }

        /** Rate {@code fs}, one window of {@code samples} centred on each detected beat, outputs pooled. */
        public Builder beats(double fs, int samples) { this.fit = Fit.BEATS; this.fs = fs; this.samples = samples; return this; }

        /** Rate {@code fs}, the whole record. */
        public Builder whole(double fs) { this.fit = Fit.WHOLE; this.fs = fs; this.samples = 0; return this; }

        public Builder layout(LeadLayout v) { this.layout = v; return this; }
        public Builder pad(Pad v) { this.pad = v; return this; }
        public Builder units(Units v) { this.units = v; return this; }
        public Builder filter(SignalFilter v) { this.filters.add(v); return this; }
        public Builder normalisation(Normalisation v) { this.normalisation = v; return this; }
        public Builder missingLead(MissingLead v) { this.missingLead = v; return this; }
        public Builder pooling(Pooling v) { this.pooling = v; return this; }

        public ExpertSpec build() {
            return new ExpertSpec(leads, layout, fs, samples, fit, pad, units, filters, normalisation, missingLead,
                    pooling, outputs);
        }
    }
}
