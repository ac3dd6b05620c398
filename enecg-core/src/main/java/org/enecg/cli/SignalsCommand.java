package org.enecg.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.enecg.io.Lead;
import org.enecg.io.Record;
import org.enecg.io.wfdb.DigitalRecord;
import org.enecg.io.wfdb.DigitalSignal;
import org.enecg.io.wfdb.FrameMode;
import org.enecg.io.wfdb.ReadOptions;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code enecg signals RECORD [--raw] [--start N] [--end N]}: a record's samples as CSV on stdout. */
@Command(name = "signals", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Print a record's samples as CSV: sample index, then one column per lead.",
        description = {"Values are in millivolts (other units, e.g. mmHg, as the header gives them) unless --raw;"
                + " invalid samples print as NaN. Signals with several samples per frame are averaged per frame,"
                + " or all printed at the highest rate with -H (slower signals repeated).",
                "RECORD is a .hea file or a record path without extension."})
public final class SignalsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<record>", description = "The record: a .hea path or a path without extension.")
    Path record;

    @Option(names = "--raw", description = "Print the stored integer (digital) values instead of physical units.")
    boolean raw;

    @Option(names = "--start", paramLabel = "<n>", description = "First sample (row) to print, 0-based.")
    long start = 0;

    @Option(names = "--end", paramLabel = "<n>", description = "Sample (row) after the last to print; default: the end.")
    Long end;

    @Option(names = {"-H", "--high-resolution"}, description = "Print every sample of fast signals (the record's"
            + " frame rate times its largest samples-per-frame), as rdsamp -H does.")
    boolean highResolution;

    @Option(names = "--lenient", description = "Print the samples even when a signal's checksum or the file length does not match"
            + " the header; each mismatch is reported on stderr.")
    boolean lenient;

    @Override
    public Integer call() throws Exception {
        if (start < 0) throw new ParameterException(spec.commandLine(), "--start must be at least 0, found " + start);
        if (end != null && end < start) throw new ParameterException(spec.commandLine(), "--end must not be before --start, found " + end);
        WfdbHeader h = WfdbReader.readHeader(record);
        // Rows are frames, or with -H samples at m times the frame rate; read only the frames the rows need.
        int m = 1;
        if (highResolution && !h.isMultiSegment()) for (SignalSpec s : h.signals()) m = Math.max(m, s.sampsPerFrame());
        boolean ranged = !h.isMultiSegment() || !highResolution;
        long fromFrame = ranged ? start / m : 0;
        long toFrame = ranged && end != null ? (end + m - 1) / m : -1;
        ReadOptions options = ReadOptions.defaults().range(fromFrame, toFrame)
                .frames(highResolution ? FrameMode.EXPAND : FrameMode.SMOOTH);
        PrintWriter err = spec.commandLine().getErr();
        if (lenient) options = options.lenient(problem -> err.println("warning: " + problem));
        long firstRow = ranged ? fromFrame * m : 0;
        PrintWriter out = spec.commandLine().getOut();
        if (raw) printDigital(out, WfdbReader.readDigital(record, options), firstRow);
        else printPhysical(out, WfdbReader.read(record, options), firstRow);
        out.flush();
        err.flush();
        return 0;
    }

    private void printPhysical(PrintWriter out, Record r, long firstRow) {
        StringBuilder head = new StringBuilder("sample");
        for (Lead l : r.leads()) head.append(',').append(csv(l.label()));
        out.println(head);
        float[][] v = new float[r.nLeads()][];
        for (int c = 0; c < v.length; c++) v[c] = r.leads().get(c).samples();
        long[] rows = rows(firstRow, r.nSamples());
        StringBuilder line = new StringBuilder();
        for (long row = rows[0]; row < rows[1]; row++) {
            int i = (int) (row - firstRow);
            line.setLength(0);
            line.append(row);
            for (float[] lead : v) line.append(',').append(format(lead[i]));
            out.println(line);
        }
    }

    private void printDigital(PrintWriter out, DigitalRecord d, long firstRow) {
        int m = highResolution ? d.maxSampsPerFrame() : 1;
        StringBuilder head = new StringBuilder("sample");
        for (DigitalSignal s : d.signals()) {
            if (!highResolution && s.sampsPerFrame() > 1) {
                throw new IllegalArgumentException("signal " + s.spec().description() + " has " + s.sampsPerFrame()
                        + " samples per frame; print its stored values with -H (--high-resolution)");
            }
            head.append(',').append(csv(new Lead(s.spec().description(), new float[0]).label()));
        }
        out.println(head);
        long[] rows = rows(firstRow, (long) d.nFrames() * m);
        StringBuilder line = new StringBuilder();
        for (long row = rows[0]; row < rows[1]; row++) {
            long k = row - firstRow;
            line.setLength(0);
            line.append(row);
            for (DigitalSignal s : d.signals()) line.append(',').append(s.sample((int) (k * s.sampsPerFrame() / m)));
            out.println(line);
        }
    }

    /** The rows to print: those of the data read that fall in [--start, --end). */
    private long[] rows(long firstRow, long count) {
        long lo = Math.max(start, firstRow);
        long hi = firstRow + count;
        if (end != null) {
            if (end > hi) throw new IllegalArgumentException("--end " + end + " is beyond the record's " + hi + " samples");
            hi = end;
        }
        return new long[] {lo, Math.max(lo, hi)};
    }

    /** Shortest text that reads back as the same float, without exponent notation. */
    static String format(float f) {
        if (Float.isNaN(f)) return "NaN";
        String s = Float.toString(f);
        return s.indexOf('E') >= 0 ? new BigDecimal(s).toPlainString() : s;
    }

    private static String csv(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
