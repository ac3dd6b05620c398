package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.enecg.data.Manifest;
import org.enecg.data.ManifestRow;
import org.enecg.expert.Expert;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records from a manifest or a header list, and the expert registry. */
class RecordRefsTest {

    @TempDir Path tmp;

    @Test
    void bundledManifestGivesItsRecordIdsAndHeaderFiles() throws IOException {
        List<RecordRef> all = RecordRefs.of(Manifest.read(Path.of("data/bundled/manifest.csv")), WfdbReader::read);
        assertEquals(320, all.size());
        RecordRef first = all.get(0);
        assertEquals("ludb/1", first.id());
        assertEquals(Path.of("data/bundled/ludb/data/1.hea").toAbsolutePath(), first.path().toAbsolutePath());
        Record r = first.reader().read();
        assertEquals("ludb/1", r.id());
        assertEquals(500, r.fs());
        assertEquals(LeadName.STANDARD_ORDER, r.leadNames());
    }

    @Test
    void aWindowRowIsCutFromItsRecordAndRememberedApart() throws IOException {
        Path base = Path.of("data/bundled").toAbsolutePath();
        List<String> leads = List.of("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6");
        Manifest m = Manifest.of(base, List.of(
                new ManifestRow("w0", "s", "ludb/data/1", 500, 2500, leads, Map.of(), 0, true),
                new ManifestRow("w1", "s", "ludb/data/1", 500, 2500, leads, Map.of(), 2500),
                new ManifestRow("bad", "s", "ludb/data/1", 500, 2500, leads, Map.of(), 4000)));
        List<RecordRef> refs = RecordRefs.of(m, WfdbReader::read);
        Record whole = WfdbReader.read(base.resolve("ludb/data/1"));
        Record w1 = refs.get(1).reader().read();
        assertEquals(2500, w1.nSamples());
        assertArrayEquals(whole.slice(2500, 5000).leads().get(1).samples(), w1.leads().get(1).samples());
        assertEquals("", refs.get(0).part());
        assertEquals("2500+2500", refs.get(1).part());
        assertTrue(!refs.get(0).memoKey().equals(refs.get(1).memoKey()));
        assertEquals(2500, refs.get(0).reader().read().nSamples(), "the first window, explicitly one");
        IOException e = assertThrows(IOException.class, () -> refs.get(2).reader().read());
        assertTrue(e.getMessage().contains("manifest row bad") && e.getMessage().contains("[4000, 6500)") && e.getMessage().contains("5000"),
                e.getMessage());
    }

    @Test
    void headerListResolvesAgainstItsFolder() throws IOException {
        Path list = tmp.resolve("l.txt");
        Files.write(list, List.of("# comment", "", "a/x.hea", "b/y.hea"));
        List<RecordRef> l = RecordRefs.headerList(list, WfdbReader::read);
        assertEquals(List.of("a/x", "b/y"), l.stream().map(RecordRef::id).toList());
        assertEquals(tmp.resolve("a/x.hea"), l.get(0).path());
        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, List.of("# nothing"));
        IOException e = assertThrows(IOException.class, () -> RecordRefs.headerList(empty, WfdbReader::read));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void registryFindsBundledCardsByNameAndCardsByPath() throws IOException {
        ExpertRegistry r = ExpertRegistry.standard(Path.of(""));
        assertTrue(r.names().containsAll(List.of("ecgfm-like", "moment-like", "xceptiontime-ptbxl", "rhythm-leadii-cinc2020")),
                r.names().toString());
        assertEquals(List.of("rhythm", "morphology", "spectral", "rocket", "dlinear", "xceptiontime-ptbxl", "beat-aami-mitbih",
                "rhythm-leadii-cinc2020"), r.defaultNames(), "the built-ins, then the pretrained models; not the random test models");
        try (Expert byName = r.open("ecgfm-like", 1); Expert byPath = r.open("models/test/ecgfm-like.card.json", 1)) {
            assertEquals(byName.fingerprint(), byPath.fingerprint());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.open("nope", 1));
        assertTrue(e.getMessage().contains("known: rhythm, morphology, spectral, rocket, dlinear, beat-aami-mitbih, ecgfm-like, moment-like,"
                + " rhythm-leadii-cinc2020, xceptiontime-ptbxl"), e.getMessage());
        r.register("extra", () -> null);
        assertEquals("extra", r.defaultNames().get(5), "registered built-ins join the default set after the standard ones");
        assertThrows(IllegalArgumentException.class, () -> r.register("ecgfm-like", () -> null));
        assertThrows(IllegalArgumentException.class, () -> r.register("rhythm", () -> null));
    }
}
