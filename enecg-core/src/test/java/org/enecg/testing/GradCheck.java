package org.enecg.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Finite-difference gradient checks for float code. Central differences at step h and h/2: where the two
 * disagree by more than 2% (plus {@code absTol}; for a smooth function they differ by O(h²)), a ReLU kink lies inside the step and that coordinate is counted as non-smooth and
 * skipped (callers assert that few are); elsewhere the h/2 estimate must match the analytic gradient within
 * {@code |fd - analytic| <= relTol * max(|fd|, |analytic|) + absTol}.
 */
public final class GradCheck {
    private GradCheck() {}

    /** Values to perturb and the analytic gradient computed for them. */
    public record Target(String name, float[] values, float[] analytic) {}

    /** Outcome: coordinates compared, skipped as non-smooth, and the failures (empty when all passed). */
    public record Result(int checked, int nonSmooth, List<String> failures) {
        public boolean passed() { return failures.isEmpty(); }

        @Override public String toString() {
            return "checked " + checked + ", non-smooth " + nonSmooth + ", failures " + failures.size()
                    + (failures.isEmpty() ? "" : ":\n  " + String.join("\n  ", failures.subList(0, Math.min(20, failures.size()))));
        }
    }

    /**
     * @param targets    what to perturb (each coordinate, or a random sample of {@code maxPerTarget})
     * @param loss       recomputes the loss from the current values (in double)
     * @param h          finite-difference step
     */
    public static Result check(List<Target> targets, DoubleSupplier loss, double h, double relTol, double absTol,
                               int maxPerTarget, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int checked = 0;
        int nonSmooth = 0;
        List<String> failures = new ArrayList<>();
        for (Target t : targets) {
            int n = t.values().length;
            int[] coords = sample(n, maxPerTarget, rng);
            for (int i : coords) {
                double fd1 = central(t.values(), i, h, loss);
                double fd2 = central(t.values(), i, h / 2, loss);
                if (Math.abs(fd1 - fd2) > 0.02 * Math.max(Math.abs(fd1), Math.abs(fd2)) + absTol) {
                    nonSmooth++;
                    continue;
                }
                checked++;
                double an = t.analytic()[i];
                if (Math.abs(fd2 - an) > relTol * Math.max(Math.abs(fd2), Math.abs(an)) + absTol) {
                    failures.add(t.name() + "[" + i + "]: analytic " + an + ", finite difference " + fd2);
                }
            }
        }
        return new Result(checked, nonSmooth, failures);
    }

    private static double central(float[] values, int i, double h, DoubleSupplier loss) {
        float orig = values[i];
        values[i] = (float) (orig + h);
        double up = loss.getAsDouble();
        double hUp = values[i] - (double) orig;
        values[i] = (float) (orig - h);
        double down = loss.getAsDouble();
        double hDown = orig - (double) values[i];
        values[i] = orig;
        return (up - down) / (hUp + hDown); // the float steps actually taken, not the requested h
    }

    private static int[] sample(int n, int max, SplittableRandom rng) {
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] s = new int[max];
        for (int i = 0; i < max; i++) s[i] = rng.nextInt(n);
        return s;
    }

    /** Uniform values in [-scale, scale). */
    public static float[] randomArray(int n, double scale, SplittableRandom rng) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) ((rng.nextDouble() * 2 - 1) * scale);
        return a;
    }
}
