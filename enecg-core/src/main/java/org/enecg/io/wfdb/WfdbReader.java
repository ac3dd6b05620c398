package org.enecg.io.wfdb;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Record;

/**
 * Reads WFDB records (<a href="https://physionet.org/physiotools/wag/">WFDB Applications Guide</a>: header(5),
 * signal(5)) as wfdb-python's {@code rdrecord} does.
 *
 * <ul>
 * <li>The record is named by its header ({@code 100.hea}), its path without extension ({@code data/100}),
 *     or a folder holding one header (or a header named like the folder).</li>
 * <li>Storage formats 8, 16, 24, 32, 61, 80, 160, 212, 310, 311 and FLAC 508/516/524; samples per frame,
 *     skew, byte offsets, several signal files, MATLAB v4 {@code .mat} signal files (CinC), multi-segment
 *     records with fixed or variable layout and null segments.</li>
 * <li>Physical values are {@code (digital - baseline) / gain}; voltages are converted to millivolts by the
 *     units field ({@code uV}, {@code V}); other units (mmHg, NU) are kept. Invalid samples are NaN.</li>
 * <li>Signals with several samples per frame: see {@link FrameMode} (default: mean per frame).</li>
 * <li>On a whole read, the file length and every checksum the header gives are verified; a mismatch is a
 *     {@link WfdbFormatException} naming the record and signal, unless {@link ReadOptions#lenient} is used.</li>
 * </ul>
 */
public final class WfdbReader {
    private WfdbReader() {}

    /** The whole record, strictly checked, in millivolts. */
    public static Record read(Path record) throws IOException {
        return read(record, ReadOptions.defaults());
    }

    /** A record (or a range of it) in physical units. */
    public static Record read(Path record, ReadOptions options) throws IOException {
        WfdbHeader h = readHeader(record);
        if (h.isMultiSegment()) return MultiSegmentReader.read(h, options).toRecord(options.frames());
        return RecordConverter.toRecord(SingleSegmentReader.read(h, options), options.frames());
    }

    /** The stored integer samples of a record (or a range of it), with its header. */
    public static DigitalRecord readDigital(Path record, ReadOptions options) throws IOException {
        WfdbHeader h = readHeader(record);
        if (h.isMultiSegment()) return MultiSegmentReader.read(h, options).toDigital();
        return SingleSegmentReader.read(h, options);
    }

    /** The parsed header of a record. */
    public static WfdbHeader readHeader(Path record) throws IOException {
        return HeaderParser.parse(headerPath(record));
    }

    /**
     * The header file of a record given as a {@code .hea} path, a path without extension, a signal file
     * ({@code .dat}, {@code .mat}) beside its header, or a folder.
     */
    public static Path headerPath(Path record) throws IOException {
        if (Files.isDirectory(record)) return headerInFolder(record);
        String name = record.getFileName() == null ? "" : record.getFileName().toString();
        if (name.endsWith(".hea")) {
            if (!Files.isRegularFile(record)) throw new WfdbFormatException(record, "header file not found");
            return record;
        }
        Path withExt = record.resolveSibling(name + ".hea");
        if (Files.isRegularFile(withExt)) return withExt;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path sibling = record.resolveSibling(name.substring(0, dot) + ".hea");
            if (Files.isRegularFile(sibling)) return sibling;
        }
        throw new WfdbFormatException(record, "no WFDB header: " + withExt.getFileName() + " not found in "
                + (record.toAbsolutePath().getParent()));
    }

    private static Path headerInFolder(Path dir) throws IOException {
        Path named = dir.resolve(dir.toAbsolutePath().normalize().getFileName() + ".hea");
        if (Files.isRegularFile(named)) return named;
        List<Path> headers = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.hea")) {
            for (Path p : ds) headers.add(p);
        }
        if (headers.isEmpty()) throw new WfdbFormatException(dir, "folder holds no WFDB header (.hea); it is empty or not a WFDB record");
        if (headers.size() > 1) {
            throw new WfdbFormatException(dir, "folder holds " + headers.size() + " headers; name the record (e.g. "
                    + headers.get(0).getFileName() + ")");
        }
        return headers.get(0);
    }
}
