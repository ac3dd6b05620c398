package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.signal.BeatMatch;
import org.enecg.signal.QrsDetector;
import org.enecg.signal.quality.QualityAssessment;
import org.enecg.signal.quality.QualityGrade;
import org.enecg.signal.quality.QualityRequirements;
import org.enecg.signal.quality.RecordQuality;

/**
 * The quality grades of the CPSC 2019 records (noisy single-lead 10-s ECGs with reference R peaks; benchmarks only,
 * never tests: no open licence), beside how well the QRS detector does on each (150 ms match window, as docs/benchmarks/qrs.md): does a worse grade go with worse
 * detection? Run by {@code scripts/eval-quality.sh}, which converts the MATLAB files to text first. The lead is
 * taken as the rhythm lead (the records do not name it); the requirement is that one lead for 10 s.
 */
public final class QualityOnCpsc {
    private QualityOnCpsc() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<Path> ecgs;
        try (Stream<Path> s = Files.list(dir)) {
            ecgs = s.filter(p -> p.getFileName().toString().endsWith(".ecg.txt")).sorted().toList();
        }
        QualityRequirements oneLead = new QualityRequirements(10, List.of(LeadName.II), LeadName.II);
        Map<QualityGrade, BeatMatch> byGrade = new TreeMap<>();
        Map<QualityGrade, Integer> records = new TreeMap<>();
        Map<String, Integer> codes = new TreeMap<>();
        List<String> rows = new ArrayList<>();
        for (Path p : ecgs) {
            String id = p.getFileName().toString().replace(".ecg.txt", "");
            float[] x = read(p);
            int[] ref = readInts(dir.resolve(id + ".ref.txt"));
            Record r = new Record(id, 500, List.of(new Lead("II", x)), List.of(), null);
            RecordQuality q = QualityAssessment.of(r, oneLead);
            BeatMatch m = BeatMatch.compare(ref, QrsDetector.detect(x, 500), (int) Math.round(0.15 * 500));
            byGrade.merge(q.grade(), m, BeatMatch::plus);
            records.merge(q.grade(), 1, Integer::sum);
            for (String c : q.codes()) codes.merge(c, 1, Integer::sum);
            rows.add(String.format(Locale.ROOT, "| %s | %s | %.2f | %.1f | %.1f | %s |", id, q.grade(),
                    q.measures().lead("II").bSqi(), 100 * m.sensitivity(), 100 * m.positivePredictivity(), q.reasonsText()));
        }
        System.out.println("| grade | records | Se % | +P % |\n|---|---|---|---|");
        byGrade.forEach((g, m) -> System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f |%n", g, records.get(g), 100 * m.sensitivity(),
                100 * m.positivePredictivity()));
        System.out.println("\nrecords per reason code: " + codes);
        System.out.println("\n| record | grade | bSQI | Se % | +P % | reasons |\n|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static float[] read(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p);
        float[] x = new float[lines.size()];
        for (int i = 0; i < x.length; i++) x[i] = Float.parseFloat(lines.get(i).trim());
        return x;
    }

    private static int[] readInts(Path p) throws IOException {
        return Files.readAllLines(p).stream().map(String::trim).filter(s -> !s.isEmpty()).mapToInt(s -> (int) Math.round(Double.parseDouble(s))).sorted().toArray();
    }
}
