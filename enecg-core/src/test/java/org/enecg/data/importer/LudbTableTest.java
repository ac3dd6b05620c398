package org.enecg.data.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ludb.csv, whose cells hold one statement per line, read from the bundled copy (values checked by hand against the file). */
class LudbTableTest {
    static final Path LUDB_CSV = Path.of("data/bundled/ludb/ludb.csv");

    @Test
    void readsAllRecordsAndMultiLineCells() throws IOException {
        List<LudbTable.Entry> e = LudbTable.read(LUDB_CSV);
        assertEquals(200, e.size());
        LudbTable.Entry first = e.get(0);
        assertEquals("1", first.id());
        assertEquals("F", first.sex());
        assertEquals("51", first.age());
        assertEquals(List.of("Sinus bradycardia"), first.statements("Rhythms"));
        assertEquals(List.of("Left ventricular overload", "Left ventricular hypertrophy"), first.statements("Hypertrophies"));
        assertEquals(List.of(), first.statements("Conduction abnormalities"));
        LudbTable.Entry r8 = e.get(7);
        assertEquals("8", r8.id());
        assertEquals(List.of("Pacemaker presence, undefined", "Unipolar ventricular pacing"), r8.statements("Cardiac pacing"));
        assertEquals("200", e.get(199).id());
        assertEquals(">89", e.get(33).age(), "record 34 hides its age");
    }

    @Test
    void missingColumnsAreNamed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("ludb.csv");
        Files.writeString(f, "ID,Sex\n1,F\n");
        IOException ex = assertThrows(IOException.class, () -> LudbTable.read(f));
        assertTrue(ex.getMessage().contains("missing column(s) Age, Rhythms"), ex.getMessage());
    }
}
