package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MIT-BIH 100 cut into 10-s windows; expected values from resources .../importer/beat-windows/rr_windows_100.py. */
class BeatWindowImporterTest {
    static final Path RECORD_100 = Path.of("enecg-core/src/test/resources/org/enecg/io/wfdb/sample-data/100");

    @Test
    void tenSecondWindowsOfRecord100(@TempDir Path dir) throws IOException {
        ImportResult r = new BeatWindowImporter(new WfdbSource()).importFrom(RECORD_100);
        Manifest m = r.manifest();
        assertEquals(180, m.size(), "650,000 samples / 3,600 per window, the last partial window dropped");
        assertEquals(List.of(), r.skipped());
        ManifestRow w0 = m.rows().get(0);
        assertEquals("100/0", w0.recordId());
        assertEquals("100", w0.subjectId());
        assertEquals(0, w0.start());
        assertEquals(3600, w0.nSamples());
        assertEquals(List.of("II", "V5"), w0.leads());
        assertEquals("806.25", w0.label("rr_interval"));
        assertEquals(3600, m.rows().get(1).start());
        assertEquals("819.192", m.rows().get(1).label("rr_interval"));
        assertEquals("808.081", m.rows().get(2).label("rr_interval"));
        assertEquals("723.718", m.rows().get(179).label("rr_interval"));
        assertEquals(179 * 3600, m.rows().get(179).start());
        Path out = dir.resolve("w.csv");
        m.write(out);
        assertEquals(m.rows().get(5).start(), Manifest.read(out).rows().get(5).start());
    }

    @Test
    void windowsWithoutTwoBeatsKeepAnEmptyLabelAndANote() throws IOException {
        ImportResult r = new BeatWindowImporter(new WfdbSource(), "atr", 0.5).importFrom(RECORD_100);
        assertEquals(650000 / 180, r.manifest().size());
        long empty = r.manifest().rows().stream().filter(x -> x.label("rr_interval").isEmpty()).count();
        assertTrue(empty > 0);
        assertTrue(r.notes().get(0).message().startsWith(empty + " window(s) with fewer than 2"), r.notes().toString());
    }
}
