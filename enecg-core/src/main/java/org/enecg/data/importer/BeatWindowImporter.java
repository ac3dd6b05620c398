package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;

/**
 * Long records with beat annotations (e.g. MIT-BIH Arrhythmia {@code 100} + {@code 100.atr}) cut into
 * consecutive windows of {@code windowSeconds} (default 10 s; a last, shorter piece is left out). Each window is a
 * manifest row {@code <record>/<k>} with {@code start} = k × window, and {@code rr_interval} = mean interval between
 * consecutive annotated beats (MIT-BIH beat symbols; rhythm and other non-beat annotations ignored) that both lie
 * in the window; a window with fewer than two beats keeps an empty {@code rr_interval}. Subject = record name.
 * The source is one record (path without extension) or a folder: every record in it with an annotation file.
 */
public final class BeatWindowImporter implements Importer {
    public static final double DEFAULT_WINDOW_SECONDS = 10;
    private final RecordSource source;
    private final String annotator;
    private final double windowSeconds;

    public BeatWindowImporter(RecordSource source, String annotator, double windowSeconds) {
        if (!(windowSeconds > 0)) throw new IllegalArgumentException("window must be positive seconds, found " + windowSeconds);
        this.source = source;
        this.annotator = annotator;
        this.windowSeconds = windowSeconds;
    }

    public BeatWindowImporter(RecordSource source) { this(source, "atr", DEFAULT_WINDOW_SECONDS); }

    @Override public String format() { return "beat-windows"; }

    @Override
    public ImportResult importFrom(Path src) throws IOException {
        List<Path> records = new ArrayList<>();
        Path base;
        if (Files.isDirectory(src)) {
            base = src;
            for (Path h : HeaderRecords.headers(src)) {
                Path r = HeaderRecords.recordPath(h);
                if (Files.isRegularFile(annotationFile(r))) records.add(r);
            }
        } else {
            base = HeaderRecords.base(src);
            records.add(HeaderRecords.recordPath(HeaderRecords.headers(src).get(0)));
        }
        ImportBuilder out = new ImportBuilder(base, List.of("rr_interval"));
        if (records.isEmpty()) out.skip(src, "no record with a ." + annotator + " annotation file here");
        for (Path r : records) cut(r, out);
        return out.build();
    }

    private Path annotationFile(Path record) { return record.resolveSibling(record.getFileName() + "." + annotator); }

    private void cut(Path recordPath, ImportBuilder out) {
        Path ann = annotationFile(recordPath);
        try {
            RecordSource.Shape rec = source.shape(recordPath);
            List<Long> beats = new ArrayList<>();
            for (RecordSource.Mark m : source.annotations(ann)) if (AnnotatedRr.BEATS.contains(m.symbol())) beats.add(m.sample());
            int w = (int) Math.round(windowSeconds * rec.fs());
            int n = rec.nSamples() / w;
            if (n == 0) {
                out.skip(recordPath, rec.nSamples() + " samples: shorter than one " + Manifest.formatNumber(windowSeconds) + "-s window");
                return;
            }
            List<String> leads = rec.leads();
            String name = recordPath.getFileName().toString();
            int empty = 0;
            for (int k = 0; k < n; k++) {
                OptionalDouble rr = AnnotatedRr.meanMs(beats, (long) k * w, (long) (k + 1) * w, rec.fs());
                if (rr.isEmpty()) empty++;
                Map<String, String> labels = new LinkedHashMap<>();
                labels.put("rr_interval", rr.isPresent() ? Manifest.formatNumber(rr.getAsDouble()) : "");
                out.add(new ManifestRow(name + "/" + k, name, out.relative(recordPath), rec.fs(), w, leads, labels, k * w, true),
                        recordPath + " window " + k);
            }
            if (empty > 0) out.note(recordPath.toString(), empty + " window(s) with fewer than 2 annotated beats: rr_interval left empty");
        } catch (IOException | RuntimeException e) {
            out.skip(recordPath, ImportBuilder.message(e));
        }
    }
}
