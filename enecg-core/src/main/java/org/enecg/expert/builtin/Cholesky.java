package org.enecg.expert.builtin;

/** Solves symmetric positive-definite systems by Cholesky factorisation, in double precision (the DLinear fit). */
final class Cholesky {

    private Cholesky() {}

    /**
     * The solution of {@code a x = b}; {@code a} (only its lower triangle is read) is overwritten by its factor.
     *
     * @throws IllegalArgumentException if {@code a} is not positive definite (a pivot not above 0)
     */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double[] aj = a[j];
            double d = aj[j];
            for (int k = 0; k < j; k++) d -= aj[k] * aj[k];
            if (!(d > 0)) throw new IllegalArgumentException("matrix is not positive definite (pivot " + j + " is " + d + ")");
            double l = Math.sqrt(d);
            aj[j] = l;
            for (int i = j + 1; i < n; i++) {
                double[] ai = a[i];
                double s = ai[j];
                for (int k = 0; k < j; k++) s -= ai[k] * aj[k];
                ai[j] = s / l;
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) s -= a[i][k] * y[k];
            y[i] = s / a[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) s -= a[k][i] * x[k];
            x[i] = s / a[i][i];
        }
        return x;
    }
}
