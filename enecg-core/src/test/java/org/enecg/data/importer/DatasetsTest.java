package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.enecg.data.Manifest;
import org.enecg.data.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --data accepts: bundled, a manifest, a folder with manifest.csv, a recognised dataset folder. */
class DatasetsTest {
    @TempDir Path dir;

    @Test
    void bundledIsTheCommittedManifestWithTheFiveBundledTasks() throws IOException {
        Manifest m = Datasets.load("bundled", new WfdbSource());
        assertEquals(320, m.size());
        assertEquals(BundledDataset.manifestPath().getParent(), m.baseDir());
        assertTrue(Files.isRegularFile(m.recordPath(m.rows().get(0)).resolveSibling("1.hea")));
        assertEquals(java.util.List.of(Tasks.RR_INTERVAL, Tasks.AGE, Tasks.GENDER, Tasks.REPORT_LABEL, Tasks.CONDUCTION_ABNORMALITY),
                Tasks.defaultsFor(m));
    }

    @Test
    void manifestFilesFoldersAndDatasetFolders() throws IOException {
        Manifest fixture = Datasets.load(MimicTablesTest.FIXTURE.toString(), new WfdbSource());
        assertEquals(5, fixture.size(), "MIMIC-IV-ECG folder recognised and imported");
        Path csv = dir.resolve("manifest.csv");
        fixture.write(csv);
        assertEquals(fixture.rows().get(0).recordId(), Datasets.load(csv.toString(), new WfdbSource()).rows().get(0).recordId());
        assertEquals(5, Datasets.load(dir.toString(), new WfdbSource()).size(), "folder holding manifest.csv");
        IOException e = assertThrows(IOException.class, () -> Datasets.load(dir.resolve("nothing").toString(), new WfdbSource()));
        assertTrue(e.getMessage().contains("nothing"), e.getMessage());
    }
}
