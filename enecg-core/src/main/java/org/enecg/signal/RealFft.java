package org.enecg.signal;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Real-input FFT of one length, as half spectra ({@code re[k], im[k]} for k = 0..n/2), forward unscaled and
 * inverse scaled by 1/n (numpy's {@code rfft} / {@code irfft}). An even length (not a power of two) whose half
 * has only the prime factors 2, 3, 5, 7 runs as a complex FFT of n/2 points ({@link ComplexFft}) with the usual
 * split of even and odd samples; other lengths go to JTransforms (split radix for powers of two, Bluestein's
 * algorithm for large prime factors). Holds its own
 * scratch arrays, so one instance must not be used by two threads at once. Package-private.
 */
final class RealFft {

    final int n;
    private final ComplexFft half;
    private final DoubleFFT_1D fallback;
    private final double[] wRe, wIm; // exp(-2 pi i k / n), k < n/2
    private final double[] zr, zi, sr, si;

    RealFft(int n) {
        if (n < 1) throw new IllegalArgumentException("FFT length must be positive, found " + n);
        this.n = n;
        // JTransforms' split-radix code is the faster one for powers of two; ours for 2^a 3^b 5^c 7^d otherwise.
        if (n % 2 == 0 && ComplexFft.supports(n / 2) && Integer.bitCount(n) != 1) {
            int m = n / 2;
            half = new ComplexFft(m);
            fallback = null;
            wRe = new double[m];
            wIm = new double[m];
            for (int k = 0; k < m; k++) {
                wRe[k] = Math.cos(2 * Math.PI * k / n);
                wIm[k] = -Math.sin(2 * Math.PI * k / n);
            }
            zr = new double[m];
            zi = new double[m];
            sr = new double[m];
            si = new double[m];
        } else {
            half = null;
            fallback = new DoubleFFT_1D(n);
            wRe = wIm = zr = zi = sr = si = null;
        }
    }

    /** Spectrum bins 0..n/2 of real {@code x} into {@code re, im} (each at least n/2 + 1 long). */
    void forward(float[] x, double[] re, double[] im) { forward(x, re, im, n / 2); }

    /** Spectrum bins 0..{@code last} (at most n/2) of real {@code x} into {@code re, im}. */
    void forward(float[] x, double[] re, double[] im, int last) {
        if (half == null) {
            double[] a = new double[n];
            for (int i = 0; i < n; i++) a[i] = x[i];
            fallback.realForward(a);
            unpack(a, re, im, Math.min(last, n / 2));
            return;
        }
        int m = n / 2;
        for (int j = 0; j < m; j++) {
            zr[j] = x[2 * j];
            zi[j] = x[2 * j + 1];
        }
        half.forward(zr, zi, sr, si);
        // X[k] = E[k] + W^k O[k], E = (Z[k] + conj Z[m-k]) / 2, O = (Z[k] - conj Z[m-k]) / 2i; bins 0 and m from Z[0].
        re[0] = zr[0] + zi[0];
        im[0] = 0;
        int top = Math.min(last, m);
        if (top == m) {
            re[m] = zr[0] - zi[0];
            im[m] = 0;
        }
        for (int k = 1, b = m - 1; k <= Math.min(top, m - 1); k++, b--) {
            double er = 0.5 * (zr[k] + zr[b]), ei = 0.5 * (zi[k] - zi[b]);
            double or = 0.5 * (zi[k] + zi[b]), oi = -0.5 * (zr[k] - zr[b]);
            double wr = wRe[k], wi = wIm[k];
            re[k] = er + wr * or - wi * oi;
            im[k] = ei + wr * oi + wi * or;
        }
    }

    /**
     * Real signal of length n from bins 0..n/2 ({@code irfft}: the imaginary parts of bin 0 and, for even n, of bin
     * n/2 are ignored), scaled by 1/n, into {@code out}.
     */
    void inverse(double[] re, double[] im, double[] out) {
        if (half == null) {
            double[] a = new double[n];
            pack(re, im, a);
            fallback.realInverse(a, true);
            System.arraycopy(a, 0, out, 0, n);
            return;
        }
        int m = n / 2;
        // Z[k] = E[k] + i O[k]: E = (X[k] + conj X[m-k]) / 2, O = (X[k] - conj X[m-k]) conj(W^k) / 2
        for (int k = 0; k < m; k++) {
            double xr = re[k], xi = k == 0 ? 0 : im[k];
            double yr = re[m - k], yi = k == 0 ? 0 : -im[m - k]; // conj X[m-k]; bin m is real
            double er = 0.5 * (xr + yr), ei = 0.5 * (xi + yi);
            double dr = 0.5 * (xr - yr), di = 0.5 * (xi - yi);
            double or = dr * wRe[k] + di * wIm[k], oi = di * wRe[k] - dr * wIm[k];
            // inverse via conjugation: ifft(Z) = conj(fft(conj Z)) / m
            zr[k] = er - oi;
            zi[k] = -(ei + or);
        }
        half.forward(zr, zi, sr, si);
        double scale = 1.0 / m;
        for (int j = 0; j < m; j++) {
            out[2 * j] = zr[j] * scale;
            out[2 * j + 1] = -zi[j] * scale;
        }
    }

    /** JTransforms' packed real spectrum to bins 0..{@code top}. */
    private void unpack(double[] a, double[] re, double[] im, int top) {
        re[0] = a[0];
        im[0] = 0;
        if (n % 2 == 0) {
            if (n > 1 && top >= n / 2) { re[n / 2] = a[1]; im[n / 2] = 0; }
            for (int k = 1; k < Math.min(n / 2, top + 1); k++) { re[k] = a[2 * k]; im[k] = a[2 * k + 1]; }
        } else {
            int last = (n - 1) / 2;
            for (int k = 1; k < Math.min(last, top + 1); k++) { re[k] = a[2 * k]; im[k] = a[2 * k + 1]; }
            if (last >= 1 && top >= last) { re[last] = a[2 * last]; im[last] = a[1]; }
        }
    }

    /** Bins 0..n/2 to JTransforms' packed layout (imaginary parts of DC and Nyquist dropped). */
    private void pack(double[] re, double[] im, double[] a) {
        a[0] = re[0];
        if (n % 2 == 0) {
            if (n > 1) a[1] = re[n / 2];
            for (int k = 1; k < n / 2; k++) { a[2 * k] = re[k]; a[2 * k + 1] = im[k]; }
        } else {
            int last = (n - 1) / 2;
            for (int k = 1; k < last; k++) { a[2 * k] = re[k]; a[2 * k + 1] = im[k]; }
            if (last >= 1) { a[2 * last] = re[last]; a[1] = im[last]; }
        }
    }
}
