package org.enecg.bench;

import java.util.concurrent.TimeUnit;
import org.enecg.io.Record;
import org.enecg.signal.BandPassFilter;
import org.enecg.signal.BaselineFilter;
import org.enecg.signal.FftResampler;
import org.enecg.signal.MovingMedianBaseline;
import org.enecg.signal.PolyphaseResampler;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;
import org.enecg.signal.QrsMethod;
import org.enecg.testing.RealEcg;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the signal package on one core (run by {@code scripts/bench-signal.sh}, which also times
 * scipy.signal.resample on the same input in the same run; results in docs/benchmarks/signal.md). Input: LUDB
 * record 1 (10 s, 12 leads, 500 Hz), lead II for single-lead cases. Average time per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignalBench {

    /** Target lengths of the resampling cases (from 5000 samples). */
    @Param({"2500", "1000", "4096", "7200"})
    public int num;

    float[] lead;
    float[][] leads;
    QrsConfig elgendi, panTompkins;

    @Setup(Level.Trial)
    public void setup() {
        Record r = RealEcg.ludb(1);
        leads = RealEcg.leads(r);
        lead = leads[1];
        elgendi = QrsConfig.defaults().withMethod(QrsMethod.ELGENDI_2010);
        panTompkins = QrsConfig.defaults().withMethod(QrsMethod.PAN_TOMPKINS_1985);
    }

    @Benchmark public float[] fftResample() { return FftResampler.resample(lead, num); }

    @Benchmark public float[] polyphaseResample() { return PolyphaseResampler.resample(lead, num); }

    /** Benchmarks below do not depend on {@code num}; run them with -p num=2500 only. */
    @Benchmark public int[] qrsElgendiOneLead() { return QrsDetector.detect(lead, 500, elgendi); }

    @Benchmark public int[] qrsPanTompkinsOneLead() { return QrsDetector.detect(lead, 500, panTompkins); }

    @Benchmark public int[] qrsElgendiTwelveLeadsFused() { return QrsDetector.detect(leads, 500, elgendi); }

    @Benchmark public float[] baselineFilter() { return BaselineFilter.defaults().apply(lead, 500); }

    @Benchmark public float[] bandPassFilter() { return BandPassFilter.defaults().apply(lead, 500); }

    @Benchmark public float[] movingMedian() { return MovingMedianBaseline.defaults().apply(lead, 500); }
}
