package org.enecg.signal;

/**
 * In-place complex FFT of one length whose prime factors are all 2, 3, 5 or 7: a self-sorting (Stockham)
 * mixed-radix decimation in frequency with radix-4, 2, 3 and 5 butterflies written out and twiddle factors
 * computed once per plan. Split arrays ({@code re}, {@code im}). Used by {@link RealFft}; package-private.
 * Stockham T.G., "High-speed convolution and correlation", AFIPS (1966); Temperton C., "Self-sorting
 * mixed-radix fast Fourier transforms", J. Comput. Phys. 52:1-23 (1983).
 */
final class ComplexFft {

    private static final double S3 = Math.sqrt(3) / 2;
    private static final double C51 = Math.cos(2 * Math.PI / 5), C52 = Math.cos(4 * Math.PI / 5);
    private static final double S51 = Math.sin(2 * Math.PI / 5), S52 = Math.sin(4 * Math.PI / 5);

    final int n;
    private final int[] radix;
    /** Per stage, {@code w^(j r)} at index {@code j * p + r}, w = exp(-2 pi i / len) of that stage. */
    private final double[][] twRe, twIm;

    /** True when every prime factor of {@code n} is at most 7. */
    static boolean supports(int n) {
        if (n < 1) return false;
        for (int p : new int[] {2, 3, 5, 7}) while (n % p == 0) n /= p;
        return n == 1;
    }

    ComplexFft(int n) {
        if (!supports(n)) throw new IllegalArgumentException("FFT length " + n + " has a prime factor above 7");
        this.n = n;
        int[] r = new int[64];
        int k = 0, m = n;
        while (m % 4 == 0) { r[k++] = 4; m /= 4; }
        for (int p : new int[] {2, 3, 5, 7}) while (m % p == 0) { r[k++] = p; m /= p; }
        radix = java.util.Arrays.copyOf(r, k);
        twRe = new double[k][];
        twIm = new double[k][];
        int len = n;
        for (int st = 0; st < k; st++) {
            int p = radix[st], mm = len / p;
            twRe[st] = new double[len];
            twIm[st] = new double[len];
            for (int j = 0; j < mm; j++) {
                for (int q = 0; q < p; q++) {
                    double a = -2 * Math.PI * ((long) j * q % len) / len;
                    twRe[st][j * p + q] = Math.cos(a);
                    twIm[st][j * p + q] = Math.sin(a);
                }
            }
            len = mm;
        }
    }

    /** Forward transform (no scaling) of {@code re + i im} in place; {@code wr, wi} are scratch of length n. */
    void forward(double[] re, double[] im, double[] wr, double[] wi) {
        double[] xr = re, xi = im, yr = wr, yi = wi;
        int s = 1, len = n;
        for (int st = 0; st < radix.length; st++) {
            int p = radix[st], m = len / p;
            double[] tr = twRe[st], ti = twIm[st];
            switch (p) {
                case 4: stage4(xr, xi, yr, yi, s, m, tr, ti); break;
                case 2: stage2(xr, xi, yr, yi, s, m, tr, ti); break;
                case 3: stage3(xr, xi, yr, yi, s, m, tr, ti); break;
                case 5: stage5(xr, xi, yr, yi, s, m, tr, ti); break;
                default: stageGeneric(p, xr, xi, yr, yi, s, m, tr, ti); break;
            }
            double[] t = xr; xr = yr; yr = t;
            t = xi; xi = yi; yi = t;
            s *= p;
            len = m;
        }
        if (xr != re) {
            System.arraycopy(xr, 0, re, 0, n);
            System.arraycopy(xi, 0, im, 0, n);
        }
    }

    private static void stage2(double[] xr, double[] xi, double[] yr, double[] yi, int s, int m, double[] tr, double[] ti) {
        for (int j = 0; j < m; j++) {
            double w1r = tr[2 * j + 1], w1i = ti[2 * j + 1];
            for (int k = 0; k < s; k++) {
                int i0 = k + s * j, i1 = i0 + s * m;
                double ar = xr[i0], ai = xi[i0], br = xr[i1], bi = xi[i1];
                int o = k + s * 2 * j;
                yr[o] = ar + br;
                yi[o] = ai + bi;
                double dr = ar - br, di = ai - bi;
                yr[o + s] = dr * w1r - di * w1i;
                yi[o + s] = dr * w1i + di * w1r;
            }
        }
    }

    private static void stage4(double[] xr, double[] xi, double[] yr, double[] yi, int s, int m, double[] tr, double[] ti) {
        int sm = s * m;
        for (int j = 0; j < m; j++) {
            double w1r = tr[4 * j + 1], w1i = ti[4 * j + 1], w2r = tr[4 * j + 2], w2i = ti[4 * j + 2];
            double w3r = tr[4 * j + 3], w3i = ti[4 * j + 3];
            for (int k = 0; k < s; k++) {
                int i0 = k + s * j;
                double a0r = xr[i0], a0i = xi[i0], a1r = xr[i0 + sm], a1i = xi[i0 + sm];
                double a2r = xr[i0 + 2 * sm], a2i = xi[i0 + 2 * sm], a3r = xr[i0 + 3 * sm], a3i = xi[i0 + 3 * sm];
                double t0r = a0r + a2r, t0i = a0i + a2i, t1r = a0r - a2r, t1i = a0i - a2i;
                double t2r = a1r + a3r, t2i = a1i + a3i, t3r = a1r - a3r, t3i = a1i - a3i;
                int o = k + s * 4 * j;
                yr[o] = t0r + t2r;
                yi[o] = t0i + t2i;
                // b1 = t1 - i t3, b2 = t0 - t2, b3 = t1 + i t3, each times its twiddle
                double b1r = t1r + t3i, b1i = t1i - t3r;
                double b2r = t0r - t2r, b2i = t0i - t2i;
                double b3r = t1r - t3i, b3i = t1i + t3r;
                yr[o + s] = b1r * w1r - b1i * w1i;
                yi[o + s] = b1r * w1i + b1i * w1r;
                yr[o + 2 * s] = b2r * w2r - b2i * w2i;
                yi[o + 2 * s] = b2r * w2i + b2i * w2r;
                yr[o + 3 * s] = b3r * w3r - b3i * w3i;
                yi[o + 3 * s] = b3r * w3i + b3i * w3r;
            }
        }
    }

    private static void stage3(double[] xr, double[] xi, double[] yr, double[] yi, int s, int m, double[] tr, double[] ti) {
        int sm = s * m;
        for (int j = 0; j < m; j++) {
            double w1r = tr[3 * j + 1], w1i = ti[3 * j + 1], w2r = tr[3 * j + 2], w2i = ti[3 * j + 2];
            for (int k = 0; k < s; k++) {
                int i0 = k + s * j;
                double a0r = xr[i0], a0i = xi[i0], a1r = xr[i0 + sm], a1i = xi[i0 + sm], a2r = xr[i0 + 2 * sm], a2i = xi[i0 + 2 * sm];
                double tr_ = a1r + a2r, ti_ = a1i + a2i, dr = a1r - a2r, di = a1i - a2i;
                double cr = a0r - 0.5 * tr_, ci = a0i - 0.5 * ti_;
                int o = k + s * 3 * j;
                yr[o] = a0r + tr_;
                yi[o] = a0i + ti_;
                // b1 = c - i S3 d, b2 = c + i S3 d
                double b1r = cr + S3 * di, b1i = ci - S3 * dr, b2r = cr - S3 * di, b2i = ci + S3 * dr;
                yr[o + s] = b1r * w1r - b1i * w1i;
                yi[o + s] = b1r * w1i + b1i * w1r;
                yr[o + 2 * s] = b2r * w2r - b2i * w2i;
                yi[o + 2 * s] = b2r * w2i + b2i * w2r;
            }
        }
    }

    private static void stage5(double[] xr, double[] xi, double[] yr, double[] yi, int s, int m, double[] tr, double[] ti) {
        int sm = s * m;
        for (int j = 0; j < m; j++) {
            int t = 5 * j;
            for (int k = 0; k < s; k++) {
                int i0 = k + s * j;
                double a0r = xr[i0], a0i = xi[i0];
                double a1r = xr[i0 + sm], a1i = xi[i0 + sm], a2r = xr[i0 + 2 * sm], a2i = xi[i0 + 2 * sm];
                double a3r = xr[i0 + 3 * sm], a3i = xi[i0 + 3 * sm], a4r = xr[i0 + 4 * sm], a4i = xi[i0 + 4 * sm];
                double t1r = a1r + a4r, t1i = a1i + a4i, t2r = a2r + a3r, t2i = a2i + a3i;
                double d1r = a1r - a4r, d1i = a1i - a4i, d2r = a2r - a3r, d2i = a2i - a3i;
                double c1r = a0r + C51 * t1r + C52 * t2r, c1i = a0i + C51 * t1i + C52 * t2i;
                double c2r = a0r + C52 * t1r + C51 * t2r, c2i = a0i + C52 * t1i + C51 * t2i;
                double e1r = S51 * d1r + S52 * d2r, e1i = S51 * d1i + S52 * d2i; // b1 = c1 - i e1, b4 = c1 + i e1
                double e2r = S52 * d1r - S51 * d2r, e2i = S52 * d1i - S51 * d2i; // b2 = c2 - i e2, b3 = c2 + i e2
                int o = k + s * t;
                yr[o] = a0r + t1r + t2r;
                yi[o] = a0i + t1i + t2i;
                twiddle(yr, yi, o + s, c1r + e1i, c1i - e1r, tr[t + 1], ti[t + 1]);
                twiddle(yr, yi, o + 2 * s, c2r + e2i, c2i - e2r, tr[t + 2], ti[t + 2]);
                twiddle(yr, yi, o + 3 * s, c2r - e2i, c2i + e2r, tr[t + 3], ti[t + 3]);
                twiddle(yr, yi, o + 4 * s, c1r - e1i, c1i + e1r, tr[t + 4], ti[t + 4]);
            }
        }
    }

    private static void stageGeneric(int p, double[] xr, double[] xi, double[] yr, double[] yi, int s, int m, double[] tr, double[] ti) {
        double[] cr = new double[p], ci = new double[p], ar = new double[p], ai = new double[p];
        for (int q = 0; q < p; q++) {
            cr[q] = Math.cos(-2 * Math.PI * q / p);
            ci[q] = Math.sin(-2 * Math.PI * q / p);
        }
        int sm = s * m;
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < s; k++) {
                int i0 = k + s * j;
                for (int q = 0; q < p; q++) { ar[q] = xr[i0 + q * sm]; ai[q] = xi[i0 + q * sm]; }
                int o = k + s * p * j;
                for (int r = 0; r < p; r++) {
                    double br = 0, bi = 0;
                    for (int q = 0; q < p; q++) {
                        int e = (r * q) % p;
                        br += ar[q] * cr[e] - ai[q] * ci[e];
                        bi += ar[q] * ci[e] + ai[q] * cr[e];
                    }
                    twiddle(yr, yi, o + r * s, br, bi, tr[p * j + r], ti[p * j + r]);
                }
            }
        }
    }

    private static void twiddle(double[] yr, double[] yi, int at, double br, double bi, double wr, double wi) {
        yr[at] = br * wr - bi * wi;
        yi[at] = br * wi + bi * wr;
    }
}
