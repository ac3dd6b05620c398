package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enecg.expert.Expert;
import org.enecg.io.LeadName;
import org.enecg.io.Record;
import org.enecg.io.wfdb.WfdbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --data resolution and the expert registry. */
class RecordSourcesTest {

    @TempDir Path tmp;

    @Test
    void bundledIsEveryHeaderOfTheBundledDataWithPathIds() throws IOException {
        List<RecordSource> all = RecordSources.resolve("bundled", Path.of(""), WfdbReader::read);
        assertEquals(320, all.size());
        assertTrue(all.stream().anyMatch(s -> s.id().equals("ludb/data/1")), all.get(0).id());
        assertTrue(all.stream().anyMatch(s -> s.id().equals("cinc2020-2021/torch_ecg-cinc2021/E07500")));
        Record r = all.stream().filter(s -> s.id().equals("ludb/data/1")).findFirst().orElseThrow().reader().read();
        assertEquals(500, r.fs());
        assertEquals(LeadName.STANDARD_ORDER, r.leadNames());
    }

    @Test
    void oneHeaderAListOfHeadersAndErrors() throws IOException {
        List<RecordSource> one = RecordSources.resolve("data/bundled/ludb/data/7.hea", Path.of(""), WfdbReader::read);
        assertEquals(List.of("7"), one.stream().map(RecordSource::id).toList());
        Path list = tmp.resolve("l.txt");
        Files.write(list, List.of("# comment", "", "a/x.hea", "b/y"));
        List<RecordSource> l = RecordSources.resolve(list.toString(), Path.of(""), WfdbReader::read);
        assertEquals(List.of("a/x", "b/y"), l.stream().map(RecordSource::id).toList());
        assertEquals(tmp.resolve("a/x.hea"), l.get(0).path());
        Files.createDirectories(tmp.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> RecordSources.resolve(tmp.resolve("empty").toString(), Path.of(""), WfdbReader::read));
        assertTrue(e.getMessage().contains("no WFDB header files"), e.getMessage());
        assertThrows(IOException.class, () -> RecordSources.resolve(tmp.resolve("nope").toString(), Path.of(""), WfdbReader::read));
    }

    @Test
    void registryFindsBundledCardsByNameAndCardsByPath() throws IOException {
        ExpertRegistry r = ExpertRegistry.standard(Path.of(""));
        assertTrue(r.names().containsAll(List.of("ecgfm-like", "moment-like")), r.names().toString());
        assertEquals(List.of("ecgfm-like", "moment-like"), r.defaultNames());
        try (Expert byName = r.open("ecgfm-like", 1); Expert byPath = r.open("models/test/ecgfm-like.card.json", 1)) {
            assertEquals(byName.fingerprint(), byPath.fingerprint());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.open("nope", 1));
        assertTrue(e.getMessage().contains("known: ecgfm-like, moment-like"), e.getMessage());
        r.register("rhythm", () -> null);
        assertEquals("rhythm", r.defaultNames().get(0));
        assertThrows(IllegalArgumentException.class, () -> r.register("ecgfm-like", () -> null));
    }
}
