package org.enecg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.builtin.BuiltinExperts;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;

/**
 * CPU time per record of each built-in expert and of their default set, on the measuring thread only (run by
 * {@code scripts/bench-builtin.sh} after the JMH runs). On a machine other people are using, wall-clock throughput
 * says more about their load than about the code; the thread's CPU time does not count the time it waited for a
 * core. Same input as {@link BuiltinExpertBench} (LUDB records 1-50), {@value #WARM_PASSES} warm-up passes, then
 * {@value #PASSES} measured passes. Records per CPU-second is the throughput of one idle core; the experts share
 * nothing between records, so two idle cores give about twice that.
 */
public final class BuiltinExpertCpu {
    static final int WARM_PASSES = 6, PASSES = 6;

    public static void main(String[] args) throws Exception {
        List<Record> records = new ArrayList<>();
        for (int i = 1; i <= BuiltinExpertBench.N; i++) records.add(WfdbReader.read(Path.of("data/bundled/ludb/data/" + i)));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<String> rows = new ArrayList<>(BuiltinExperts.DEFAULT_SET);
        rows.add("default set");
        System.out.printf("%-12s %12s %14s%n", "expert", "CPU ms/rec", "records/CPU-s");
        for (String name : rows) {
            List<Expert> experts = new ArrayList<>();
            for (String n : name.equals("default set") ? BuiltinExperts.DEFAULT_SET : List.of(name)) experts.add(BuiltinExperts.create(n));
            for (int p = 0; p < WARM_PASSES; p++) pass(records, experts);
            long t0 = mx.getCurrentThreadCpuTime();
            for (int p = 0; p < PASSES; p++) pass(records, experts);
            double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / (PASSES * records.size());
            System.out.printf("%-12s %12.2f %14.1f%n", name, ms, 1000 / ms);
        }
    }

    private static void pass(List<Record> records, List<Expert> experts) {
        for (Record r : records) for (Expert e : experts) e.embed(ExpertInput.prepare(r, e.spec()));
    }
}
