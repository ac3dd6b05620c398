package org.enecg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.enecg.cache.RecordRefs;
import org.enecg.data.BatchResult.Skipped;
import org.enecg.data.LabelSummary;
import org.enecg.data.Manifest;
import org.enecg.data.importer.BundledDataset;
import org.enecg.data.importer.ImportResult;
import org.enecg.data.importer.Importers;
import org.enecg.data.importer.WfdbSource;
import org.enecg.io.wfdb.WfdbReader;
import org.enecg.pipeline.QualityChecks;
import org.enecg.pipeline.QualitySummary;
import org.enecg.signal.quality.RecordQuality;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code enecg import --format F SOURCE --out MANIFEST}: builds a manifest and prints what went in and what did not. */
@Command(name = "import", mixinStandardHelpOptions = true, showDefaultValues = true,
        header = "Build a manifest (CSV) from a dataset.",
        description = {"Reads SOURCE, writes one manifest row per record, and prints how many records were imported, "
                + "every record skipped with its reason, and the label counts per column. Bad records are skipped, "
                + "never fatal; the exit code is 1 only when nothing could be imported. Then the signal quality of every "
                + "record (against the default experts' needs: 12 leads, 10 s, lead II): records per grade and reason, "
                + "and each poor record with its reasons (docs/signal-quality.md).",
                "Formats: wfdb (folder of WFDB records, labels from header comments), ludb, cinc, mimic-iv-ecg, "
                + "jsonl (the EnECG authors' files), beat-windows (long records with .atr beats, cut into windows). "
                + "Without --format the format is recognised from SOURCE."})
public final class ImportCommand implements Callable<Integer> {
    private static final int MAX_NOTES = 20;

    @Option(names = "--format", paramLabel = "<format>", converter = FormatConverter.class,
            description = "wfdb, ludb, cinc, mimic-iv-ecg, jsonl or beat-windows (default: recognised from SOURCE)")
    Importers.Format format;

    @Parameters(index = "0", paramLabel = "<source>",
            description = "dataset folder, JSON-lines file or record; 'bundled' rebuilds the bundled dataset's manifest")
    Path source;

    @Option(names = "--out", required = true, paramLabel = "<manifest>", description = "manifest CSV to write (atomically)")
    Path out;

    @Option(names = "--patients", paramLabel = "<patients.csv>", description = "mimic-iv-ecg: MIMIC-IV hosp patients.csv (age, gender)")
    Path patients;

    @Option(names = "--labevents", paramLabel = "<labevents.csv>", description = "mimic-iv-ecg: MIMIC-IV hosp labevents.csv (potassium flag)")
    Path labevents;

    @Option(names = "--lab-window-hours", paramLabel = "<hours>", description = "mimic-iv-ecg: potassium result nearest the ECG within this many hours either side")
    double labWindowHours = Importers.Options.defaults().labWindowHours();

    @Option(names = "--root", paramLabel = "<folder>", description = "jsonl: folder that ecg_path values resolve against (the MIMIC-IV-ECG folder holding files/)")
    Path root;

    @Option(names = "--annotator", paramLabel = "<ext>", description = "beat-windows: annotation file extension")
    String annotator = "atr";

    @Option(names = "--window", paramLabel = "<seconds>", description = "beat-windows: window length in seconds")
    double windowSeconds = Importers.Options.defaults().windowSeconds();

    @Option(names = "--no-verify", description = "read headers only, not whole signal files: much faster on large "
            + "datasets (MIMIC-IV-ECG), but a truncated or corrupt signal file is then found only when it is used")
    boolean noVerify;

    @CommandLine.ParentCommand EnecgCommand parent;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    static final class FormatConverter implements CommandLine.ITypeConverter<Importers.Format> {
        @Override public Importers.Format convert(String value) { return Importers.Format.parse(value); }
    }

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            PathRules.Inputs given = PathRules.Inputs.none().withFile(patients).withFile(labevents)
                    .withFile(java.nio.file.Files.isRegularFile(source) ? source : null);
            PathRules.outputFile(spec.commandLine(), "--out", out, given);
            ImportResult r;
            String what;
            if (format == null && source.toString().equals(BundledDataset.NAME) && !java.nio.file.Files.exists(source)) {
                r = BundledDataset.generate(new WfdbSource(!noVerify));
                what = "LUDB + CinC";
            } else {
                Importers.Format f = format != null ? format : Importers.detect(source);
                Importers.Options opts = new Importers.Options(patients, labevents, labWindowHours, root, annotator, windowSeconds);
                r = Importers.create(f, opts, new WfdbSource(!noVerify)).importFrom(source);
                what = f.cliName();
            }
            if (!r.nothingImported()) {
                PathRules.outputFile(spec.commandLine(), "--out", out, PathRules.Inputs.records(r.manifest()));
                r.manifest().write(out);
            }
            print(o, what, r);
            if (!r.nothingImported()) quality(o, r.manifest());
            o.flush();
            if (r.nothingImported()) {
                err.println("enecg import: nothing could be imported from " + source + "; " + out + " not written");
                return CommandLine.ExitCode.SOFTWARE;
            }
            return CommandLine.ExitCode.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("enecg import: interrupted");
            return CommandLine.ExitCode.SOFTWARE;
        } catch (CommandLine.ParameterException e) {
            throw e; // a usage error: exit 2 with picocli's message
        } catch (IOException | RuntimeException e) {
            err.println("enecg import: " + ErrorText.of(e));
            if (verbose()) e.printStackTrace(err);
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    /** Signal quality of every imported record against the default experts' needs; not with --no-verify (headers only). */
    private void quality(PrintWriter o, Manifest m) throws InterruptedException {
        if (noVerify) {
            o.println("quality: not assessed (--no-verify reads headers only)");
            return;
        }
        List<RecordQuality> q = QualityChecks.assess(RecordRefs.of(m, WfdbReader::read), QualityChecks.defaultRequirements(),
                Runtime.getRuntime().availableProcessors());
        for (String line : QualitySummary.of(q).lines()) o.println(line);
    }

    private boolean verbose() { return parent != null && parent.verbose; }

    private void print(PrintWriter o, String f, ImportResult r) {
        Manifest m = r.manifest();
        o.printf("imported %d record(s) from %s (format %s)%s%n", m.size(), source, f,
                m.size() > 0 ? " -> " + out : "");
        o.printf("skipped %d record(s)%s%n", r.skipped().size(), r.skipped().isEmpty() ? "" : ":");
        for (Skipped s : r.skipped()) o.println("  " + s);
        if (!r.notes().isEmpty()) {
            o.printf("notes %d%s%n", r.notes().size(), ":");
            List<Skipped> shown = verbose() ? r.notes() : r.notes().subList(0, Math.min(MAX_NOTES, r.notes().size()));
            for (Skipped s : shown) o.println("  " + s);
            if (shown.size() < r.notes().size()) o.printf("  ... %d more (-v shows all)%n", r.notes().size() - shown.size());
        }
        if (m.size() == 0) return;
        o.println("labels:");
        o.printf("  %-24s %8s %8s  %s%n", "column", "records", "missing", "values");
        for (LabelSummary.Column c : LabelSummary.of(m)) {
            o.printf("  %-24s %8d %8d  %s%n", c.name(), c.present(), c.missing(), values(c));
        }
    }

    private static String values(LabelSummary.Column c) {
        if (c.present() == 0) return "";
        if (!c.isCategorical() && !c.isNumeric()) return c.distinct() + " distinct values";
        if (!c.isCategorical()) {
            return String.format(java.util.Locale.ROOT, "min %s  mean %.1f  max %s", Manifest.formatNumber(c.min()), c.mean(),
                    Manifest.formatNumber(c.max()));
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Integer> e : c.counts().entrySet()) {
            if (b.length() > 0) b.append(", ");
            b.append(e.getKey()).append(": ").append(e.getValue());
        }
        return b.toString();
    }
}
