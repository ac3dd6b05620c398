package org.enecg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.SourceDataset;
import org.enecg.data.importer.Datasets;
import org.enecg.data.importer.WfdbSource;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;

/**
 * The records of a {@code --data} argument, read whole, for the commands that fit a built-in expert's parameters
 * (unsupervised: labels are not read). A record that cannot be read is reported on {@code err} and skipped; a record
 * file listed by several manifest rows (windows of one long record) is read once.
 */
final class TrainingRecords {

    private TrainingRecords() {}

    /**
     * The records read, and the source databases they came from (what a fitted file records as its
     * {@code training_data}, so that evaluation never calls a record of those databases unseen).
     *
     * @param unknownSource records whose source database cannot be told from the manifest
     */
    record FitRecords(List<Record> records, Set<SourceDataset> sources, int unknownSource) {
        /** The sources as the {@code training_data} provenance field: display names, sorted, joined by "; ". */
        String trainingData() {
            return String.join("; ", sources.stream().map(SourceDataset::displayName).sorted().toList());
        }
    }

    /**
     * Reads the records of {@code data}, keeping only those from the named source databases when {@code sources} is
     * not empty (for example the databases the pretrained experts were already trained on, so that the rest stay
     * unseen by every expert).
     *
     * Checks first that {@code fitted} (the file written last) is none of the records and can be written.
     *
     * @throws IllegalArgumentException for a name that is no known database
     */
    static FitRecords read(String data, List<String> sources, PrintWriter err, picocli.CommandLine cl, Path fitted) throws IOException {
        Set<SourceDataset> wanted = EnumSet.noneOf(SourceDataset.class);
        for (String name : sources) {
            SourceDataset s = java.util.Arrays.stream(SourceDataset.values()).filter(d -> d.namedBy(name.trim())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--sources: '" + name + "' is no known source database; known: "
                            + java.util.Arrays.stream(SourceDataset.values()).map(SourceDataset::displayName).toList()));
            wanted.add(s);
        }
        Manifest m = Datasets.load(data, new WfdbSource());
        PathRules.outputFile(cl, "--out", fitted, PathRules.Inputs.of(data, m));
        Set<Path> paths = new LinkedHashSet<>();
        Set<SourceDataset> seen = EnumSet.noneOf(SourceDataset.class);
        int unknown = 0, left = 0;
        for (ManifestRow r : m.rows()) {
            Optional<SourceDataset> s = SourceDataset.of(r);
            if (!wanted.isEmpty() && (s.isEmpty() || !wanted.contains(s.get()))) {
                left++;
                continue;
            }
            if (paths.add(m.recordPath(r))) {
                if (s.isPresent()) seen.add(s.get());
                else unknown++;
            }
        }
        if (!wanted.isEmpty()) err.printf("%d manifest rows from other sources left out (--sources %s)%n", left, String.join(",", sources));
        List<Record> out = new ArrayList<>();
        int skipped = 0;
        for (Path p : paths) {
            try {
                out.add(WfdbReader.read(p));
            } catch (IOException | RuntimeException e) {
                skipped++;
                err.println("skipped " + p + ": " + e.getMessage());
            }
        }
        err.printf("%d records read, %d skipped%n", out.size(), skipped);
        err.flush();
        return new FitRecords(out, seen, unknown);
    }

    /**
     * How a fitted file was made: the data, the source databases of its records, today's date (UTC) and the command
     * line as typed ({@code enecg <name> --data <data> [--sources ...] <args...>}).
     */
    static java.util.Map<String, String> provenance(String name, String data, List<String> sources, FitRecords fit, String... args) {
        StringBuilder command = new StringBuilder("enecg ").append(name).append(" --data ").append(data);
        if (!sources.isEmpty()) command.append(" --sources ").append(String.join(",", sources));
        for (String a : args) command.append(' ').append(a);
        java.util.Map<String, String> prov = new java.util.LinkedHashMap<>();
        prov.put("data", data);
        prov.put("training_data", fit.trainingData());
        if (fit.unknownSource() > 0) prov.put("records_of_unknown_source", Integer.toString(fit.unknownSource()));
        prov.put("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        prov.put("command", command.toString());
        return prov;
    }
}
