package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.enecg.io.Record;

/**
 * What importers need from the file layer: a record read and verified (signal file present, long enough,
 * checksums right), and the beat annotations of an annotation file. {@link WfdbSource} is the WFDB
 * implementation; tests may count calls through their own.
 */
public interface RecordSource {

    /** One annotation: its sample number and its symbol ({@code N}, {@code V}, {@code (} ...). */
    record Mark(long sample, String symbol) {}

    /** Reads a record given its path without extension (or its {@code .hea}); errors name the file and problem. */
    Record read(Path record) throws IOException;

    /** Reads an annotation file (MIT format: {@code 100.atr}, LUDB {@code 1.ii}). */
    List<Mark> annotations(Path file) throws IOException;
}
