package org.enecg.signal;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Fourier-method resampling, equivalent to {@code scipy.signal.resample(x, num)} for real input (the
 * method the EnECG authors use to bring every ECG to each expert's input length): the spectrum is cut or
 * zero-padded to the new length, the Nyquist bin of an even-length spectrum is split or joined as scipy
 * does, and the inverse transform is scaled by {@code num / n}.
 *
 * <p>The signal is treated as periodic, so the ends can ring; for large downsampling ratios an anti-aliased
 * resampler is the better choice.
 */
public final class FftResampler {

    private FftResampler() {}

    /**
     * Resamples {@code x} to {@code num} samples.
     *
     * @throws IllegalArgumentException if {@code x} is empty or {@code num} is not positive
     */
    public static float[] resample(float[] x, int num) {
        int n = x.length;
        if (n == 0) throw new IllegalArgumentException("cannot resample an empty signal");
        if (num <= 0) throw new IllegalArgumentException("target length must be positive, found " + num);

        // Full complex spectrum of x (interleaved re, im).
        double[] spec = new double[2 * n];
        for (int i = 0; i < n; i++) spec[i] = x[i];
        new DoubleFFT_1D(n).realForwardFull(spec);

        // Half spectrum of the output, as scipy builds it before irfft.
        int half = num / 2 + 1;
        double[] yRe = new double[half];
        double[] yIm = new double[half];
        int m = Math.min(num, n);
        int nyq = m / 2 + 1;
        for (int k = 0; k < nyq; k++) {
            yRe[k] = spec[2 * k];
            yIm[k] = spec[2 * k + 1];
        }
        if (m % 2 == 0 && num != n) {
            // Even cut length: the bin at m/2 holds both +m/2 and -m/2; join them when shrinking, split when growing.
            double f = num < n ? 2.0 : 0.5;
            yRe[m / 2] *= f;
            yIm[m / 2] *= f;
        }

        // Hermitian full spectrum, then inverse transform (irfft ignores the imaginary part of DC and Nyquist).
        double[] full = new double[2 * num];
        full[0] = yRe[0];
        for (int k = 1; k < half; k++) {
            boolean nyquist = num % 2 == 0 && k == num / 2;
            full[2 * k] = yRe[k];
            full[2 * k + 1] = nyquist ? 0.0 : yIm[k];
            if (!nyquist) {
                full[2 * (num - k)] = yRe[k];
                full[2 * (num - k) + 1] = -yIm[k];
            }
        }
        new DoubleFFT_1D(num).complexInverse(full, true);

        float[] y = new float[num];
        double scale = (double) num / n;
        for (int i = 0; i < num; i++) y[i] = (float) (full[2 * i] * scale);
        return y;
    }
}
