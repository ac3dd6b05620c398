package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The importers by {@code --format} name, and recognising a source's format from what it contains. */
public final class Importers {
    private static final Pattern DX_COMMENT = Pattern.compile("(?m)^#\\s*Dx\\s*:");

    /** The formats of {@code enecg import --format}. */
    public enum Format {
        WFDB("wfdb"), LUDB("ludb"), CINC("cinc"), MIMIC_IV_ECG("mimic-iv-ecg"), JSONL("jsonl"), BEAT_WINDOWS("beat-windows");

        private final String cliName;

        Format(String cliName) { this.cliName = cliName; }

        public String cliName() { return cliName; }

        @Override public String toString() { return cliName; }

        /** Accepts the names above in any case, with {@code _} for {@code -} ({@code mimic}, {@code json} too). */
        public static Format parse(String s) {
            String k = s.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Format f : values()) if (f.cliName.equals(k)) return f;
            if (k.equals("mimic") || k.equals("mimic-iv")) return MIMIC_IV_ECG;
            if (k.equals("json") || k.equals("json-lines")) return JSONL;
            List<String> names = new ArrayList<>();
            for (Format f : values()) names.add(f.cliName);
            throw new IllegalArgumentException("unknown format '" + s + "'; expected one of " + String.join(", ", names));
        }
    }

    /** Settings some importers take; {@link #defaults()} gives the documented defaults. */
    public record Options(Path patients, Path labevents, double labWindowHours, Path root, String annotator, double windowSeconds) {
        public static Options defaults() {
            return new Options(null, null, MimicIvEcgImporter.DEFAULT_LAB_WINDOW_HOURS, null, "atr", BeatWindowImporter.DEFAULT_WINDOW_SECONDS);
        }
    }

    private Importers() {}

    public static Importer create(Format format, Options o, RecordSource source) {
        switch (format) {
            case WFDB: return new WfdbTreeImporter(source);
            case LUDB: return new LudbImporter(source);
            case CINC: return new CincImporter(source);
            case MIMIC_IV_ECG: return new MimicIvEcgImporter(source, o.patients(), o.labevents(), o.labWindowHours());
            case JSONL: return new JsonLinesImporter(source, o.root());
            case BEAT_WINDOWS: return new BeatWindowImporter(source, o.annotator(), o.windowSeconds());
            default: throw new AssertionError(format);
        }
    }

    /**
     * The format of {@code source}: a {@code .jsonl}/{@code .json} file is JSON lines; a folder with
     * {@code ludb.csv} is LUDB, with {@code record_list.csv} MIMIC-IV-ECG; a folder of WFDB records whose headers
     * carry {@code #Dx:} is CinC, other WFDB folders are plain WFDB trees. A record with a {@code .atr} file
     * beside it is cut into beat windows. Anything else is an error saying what was looked for.
     */
    public static Format detect(Path source) throws IOException {
        String name = source.getFileName() == null ? "" : source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(source) && (name.endsWith(".jsonl") || name.endsWith(".json"))) return Format.JSONL;
        if (Files.isDirectory(source)) {
            if (Files.isRegularFile(source.resolve("ludb.csv"))) return Format.LUDB;
            if (Files.isRegularFile(source.resolve("record_list.csv"))) return Format.MIMIC_IV_ECG;
            List<Path> headers = HeaderRecords.headers(source);
            if (!headers.isEmpty()) {
                for (Path h : headers.subList(0, Math.min(20, headers.size()))) {
                    if (DX_COMMENT.matcher(Files.readString(h, java.nio.charset.StandardCharsets.ISO_8859_1)).find()) return Format.CINC;
                }
                return Format.WFDB;
            }
            throw new IOException(source + ": cannot tell the dataset format: no ludb.csv, record_list.csv or .hea files; give --format");
        }
        Path record = name.endsWith(".hea") ? HeaderRecords.recordPath(source) : source;
        if (Files.isRegularFile(record.resolveSibling(record.getFileName() + ".hea"))) {
            return Files.isRegularFile(record.resolveSibling(record.getFileName() + ".atr")) ? Format.BEAT_WINDOWS : Format.WFDB;
        }
        throw new IOException(source + ": not found, or not a dataset folder, JSON-lines file or WFDB record");
    }
}
