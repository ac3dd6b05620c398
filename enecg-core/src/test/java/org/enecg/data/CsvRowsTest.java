package org.enecg.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRowsTest {
    @TempDir Path dir;

    @Test
    void readsQuotedCellsWithNewlinesAndReportsTheStartLine() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "\uFEFFa,b\n1,\"x\ny\"\n2,\"p, q\"\n\n3\n");
        List<CsvRow> rows = new ArrayList<>();
        CsvRows.forEach(f, rows::add);
        assertEquals(3, rows.size());
        assertEquals("x\ny", rows.get(0).cells().get(1));
        assertEquals(2, rows.get(0).line());
        assertEquals(4, rows.get(1).line());
        assertEquals("p, q", rows.get(1).get("b"));
        assertEquals("", rows.get(2).get("b"), "short row padded");
        assertEquals("1", rows.get(0).get("a"), "BOM stripped from the first column name");
    }

    @Test
    void missingColumnsAreNamed() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "a,b\n1,2\n");
        try (CsvRows rows = CsvRows.open(f)) {
            IOException e = assertThrows(IOException.class, () -> rows.require(List.of("a", "c", "d")));
            assertTrue(e.getMessage().contains("t.csv line 1: missing column(s) c, d"), e.getMessage());
        }
    }

    @Test
    void unterminatedQuoteIsAnErrorWithALine() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, "a,b\n1,2\n3,\"open\n");
        try (CsvRows rows = CsvRows.open(f)) {
            rows.next();
            IOException e = assertThrows(IOException.class, rows::next);
            assertTrue(e.getMessage().contains("t.csv"), e.getMessage());
        }
    }

    @Test
    void emptyFileNeedsAHeader() throws IOException {
        Path f = dir.resolve("e.csv");
        Files.writeString(f, "");
        IOException e = assertThrows(IOException.class, () -> CsvRows.open(f));
        assertTrue(e.getMessage().contains("e.csv: empty CSV file"), e.getMessage());
    }
}
