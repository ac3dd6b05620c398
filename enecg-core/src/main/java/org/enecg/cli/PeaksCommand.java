package org.enecg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.enecg.io.Lead;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.signal.QrsConfig;
import org.enecg.signal.QrsDetector;
import org.enecg.signal.QrsMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code enecg peaks RECORD [--lead NAME] --json}: QRS (R-peak) sample indices of a record. */
@Command(name = "peaks", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Print a record's QRS (R-peak) sample indices.",
        description = {"Without --lead, all ECG leads of the record are fused (signals that are not a standard lead,"
                + " e.g. blood pressure, are left out unless the record has no standard lead at all).",
                "With --json the output is {\"fs\":..,\"peaks\":[..],\"leads\":[..],\"method\":..}; otherwise one index per line."
                + " Indices are 0-based samples; NaN or infinite samples are read as 0 and counted on stderr.",
                "RECORD is a .hea file or a record path without extension."})
public final class PeaksCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "<record>", description = "The record: a .hea path or a path without extension.")
    Path record;

    @Option(names = "--lead", paramLabel = "<name>", description = "Detect on this lead only (standard name such as II or V5,"
            + " or the name in the header).")
    String lead;

    @Option(names = "--json", description = "Print JSON instead of one index per line.")
    boolean json;

    @Option(names = "--method", paramLabel = "<method>", description = "QRS detector: elgendi2010 or pantompkins1985.")
    String method = "elgendi2010";

    @Override
    public Integer call() throws Exception {
        QrsMethod m = QrsMethod.parse(method);
        Record r = WfdbReader.read(record);
        List<Lead> chosen = choose(r);
        float[][] x = new float[chosen.size()][];
        PrintWriter err = spec.commandLine().getErr();
        for (int l = 0; l < x.length; l++) {
            x[l] = chosen.get(l).samples();
            int bad = 0;
            for (float v : x[l]) if (!Float.isFinite(v)) bad++;
            if (bad > 0) err.println("enecg peaks: " + r.source() + ": NaN/inf read as 0: " + bad + " samples in " + chosen.get(l).label());
        }
        err.flush();
        int[] peaks;
        try {
            peaks = QrsDetector.detect(x, r.fs(), QrsConfig.defaults().withMethod(m));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(r.source() + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("fs", r.fs());
            o.put("peaks", peaks);
            List<String> names = new ArrayList<>();
            for (Lead l : chosen) names.add(l.label());
            o.put("leads", names);
            o.put("method", m.name());
            out.println(new ObjectMapper().writeValueAsString(o));
        } else {
            for (int p : peaks) out.println(p);
        }
        out.flush();
        return 0;
    }

    private List<Lead> choose(Record r) {
        if (r.nLeads() == 0) throw new IllegalArgumentException(r.source() + ": the record has no signals");
        if (lead != null) {
            LeadName want = LeadName.parse(lead).orElse(null);
            for (Lead l : r.leads()) if (want != null && l.name().filter(want::equals).isPresent()) return List.of(l);
            for (Lead l : r.leads()) if (l.originalName().equalsIgnoreCase(lead.trim())) return List.of(l);
            List<String> have = new ArrayList<>();
            for (Lead l : r.leads()) have.add(l.label());
            throw new IllegalArgumentException(r.source() + ": no lead '" + lead + "'; the record has " + String.join(", ", have));
        }
        List<Lead> ecg = new ArrayList<>();
        for (Lead l : r.leads()) if (l.name().isPresent()) ecg.add(l);
        return ecg.isEmpty() ? r.leads() : ecg;
    }
}
