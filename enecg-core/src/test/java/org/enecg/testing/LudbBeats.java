package org.enecg.testing;

import java.util.ArrayList;
import java.util.List;
import org.enecg.io.wfdb.Annotation;

/**
 * The expert annotation of one LUDB lead, beat by beat. LUDB marks each wave as {@code (} onset, peak symbol
 * ({@code p}, {@code N}, {@code t}), {@code )} offset, and annotates only the middle of each 10-s record (the
 * first and last beats are left out, the span differs per record). The annotated span is taken as running from
 * the first to the last annotation of the lead: every QRS peak lies inside it, and a detection outside it cannot
 * be judged.
 *
 * @param rPeaks    sample of each {@code N}
 * @param qrsOnset  the {@code (} just before each {@code N}, or -1
 * @param qrsOffset the {@code )} just after each {@code N}, or -1
 * @param pOnset    onset of the P wave between the previous {@code N} and this one, or -1
 * @param tEnd      offset of the T wave between this {@code N} and the next, or -1
 * @param spanFrom  first annotated sample
 * @param spanTo    last annotated sample
 */
public record LudbBeats(int[] rPeaks, int[] qrsOnset, int[] qrsOffset, int[] pOnset, int[] tEnd, int spanFrom, int spanTo) {

    public static LudbBeats of(int record, String lead) {
        List<Annotation> a = RealEcg.ludbAnnotations(record, lead);
        List<int[]> beats = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).symbol().equals("N")) continue;
            int on = i > 0 && a.get(i - 1).symbol().equals("(") ? (int) a.get(i - 1).sample() : -1;
            int off = i + 1 < a.size() && a.get(i + 1).symbol().equals(")") ? (int) a.get(i + 1).sample() : -1;
            int p = -1, t = -1;
            for (int j = i - 1; j > 0 && !a.get(j).symbol().equals("N"); j--) {
                if (a.get(j).symbol().equals("p") && a.get(j - 1).symbol().equals("(")) { p = (int) a.get(j - 1).sample(); break; }
            }
            for (int j = i + 1; j + 1 < a.size() && !a.get(j).symbol().equals("N"); j++) {
                if (a.get(j).symbol().equals("t") && a.get(j + 1).symbol().equals(")")) { t = (int) a.get(j + 1).sample(); break; }
            }
            beats.add(new int[] {(int) a.get(i).sample(), on, off, p, t});
        }
        int n = beats.size();
        int[][] cols = new int[5][n];
        for (int k = 0; k < n; k++) for (int c = 0; c < 5; c++) cols[c][k] = beats.get(k)[c];
        int from = a.isEmpty() ? 0 : (int) a.get(0).sample(), to = a.isEmpty() ? -1 : (int) a.get(a.size() - 1).sample();
        return new LudbBeats(cols[0], cols[1], cols[2], cols[3], cols[4], from, to);
    }
}
