package org.enecg.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.io.Record;
import org.enecg.io.wfdb.Annotation;
import org.enecg.io.wfdb.AnnotationReader;
import org.enecg.io.wfdb.WfdbReader;

/**
 * {@link RecordSource} on the project's WFDB reader: records are read whole and strictly checked (signal file
 * length and checksums), so a truncated or corrupt record is skipped at import time rather than failing later.
 */
public final class WfdbSource implements RecordSource {

    @Override
    public Record read(Path record) throws IOException {
        return WfdbReader.read(record);
    }

    @Override
    public List<Mark> annotations(Path file) throws IOException {
        List<Mark> out = new ArrayList<>();
        for (Annotation a : AnnotationReader.read(file).list()) out.add(new Mark(a.sample(), a.symbol()));
        return out;
    }
}
