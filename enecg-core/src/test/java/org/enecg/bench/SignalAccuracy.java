package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.enecg.io.Record;
import org.enecg.signal.BeatMatch;
import org.enecg.signal.DelineationConfig;
import org.enecg.signal.Delineator;
import org.enecg.signal.FftResampler;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;
import org.enecg.signal.QrsMethod;
import org.enecg.signal.RrIntervals;
import org.enecg.signal.RrStatistics;
import org.enecg.signal.WaveBoundaries;
import org.enecg.testing.LudbBeats;
import org.enecg.testing.RealEcg;

/**
 * Accuracy evaluation of QRS detection, RR irregularity and delineation on the real recordings (run by
 * {@code scripts/eval-signal.sh}; results in docs/benchmarks/qrs.md and delineation.md). Prints Markdown.
 * Argument: a folder of CPSC 2019 records converted to text ({@code NAME.ecg.txt} in mV at 500 Hz,
 * {@code NAME.ref.txt} reference R peaks), or nothing to skip that set.
 */
public final class SignalAccuracy {

    private SignalAccuracy() {}

    public static void main(String[] args) throws IOException {
        Path cpsc = args.length > 0 ? Path.of(args[0]) : null;
        qrs(cpsc);
        rhythm();
        delineation();
    }

    private static String row(String what, BeatMatch m) {
        return String.format("| %s | %d | %d | %d | %.2f %% | %.2f %% |", what, m.truePositives(), m.falseNegatives(), m.falsePositives(),
                100 * m.sensitivity(), 100 * m.positivePredictivity());
    }

    static void qrs(Path cpsc) throws IOException {
        System.out.println("## QRS detection (150 ms match window)\n");
        System.out.println("| set | TP | FN | FP | Se | +P |\n|---|---|---|---|---|---|");
        Record mit = RealEcg.read(RealEcg.MITBIH_100);
        int[] ref = RealEcg.mitbih100Beats();
        StringBuilder cpscPerRecord = new StringBuilder();
        for (QrsMethod m : QrsMethod.values()) {
            QrsConfig c = QrsConfig.defaults().withMethod(m);
            for (int ch = 0; ch < 2; ch++) {
                int[] d = QrsDetector.detect(mit.leads().get(ch).samples(), mit.fs(), c);
                System.out.println(row(m + ": MIT-BIH 100 " + mit.leads().get(ch).originalName() + " (whole record)", BeatMatch.compare(ref, d, 54)));
            }
            System.out.println(row(m + ": MIT-BIH 100 both channels fused", BeatMatch.compare(ref, QrsDetector.detect(RealEcg.leads(mit), mit.fs(), c), 54)));
            for (double fs : new double[] {500, 100, 250, 1000}) {
                BeatMatch lead = new BeatMatch(0, 0, 0), fused = new BeatMatch(0, 0, 0);
                for (int id = 1; id <= 200; id++) {
                    Record r = RealEcg.ludb(id);
                    float[][] x = RealEcg.leads(r);
                    double k = fs / r.fs();
                    if (fs != r.fs()) for (int l = 0; l < x.length; l++) x[l] = FftResampler.resample(x[l], (int) Math.round(x[l].length * k));
                    LudbBeats b = LudbBeats.of(id, "ii");
                    int[] rp = Arrays.stream(b.rPeaks()).map(v -> (int) Math.round(v * k)).toArray();
                    int w = (int) Math.round(0.15 * fs), from = (int) Math.round(b.spanFrom() * k), to = (int) Math.round(b.spanTo() * k);
                    lead = lead.plus(BeatMatch.compare(rp, QrsDetector.detect(x[1], fs, c), w, from, to));
                    fused = fused.plus(BeatMatch.compare(rp, QrsDetector.detect(x, fs, c), w, from, to));
                }
                String at = fs == 500 ? "" : " resampled to " + (int) fs + " Hz";
                System.out.println(row(m + ": LUDB lead II" + at, lead));
                System.out.println(row(m + ": LUDB 12 leads fused, vs lead II" + at, fused));
            }
            if (cpsc != null && Files.isDirectory(cpsc)) {
                BeatMatch t = new BeatMatch(0, 0, 0), span = new BeatMatch(0, 0, 0);
                StringBuilder perRecord = new StringBuilder();
                int n = 0;
                List<Path> recs;
                try (Stream<Path> s = Files.list(cpsc)) { recs = s.filter(p -> p.toString().endsWith(".ecg.txt")).sorted().toList(); }
                for (Path p : recs) {
                    float[] x = readFloats(p);
                    float[] refF = readFloats(Path.of(p.toString().replace(".ecg.txt", ".ref.txt")));
                    int[] rr = new int[refF.length];
                    for (int i = 0; i < rr.length; i++) rr[i] = Math.round(refF[i]);
                    Arrays.sort(rr);
                    int[] d = QrsDetector.detect(x, 500, c);
                    BeatMatch whole = BeatMatch.compare(rr, d, 75);
                    t = t.plus(whole);
                    // The challenge's own scoring: reference beats within 0.5-9.5 s, detections judged within 0.575-9.425 s.
                    int[] inner = Arrays.stream(rr).filter(v -> v >= 250 && v <= 4750).toArray();
                    BeatMatch challenge = BeatMatch.compare(inner, d, 75, 250 + 37, 4750 - 37);
                    span = span.plus(challenge);
                    if (whole.falseNegatives() + whole.falsePositives() > 0) {
                        String id = p.getFileName().toString().replace(".ecg.txt", "");
                        perRecord.append(String.format("| %s | %d | %d | %d | %d | %d |%n", id, rr.length, whole.falseNegatives(), whole.falsePositives(),
                                challenge.falseNegatives(), challenge.falsePositives()));
                    }
                    n++;
                }
                System.out.println(row(m + ": CPSC 2019 (" + n + " records, single lead, whole record)", t));
                System.out.println(row(m + ": CPSC 2019 (challenge scoring, 0.5-9.5 s)", span));
                cpscPerRecord.append("\n").append(m).append(": CPSC 2019 records with an error (others: every beat found, no false detection)\n\n")
                        .append("| record | beats | FN whole | FP whole | FN challenge | FP challenge |\n|---|---|---|---|---|---|\n").append(perRecord);
            }
        }
        System.out.println(cpscPerRecord);
        System.out.println();
    }

    private static float[] readFloats(Path p) throws IOException {
        String[] tok = Files.readString(p).trim().split("\\s+");
        float[] v = new float[tok.length];
        for (int i = 0; i < v.length; i++) v[i] = (float) Double.parseDouble(tok[i]);
        return v;
    }

    static void rhythm() {
        Map<Integer, String> rhythm = RealEcg.ludbColumn("Rhythms"), pacing = RealEcg.ludbColumn("Cardiac pacing");
        Set<String> sinusNames = Set.of("Sinus rhythm", "Sinus bradycardia", "Sinus tachycardia");
        List<RrStatistics> af = new ArrayList<>(), sinus = new ArrayList<>(), afPaced = new ArrayList<>();
        double err = 0;
        for (int id = 1; id <= 200; id++) {
            Record r = RealEcg.ludb(id);
            int[] beats = QrsDetector.detect(RealEcg.leads(r), r.fs(), QrsConfig.defaults());
            RrStatistics s = RrIntervals.statistics(beats, r.fs());
            LudbBeats b = LudbBeats.of(id, "ii");
            int from = b.spanFrom() - 37, to = b.spanTo() + 37;
            err += Math.abs(RrIntervals.statistics(Arrays.stream(beats).filter(v -> v >= from && v <= to).toArray(), r.fs()).meanRrMs()
                    - RrIntervals.statistics(b.rPeaks(), r.fs()).meanRrMs());
            boolean paced = !pacing.get(id).isEmpty();
            if (rhythm.get(id).equals("Atrial fibrillation")) (paced ? afPaced : af).add(s);
            else if (sinusNames.contains(rhythm.get(id)) && !paced) sinus.add(s);
        }
        System.out.println("## RR irregularity: atrial fibrillation vs sinus rhythm (LUDB, 12 leads fused, whole 10 s)\n");
        System.out.printf("Non-paced AF records: %d; non-paced sinus rhythm/bradycardia/tachycardia: %d; paced AF (left out): %d.%n%n",
                af.size(), sinus.size(), afPaced.size());
        System.out.println("| measure | AUC (AF vs sinus) | AF median | sinus median |\n|---|---|---|---|");
        String[] names = {"normalised RMSSD", "CV of RR", "pNN50 (%)", "turning-point ratio", "RMSSD (ms)", "SDNN (ms)"};
        List<ToDoubleFunction<RrStatistics>> fs = List.of(RrStatistics::rmssdNormalised, RrStatistics::cvRr, RrStatistics::pnn50Percent,
                RrStatistics::turningPointRatio, RrStatistics::rmssdMs, RrStatistics::sdnnMs);
        for (int k = 0; k < names.length; k++) {
            ToDoubleFunction<RrStatistics> f = fs.get(k);
            double wins = 0;
            for (RrStatistics a : af) for (RrStatistics s : sinus) {
                double x = f.applyAsDouble(a), y = f.applyAsDouble(s);
                wins += x > y ? 1 : x == y ? 0.5 : 0;
            }
            System.out.printf("| %s | %.3f | %.3f | %.3f |%n", names[k], wins / (af.size() * (double) sinus.size()), median(af, f), median(sinus, f));
        }
        System.out.printf("%nMean RR of detected beats vs the expert's lead II beats, over the annotated span: mean absolute difference %.2f ms (200 records).%n%n",
                err / 200);
    }

    private static double median(List<RrStatistics> v, ToDoubleFunction<RrStatistics> f) {
        double[] x = v.stream().mapToDouble(f).sorted().toArray();
        return x[x.length / 2];
    }

    static void delineation() {
        System.out.println("## Delineation vs LUDB expert boundaries (lead II annotations, 500 Hz)\n");
        System.out.println("Errors in ms (detected - expert). Defaults tuned on odd-numbered records; even-numbered records are held out."
                + " A boundary the delineator did not find is counted under *missed*, not in the errors.\n");
        System.out.println("| leads delineated | boundary | records | n | missed | MAE | bias | SD | MAE odd | MAE even |\n|---|---|---|---|---|---|---|---|---|---|");
        String[] names = {"QRS onset", "QRS offset", "P onset", "T end"};
        for (boolean multi : new boolean[] {false, true}) {
            double[][] e = new double[4][];
            List<List<Double>> errs = new ArrayList<>(), odd = new ArrayList<>(), even = new ArrayList<>();
            for (int t = 0; t < 4; t++) { errs.add(new ArrayList<>()); odd.add(new ArrayList<>()); even.add(new ArrayList<>()); }
            int[] missed = new int[4];
            for (int id = 1; id <= 200; id++) {
                Record r = RealEcg.ludb(id);
                float[][] x = RealEcg.leads(r);
                int[] beats = multi ? QrsDetector.detect(x, r.fs(), QrsConfig.defaults()) : QrsDetector.detect(x[1], r.fs());
                WaveBoundaries[] wb = multi ? Delineator.delineate(x, r.fs(), beats, DelineationConfig.defaults())
                        : Delineator.delineate(x[1], r.fs(), beats, DelineationConfig.defaults());
                LudbBeats b = LudbBeats.of(id, "ii");
                for (int k = 0; k < b.rPeaks().length; k++) {
                    int j = nearest(beats, b.rPeaks()[k], 75);
                    if (j < 0) continue;
                    int[] want = {b.qrsOnset()[k], b.qrsOffset()[k], b.pOnset()[k], b.tEnd()[k]};
                    int[] got = {wb[j].qrsOnset(), wb[j].qrsOffset(), wb[j].pOnset(), wb[j].tEnd()};
                    for (int t = 0; t < 4; t++) {
                        if (want[t] < 0) continue;
                        if (got[t] < 0) { missed[t]++; continue; }
                        double d = (got[t] - want[t]) * 1000.0 / r.fs();
                        errs.get(t).add(d);
                        (id % 2 == 1 ? odd : even).get(t).add(d);
                    }
                }
            }
            for (int t = 0; t < 4; t++) {
                List<Double> v = errs.get(t);
                double mae = v.stream().mapToDouble(Math::abs).average().orElse(Double.NaN);
                double bias = v.stream().mapToDouble(d -> d).average().orElse(Double.NaN);
                double sd = Math.sqrt(v.stream().mapToDouble(d -> (d - bias) * (d - bias)).sum() / Math.max(1, v.size() - 1));
                System.out.printf("| %s | %s | 200 | %d | %d | %.1f | %+.1f | %.1f | %.1f | %.1f |%n", multi ? "12 (fused)" : "II", names[t], v.size(), missed[t],
                        mae, bias, sd, odd.get(t).stream().mapToDouble(Math::abs).average().orElse(Double.NaN),
                        even.get(t).stream().mapToDouble(Math::abs).average().orElse(Double.NaN));
            }
        }
        System.out.println();
    }

    private static int nearest(int[] beats, int at, int window) {
        int best = -1;
        for (int j = 0; j < beats.length; j++) {
            if (Math.abs(beats[j] - at) <= window && (best < 0 || Math.abs(beats[j] - at) < Math.abs(beats[best] - at))) best = j;
        }
        return best;
    }
}
