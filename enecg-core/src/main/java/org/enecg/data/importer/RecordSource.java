package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Lead;
import org.enecg.io.Record;

/**
 * What importers need from the file layer: a record's shape (sampling rate, length, leads, header comments),
 * by default from a full, verified read (signal file present and long enough, checksums right), and the marks of
 * an annotation file. {@link WfdbSource} is the WFDB implementation.
 */
public interface RecordSource {

    /** One annotation: its sample number and its symbol ({@code N}, {@code V}, {@code (} ...). */
    record Mark(long sample, String symbol) {}

    /**
     * What a manifest row records about a record.
     *
     * @param leads    lead names, standard spelling where known, else as written
     * @param comments header comment lines without {@code #}
     */
    record Shape(double fs, int nSamples, List<String> leads, List<String> comments) {
        public Shape {
            leads = List.copyOf(leads);
            comments = List.copyOf(comments);
        }

        public static Shape of(Record r) {
            List<String> leads = new ArrayList<>();
            for (Lead l : r.leads()) leads.add(l.label());
            return new Shape(r.fs(), r.nSamples(), leads, r.comments());
        }
    }

    /** The shape of a record given by its path without extension (or its {@code .hea}); errors name file and problem. */
    Shape shape(Path record) throws IOException;

    /** Reads an annotation file (MIT format: {@code 100.atr}, LUDB {@code 1.ii}). */
    List<Mark> annotations(Path file) throws IOException;
}
