package org.enecg.signal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Fourier-method resampling, equivalent to {@code scipy.signal.resample(x, num)} for real input (the
 * method the EnECG authors use to bring every ECG to each expert's input length): the spectrum is cut or
 * zero-padded to the new length, the Nyquist bin of an even-length spectrum is split or joined as scipy
 * does, and the inverse transform is scaled by {@code num / n}.
 *
 * <p>The signal is treated as periodic, so the ends can ring; for large downsampling ratios an anti-aliased
 * resampler ({@link PolyphaseResampler}) is the better choice.
 *
 * <p>Speed: real-input transforms (half spectra) and FFT plans kept per thread for the last few lengths, since
 * planning a transform costs more than running it and an expert resamples many records of the same length. The
 * plans are per thread, so nothing is shared between threads.
 */
public final class FftResampler {

    private static final int PLANS_PER_THREAD = 8;
    private static final ThreadLocal<Map<Integer, DoubleFFT_1D>> PLANS = ThreadLocal.withInitial(() ->
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<Integer, DoubleFFT_1D> e) { return size() > PLANS_PER_THREAD; }
            });

    private FftResampler() {}

    private static DoubleFFT_1D plan(int n) { return PLANS.get().computeIfAbsent(n, DoubleFFT_1D::new); }

    /**
     * Resamples {@code x} to {@code num} samples.
     *
     * @throws IllegalArgumentException if {@code x} is empty or {@code num} is not positive
     */
    public static float[] resample(float[] x, int num) {
        int n = x.length;
        if (n == 0) throw new IllegalArgumentException("cannot resample an empty signal");
        if (num <= 0) throw new IllegalArgumentException("target length must be positive, found " + num);

        // Half spectrum of x, in JTransforms' packed real layout (see unpack()).
        double[] a = new double[n];
        for (int i = 0; i < n; i++) a[i] = x[i];
        plan(n).realForward(a);

        // Half spectrum of the output, as scipy builds it before irfft: bins 0..m/2 of the input, m = min(n, num).
        int half = num / 2 + 1;
        double[] re = new double[half], im = new double[half];
        int m = Math.min(num, n);
        int kept = m / 2 + 1;
        for (int k = 0; k < kept; k++) {
            re[k] = re(a, n, k);
            im[k] = im(a, n, k);
        }
        if (m % 2 == 0 && num != n) {
            // Even cut length: the bin at m/2 holds both +m/2 and -m/2; join them when shrinking, split when growing.
            double f = num < n ? 2.0 : 0.5;
            re[m / 2] *= f;
            im[m / 2] *= f;
        }

        // Inverse real transform (irfft ignores the imaginary parts of DC and of the Nyquist bin).
        double[] b = new double[num];
        b[0] = re[0];
        if (num % 2 == 0) {
            if (num > 1) b[1] = re[num / 2];
            for (int k = 1; k < num / 2; k++) {
                b[2 * k] = re[k];
                b[2 * k + 1] = im[k];
            }
        } else {
            int last = (num - 1) / 2;
            for (int k = 1; k < last; k++) {
                b[2 * k] = re[k];
                b[2 * k + 1] = im[k];
            }
            if (last >= 1) {
                b[2 * last] = re[last];
                b[1] = im[last];
            }
        }
        if (num > 1) plan(num).realInverse(b, true);

        float[] y = new float[num];
        double scale = (double) num / n;
        for (int i = 0; i < num; i++) y[i] = (float) (b[i] * scale);
        return y;
    }

    /**
     * Real part of bin {@code k} (0 <= k <= n/2) of a packed real spectrum: {@code a[2k]} for inner bins, {@code a[1]}
     * for the Nyquist bin of an even length.
     */
    private static double re(double[] a, int n, int k) {
        if (k == 0) return a[0];
        if (n % 2 == 0 && k == n / 2) return a[1];
        return a[2 * k];
    }

    /** Imaginary part of bin {@code k}; an odd length keeps its last bin's in {@code a[1]}. */
    private static double im(double[] a, int n, int k) {
        if (k == 0) return 0;
        if (n % 2 == 0) return k == n / 2 ? 0 : a[2 * k + 1];
        return k == (n - 1) / 2 ? a[1] : a[2 * k + 1];
    }
}
