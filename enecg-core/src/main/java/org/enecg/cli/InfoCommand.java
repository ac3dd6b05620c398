package org.enecg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.DigitalRecord;
import org.enecg.io.wfdb.DigitalSignal;
import org.enecg.io.wfdb.ReadOptions;
import org.enecg.io.wfdb.SignalSpec;
import org.enecg.io.wfdb.WfdbHeader;
import org.enecg.io.wfdb.WfdbReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code enecg info RECORD}: a readable summary of a WFDB record. */
@Command(name = "info", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Summarise a WFDB record: sampling rate, length, leads, gains, formats, checksums, comments.",
        description = "RECORD is a .hea file or a record path without extension. The whole record is read to"
                + " verify its checksums and length unless --no-verify is given.")
public final class InfoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<record>", description = "The record: a .hea path or a path without extension.")
    Path record;

    @Option(names = "--no-verify", description = "Read only the header (no checksum or length check).")
    boolean noVerify;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        WfdbHeader h = WfdbReader.readHeader(record);
        List<String> problems = new ArrayList<>();
        List<DigitalSignal> digital = null;
        Record r = null;
        if (!noVerify) {
            ReadOptions lenient = ReadOptions.defaults().lenient(problems::add);
            if (h.isMultiSegment()) {
                r = WfdbReader.read(record, lenient);
            } else {
                DigitalRecord d = WfdbReader.readDigital(record, lenient);
                digital = d.signals();
            }
        }
        var rl = h.record();
        out.printf(Locale.ROOT, "record     %s (%s)%n", rl.name(), h.path());
        long n = rl.lengthKnown() ? rl.nSamples() : r != null ? r.nSamples() : digital != null && !digital.isEmpty()
                ? digital.get(0).length() / digital.get(0).sampsPerFrame() : -1;
        out.printf(Locale.ROOT, "sampling   %s Hz%s%n", number(rl.fs()), rl.fsGiven() ? "" : " (not in the header: the spec's default)");
        if (n >= 0) {
            out.printf(Locale.ROOT, "length     %,d samples, %s%s%n", n, duration(n / rl.fs()),
                    rl.lengthKnown() ? "" : " (not in the header: taken from the signal file)");
        } else {
            out.println("length     not in the header");
        }
        if (rl.baseTime() != null || rl.baseDate() != null) {
            out.printf("start      %s%n", String.join(" ", nonNull(rl.baseTime(), rl.baseDate())));
        }
        if (h.isMultiSegment()) {
            long nullSegments = h.segments().stream().filter(s -> s.isNull()).count();
            out.printf("segments   %d (%d null)%s%n", h.segments().size(), nullSegments,
                    !h.segments().get(0).isNull() && h.segments().get(0).nSamples() == 0 ? ", variable layout" : ", fixed layout");
            if (r != null) {
                out.printf("signals    %d%n", r.nLeads());
                for (int i = 0; i < r.nLeads(); i++) {
                    out.printf("  %2d  %-5s %s%n", i, r.leads().get(i).name().map(LeadName::label).orElse("-"),
                            r.leads().get(i).originalName());
                }
            }
        } else {
            out.printf("signals    %d%n", h.signals().size());
            if (!h.signals().isEmpty()) {
                out.printf("  %2s  %-5s %-12s %-18s %-14s %-8s %-6s %s%n", "#", "lead", "name", "file", "format", "units",
                        "gain", "checksum");
            }
            for (int i = 0; i < h.signals().size(); i++) {
                SignalSpec s = h.signals().get(i);
                String fmt = s.format() + (s.sampsPerFrame() > 1 ? "x" + s.sampsPerFrame() : "")
                        + (s.skew() > 0 ? ":" + s.skew() : "") + (s.byteOffset() > 0 ? "+" + s.byteOffset() : "");
                String gain = number(s.adcGain()) + "(" + s.baseline() + ")" + (s.calibrated() ? "" : " uncalibrated");
                out.printf(Locale.ROOT, "  %2d  %-5s %-12s %-18s %-14s %-8s %-6s %s%n", i,
                        LeadName.parse(s.description()).map(LeadName::label).orElse("-"), s.description(), s.fileName(),
                        fmt, s.units(), gain, checksum(s, digital == null ? null : digital.get(i)));
            }
        }
        if (!noVerify) {
            out.println(problems.isEmpty() ? "checks     length and checksums ok" : "checks     " + problems.size() + " problem(s):");
            for (String p : problems) out.println("  " + p);
        }
        if (!h.comments().isEmpty()) {
            out.println("comments");
            for (String c : h.comments()) out.println("  " + c);
        }
        out.flush();
        return 0;
    }

    private static String checksum(SignalSpec s, DigitalSignal d) {
        if (s.checksum().isEmpty()) return "not in header";
        if (d == null || d.computedChecksum().isEmpty()) return s.checksum().getAsInt() + " (not checked)";
        return d.checksumMismatch() ? "MISMATCH (header " + s.checksum().getAsInt() + ", data " + d.computedChecksum().getAsInt() + ")"
                : "ok";
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) if (p != null) out.add(p);
        return out;
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static String duration(double seconds) {
        long ms = Math.round(seconds * 1000);
        long h = ms / 3_600_000, m = ms / 60_000 % 60;
        double s = (ms % 60_000) / 1000.0;
        String clock = h > 0 ? String.format(Locale.ROOT, "%d:%02d:%06.3f", h, m, s) : String.format(Locale.ROOT, "%d:%06.3f", m, s);
        return String.format(Locale.ROOT, "%s (%s s)", clock, number(Math.round(seconds * 1000) / 1000.0));
    }
}
