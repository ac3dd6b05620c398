package org.enecg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
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

    /** Reads the records, after checking that {@code fitted} (the file, written last) is none of them and can be written. */
    static List<Record> read(String data, PrintWriter err, picocli.CommandLine cl, Path fitted) throws IOException {
        Manifest m = Datasets.load(data, new WfdbSource());
        PathRules.outputFile(cl, "--out", fitted, PathRules.Inputs.of(data, m));
        Set<Path> paths = new LinkedHashSet<>();
        for (ManifestRow r : m.rows()) paths.add(m.recordPath(r));
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
        return out;
    }

    /**
     * How a fitted file was made: the data, today's date (UTC) and the command line as typed
     * ({@code enecg <name> --data <data> <args...>}).
     */
    static java.util.Map<String, String> provenance(String name, String data, String... args) {
        StringBuilder command = new StringBuilder("enecg ").append(name).append(" --data ").append(data);
        for (String a : args) command.append(' ').append(a);
        java.util.Map<String, String> prov = new java.util.LinkedHashMap<>();
        prov.put("data", data);
        prov.put("date", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        prov.put("command", command.toString());
        return prov;
    }
}
