package org.enecg.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enecg.expert.Expert;
import org.enecg.expert.ExpertInput;
import org.enecg.expert.builtin.BuiltinExperts;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.signal.quality.QualityAssessment;
import org.enecg.signal.quality.QualityRequirements;
import org.enecg.signal.quality.RecordQuality;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the signal-quality pass costs per record, beside the five built-in experts of the default set on the same
 * records in the same run (results in docs/benchmarks/quality.md). Input: LUDB records 1-20 (10 s, 12 leads, 500 Hz),
 * read once in setup, taken in turn ({@link BuiltinExpertBench.Cursor}), one record per operation, so ops/s = records/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class QualityBench {
    static final int N = 20;

    List<Record> records;
    List<Expert> builtins;
    final QualityRequirements twelve = QualityRequirements.twelveLeads(10);

    @Setup(Level.Trial)
    public void setup() throws IOException {
        records = new ArrayList<>();
        for (int i = 1; i <= N; i++) records.add(WfdbReader.read(Path.of("data/bundled/ludb/data/" + i)));
        builtins = new ArrayList<>();
        for (String n : BuiltinExperts.DEFAULT_SET) builtins.add(BuiltinExperts.create(n));
    }

    @Benchmark public RecordQuality quality(BuiltinExpertBench.Cursor c) { return QualityAssessment.of(c.take(records), twelve); }

    @Benchmark
    public int builtinExperts(BuiltinExpertBench.Cursor c) {
        Record r = c.take(records);
        int n = 0;
        for (Expert e : builtins) n += e.embed(ExpertInput.prepare(r, e.spec())).length;
        return n;
    }
}
