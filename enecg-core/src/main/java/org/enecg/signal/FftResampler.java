package org.enecg.signal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fourier-method resampling, equivalent to {@code scipy.signal.resample(x, num)} for real input (the
 * method the EnECG authors use to bring every ECG to each expert's input length): the spectrum is cut or
 * zero-padded to the new length, the Nyquist bin of an even-length spectrum is split or joined as scipy
 * does, and the inverse transform is scaled by {@code num / n}.
 *
 * <p>The signal is treated as periodic, so the ends can ring; for large downsampling ratios an anti-aliased
 * resampler ({@link PolyphaseResampler}) is the better choice.
 *
 * <p>Speed: real-input transforms of half spectra ({@link RealFft}: our own mixed-radix FFT for lengths made of
 * 2, 3, 5 and 7, JTransforms otherwise), with the plans of the last few lengths kept per thread, since planning a
 * transform costs more than running it and an expert resamples many records of the same length. Plans (and their
 * scratch arrays) are per thread, so nothing is shared between threads.
 */
public final class FftResampler {

    private static final int PLANS_PER_THREAD = 8;
    private static final ThreadLocal<Map<Integer, RealFft>> PLANS = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<Integer, RealFft> e) { return size() > PLANS_PER_THREAD; }
            });

    private FftResampler() {}

    private static RealFft plan(int n) { return PLANS.get().computeIfAbsent(n, RealFft::new); }

    /**
     * Resamples {@code x} to {@code num} samples.
     *
     * @throws IllegalArgumentException if {@code x} is empty or {@code num} is not positive
     */
    public static float[] resample(float[] x, int num) {
        int n = x.length;
        if (n == 0) throw new IllegalArgumentException("cannot resample an empty signal");
        if (num <= 0) throw new IllegalArgumentException("target length must be positive, found " + num);

        // Half spectrum of the output, as scipy builds it before irfft: bins 0..m/2 of the input, m = min(n, num).
        int m = Math.min(num, n);
        int half = Math.max(num / 2 + 1, n / 2 + 1);
        double[] re = new double[half], im = new double[half];
        plan(n).forward(x, re, im, m / 2);
        if (m % 2 == 0 && num != n) {
            // Even cut length: the bin at m/2 holds both +m/2 and -m/2; join them when shrinking, split when growing.
            double f = num < n ? 2.0 : 0.5;
            re[m / 2] *= f;
            im[m / 2] *= f;
        }

        // Inverse real transform, scaled by 1/num (irfft ignores the imaginary parts of DC and of the Nyquist bin).
        double[] b = new double[num];
        if (num == 1) b[0] = re[0];
        else plan(num).inverse(re, im, b);

        float[] y = new float[num];
        double scale = (double) num / n;
        for (int i = 0; i < num; i++) y[i] = (float) (b[i] * scale);
        return y;
    }
}
