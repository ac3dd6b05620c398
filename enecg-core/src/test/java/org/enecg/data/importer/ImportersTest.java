package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {
    @TempDir Path dir;

    @Test
    void recognisesTheBundledAndFixtureFormats() throws IOException {
        assertEquals(Importers.Format.LUDB, Importers.detect(Path.of("data/bundled/ludb")));
        assertEquals(Importers.Format.CINC, Importers.detect(Path.of("data/bundled/cinc2020-2021")));
        assertEquals(Importers.Format.MIMIC_IV_ECG, Importers.detect(MimicTablesTest.FIXTURE));
        assertEquals(Importers.Format.WFDB, Importers.detect(Path.of("data/bundled/ludb/data")), "LUDB headers have no #Dx");
    }

    @Test
    void recognisesJsonLinesAndBeatAnnotatedRecords() throws IOException {
        Path j = dir.resolve("x.jsonl");
        Files.writeString(j, "{}\n");
        assertEquals(Importers.Format.JSONL, Importers.detect(j));
        Files.writeString(dir.resolve("100.hea"), "100 1 360 10\n");
        assertEquals(Importers.Format.WFDB, Importers.detect(dir.resolve("100")));
        Files.write(dir.resolve("100.atr"), new byte[2]);
        assertEquals(Importers.Format.BEAT_WINDOWS, Importers.detect(dir.resolve("100.hea")));
    }

    @Test
    void anEmptyFolderCannotBeRecognised() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> Importers.detect(empty));
        assertTrue(e.getMessage().contains("cannot tell the dataset format"), e.getMessage());
    }

    @Test
    void formatNamesAndAliases() {
        assertEquals(Importers.Format.MIMIC_IV_ECG, Importers.Format.parse("MIMIC"));
        assertEquals(Importers.Format.BEAT_WINDOWS, Importers.Format.parse("beat_windows"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Importers.Format.parse("edf"));
        assertTrue(e.getMessage().contains("wfdb, ludb, cinc, mimic-iv-ecg, jsonl, beat-windows"), e.getMessage());
    }

    @Test
    void jsonLinesPathsFromAnotherMachineResolveUnderRoot() throws IOException {
        Path root = MimicTablesTest.FIXTURE.toAbsolutePath();
        Path p = JsonLinesImporter.locate("/local/scratch/someone/mimic-iv-ecg/files/p1000/p10000001/s40000001/40000001", root);
        assertEquals(root.resolve("files/p1000/p10000001/s40000001/40000001"), p);
        assertEquals(root.resolve("files/p1000/p10000001/s40000001/40000001"),
                JsonLinesImporter.locate("files/p1000/p10000001/s40000001/40000001", root));
        IOException e = assertThrows(IOException.class, () -> JsonLinesImporter.locate("/nowhere/files/p1/p2/s3/3", root));
        assertTrue(e.getMessage().contains("give --root"), e.getMessage());
    }
}
