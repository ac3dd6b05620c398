package org.enecg.io.wfdb;

import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.Record;

/**
 * Turns digital samples into physical units: {@code (value - baseline) / adcGain}, then voltages to millivolts
 * by the units field. Invalid samples become NaN. Signals with several samples per frame are brought to one
 * rate as {@link FrameMode} says. Signals whose units are not a voltage (mmHg, NU, ...) keep their own units.
 */
public final class RecordConverter {
    private RecordConverter() {}

    /** The {@code Record} of a digital record; {@code mode} decides the output rate of multi-rate records. */
    public static Record toRecord(DigitalRecord d, FrameMode mode) {
        int m = d.maxSampsPerFrame();
        List<Lead> leads = new ArrayList<>(d.signals().size());
        for (DigitalSignal s : d.signals()) {
            leads.add(new Lead(s.spec().description(), physical(s, d.nFrames(), mode, m)));
        }
        double fs = mode == FrameMode.EXPAND ? d.fs() * m : d.fs();
        return new Record(d.name(), fs, leads, d.header().comments(), d.header().path());
    }

    /** Physical value of one digital sample, in millivolts for voltage units; NaN if invalid. */
    public static double physical(SignalSpec spec, int value) {
        if (spec.format().hasInvalidValue() && value == spec.format().invalidValue()) return Double.NaN;
        return (value - spec.baseline()) / spec.adcGain() * Units.toMillivolts(spec.units()).orElse(1.0);
    }

    /**
     * One signal in physical units over {@code nFrames} frames: one value per frame ({@code SMOOTH}) or
     * {@code maxSpf} values per frame ({@code EXPAND}).
     */
    static float[] physical(DigitalSignal s, int nFrames, FrameMode mode, int maxSpf) {
        SignalSpec spec = s.spec();
        int[] v = s.raw();
        int spf = spec.sampsPerFrame();
        double scale = Units.toMillivolts(spec.units()).orElse(1.0) / spec.adcGain();
        double base = spec.baseline();
        boolean hasInvalid = spec.format().hasInvalidValue();
        int invalid = spec.format().invalidValue();
        if (spf == 1 && (mode == FrameMode.SMOOTH || maxSpf == 1)) { // the common case, kept a single tight loop
            float[] out = new float[nFrames];
            for (int i = 0; i < nFrames; i++) {
                int x = v[i];
                out[i] = hasInvalid && x == invalid ? Float.NaN : (float) ((x - base) * scale);
            }
            return out;
        }
        if (mode == FrameMode.SMOOTH) { // mean of the valid samples of each frame
            float[] out = new float[nFrames];
            for (int f = 0; f < nFrames; f++) {
                double sum = 0;
                int count = 0;
                for (int j = 0; j < spf; j++) {
                    int x = v[f * spf + j];
                    if (hasInvalid && x == invalid) continue;
                    sum += x;
                    count++;
                }
                out[f] = count == 0 ? Float.NaN : (float) ((sum / count - base) * scale);
            }
            return out;
        }
        float[] out = new float[nFrames * maxSpf]; // EXPAND: sample k of the fast grid takes stored sample k*spf/maxSpf
        for (int k = 0; k < out.length; k++) {
            int x = v[(int) ((long) k * spf / maxSpf)];
            out[k] = hasInvalid && x == invalid ? Float.NaN : (float) ((x - base) * scale);
        }
        return out;
    }
}
