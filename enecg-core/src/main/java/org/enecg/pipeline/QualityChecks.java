package org.enecg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.enecg.cache.RecordRef;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertSpec;
import org.enecg.expert.Fit;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.signal.quality.QualityAssessment;
import org.enecg.signal.quality.QualityRequirements;
import org.enecg.signal.quality.QualitySettings;
import org.enecg.signal.quality.RecordQuality;

/**
 * Signal quality for the front ends: what the opened experts require of a record ({@link #requirements}), and the
 * quality of every record of a run, read in parallel ({@link #assess}). A record that cannot be read is
 * {@code poor} with the read error as its reason, so every input record has a quality.
 */
public final class QualityChecks {
    /** The length assumed when no expert reads a fixed window: the paper's gate input, 10 s. */
    public static final double DEFAULT_SECONDS = 10;

    private QualityChecks() {}

    /**
     * What the default expert set and the paper's gate input need (twelve leads, 10 s, lead II): the requirement
     * where no experts are opened ({@code import}).
     */
    public static QualityRequirements defaultRequirements() { return QualityRequirements.twelveLeads(DEFAULT_SECONDS); }

    /**
     * What these experts need: every lead some expert reads, the longest fixed window (crop or windows at a rate;
     * {@link #DEFAULT_SECONDS} when none has one), and the gate's lead as the rhythm lead (without a single-lead gate:
     * II when some expert reads it, else the first lead read).
     */
    public static QualityRequirements requirements(List<? extends Expert> experts, Expert gate) {
        Set<LeadName> leads = new HashSet<>();
        double seconds = 0;
        List<Expert> all = new ArrayList<>(experts);
        if (gate != null) all.add(gate);
        for (Expert e : all) {
            ExpertSpec s = e.spec();
            leads.addAll(s.leads());
            if ((s.fit() == Fit.CROP || s.fit() == Fit.WINDOWS) && Double.isFinite(s.fs())) seconds = Math.max(seconds, s.samples() / s.fs());
        }
        List<LeadName> ordered = new ArrayList<>();
        for (LeadName n : LeadName.STANDARD_ORDER) if (leads.contains(n)) ordered.add(n);
        LeadName rhythm = gate != null && gate.spec().leads().size() == 1 ? gate.spec().leads().get(0)
                : ordered.isEmpty() || ordered.contains(LeadName.II) ? LeadName.II : ordered.get(0);
        return new QualityRequirements(seconds > 0 ? seconds : DEFAULT_SECONDS, ordered, rhythm);
    }

    /** The quality of every record, in order, on {@code threads} workers. */
    public static List<RecordQuality> assess(List<RecordRef> records, QualityRequirements requirements, int threads)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, records.size())), r -> {
            Thread t = new Thread(r, "quality");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RecordQuality>> futures = new ArrayList<>(records.size());
            for (RecordRef r : records) futures.add(pool.submit(() -> assess(r, requirements)));
            List<RecordQuality> out = new ArrayList<>(records.size());
            for (Future<RecordQuality> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("quality assessment failed: " + e.getCause(), e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One record's quality; a record that cannot be read is poor, with the problem (naming the file) as its reason. */
    public static RecordQuality assess(RecordRef ref, QualityRequirements requirements) {
        Record record;
        try {
            record = ref.reader().read();
        } catch (IOException | RuntimeException e) {
            return RecordQuality.unreadable(ref.id(), e.getMessage() != null ? e.getMessage() : e.toString());
        }
        Record named = new Record(ref.id(), record.fs(), record.leads(), record.comments(), record.source());
        return QualityAssessment.of(named, requirements, QualitySettings.defaults(), uncalibrated(ref.path()));
    }

    /**
     * Labels of the leads a WFDB header gives no gain (gain 0 or missing: "uncalibrated" in the specification). A
     * record kept in memory, a multi-segment record or a header that cannot be read has none (a bad header is
     * reported when the record is read).
     */
    static Set<String> uncalibrated(Path header) {
        if (header == null) return Set.of();
        try {
            WfdbHeader h = WfdbReader.readHeader(header);
            Set<String> out = new TreeSet<>();
            for (SignalSpec s : h.signals()) {
                if (!s.calibrated()) LeadName.parse(s.description()).ifPresent(n -> out.add(n.label()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }
}
