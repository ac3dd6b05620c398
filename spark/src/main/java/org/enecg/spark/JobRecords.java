package org.enecg.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.enecg.cache.RecordRef;
import org.enecg.cache.RecordRefs;
import org.enecg.cli.EmbedOptions;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.data.importer.ImportResult;
import org.enecg.io.wfdb.WfdbReader;

/**
 * The run's records on the driver, from {@code --data}: a local dataset exactly as {@code enecg embed} resolves it
 * (so both name and key the records alike), or a manifest behind a Hadoop URI ({@code hdfs://}, {@code s3a://},
 * {@code file:}) whose record paths are resolved against the manifest's folder on that file system and fetched by
 * the executors.
 *
 * @param tasks         what the executors get, in run order
 * @param local         the core's reference to each record when it is a local file (for the cache lookup), else null
 * @param importSkipped records the on-the-fly import skipped, with the reason
 */
public record JobRecords(List<RecordTask> tasks, List<RecordRef> local, List<String> importSkipped) {

    public static JobRecords load(EmbedOptions options, Configuration hadoop, Path scratch) throws IOException {
        String data = options.data();
        if (RecordFiles.isUri(data)) return remoteManifest(data, hadoop, scratch);
        Optional<Path> list = options.headerList();
        List<RecordTask> tasks = new ArrayList<>();
        if (list.isPresent()) {
            List<RecordRef> refs = RecordRefs.headerList(list.get(), WfdbReader::read);
            for (RecordRef r : refs) tasks.add(new RecordTask(tasks.size(), r.id(), r.path().toString(), false, false, 0, 0, 0, List.of(), false, null));
            return new JobRecords(tasks, refs, List.of());
        }
        ImportResult imported = options.manifest();
        Manifest m = imported.manifest();
        for (ManifestRow row : m.rows()) tasks.add(task(tasks.size(), row, m.recordPath(row).toString(), false));
        List<String> skipped = new ArrayList<>();
        for (var k : imported.skipped()) skipped.add(k.toString());
        return new JobRecords(tasks, RecordRefs.of(m, WfdbReader::read), skipped);
    }

    private static JobRecords remoteManifest(String data, Configuration hadoop, Path scratch) throws IOException {
        URI uri = URI.create(data.endsWith(".csv") ? data : data.replaceFirst("/?$", "/manifest.csv"));
        Path local = scratch.resolve("manifest.csv");
        RecordFiles.copy(uri, local, hadoop);
        Manifest m;
        try {
            m = Manifest.read(local);
        } catch (IOException e) {
            throw new IOException(e.getMessage().replace(local.toString(), uri.toString()), e);
        }
        URI folder = uri.resolve(".");
        List<RecordTask> tasks = new ArrayList<>();
        for (ManifestRow row : m.rows()) tasks.add(task(tasks.size(), row, resolve(folder, row.path()).toString(), true));
        return new JobRecords(tasks, Collections.nCopies(tasks.size(), null), List.of());
    }

    private static RecordTask task(int index, ManifestRow row, String location, boolean remote) {
        return new RecordTask(index, row.recordId(), location, remote, true, row.fs(), row.start(), row.nSamples(), row.leads(),
                row.window(), null);
    }

    /** A manifest path (relative to the manifest's folder, absolute on its file system, or a URI) as a URI. */
    private static URI resolve(URI folder, String path) {
        if (RecordFiles.isUri(path)) return URI.create(path);
        try {
            return folder.resolve(new URI(null, null, path, null));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("manifest path '" + path + "': " + e.getMessage(), e);
        }
    }

    public int size() { return tasks.size(); }

    public static Path scratch() throws IOException { return Files.createTempDirectory("enecg-spark-driver-"); }
}
