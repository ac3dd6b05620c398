package org.enecg.data;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelSummaryTest {
    @Test
    void countsFewValuesAndSummarisesManyNumbers() {
        List<ManifestRow> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new ManifestRow("r" + i, "s", "p", 500, 1, List.of(),
                    Map.of("cls", i % 3 == 0 ? "" : Integer.toString(i % 2 * 10), "rr", Integer.toString(600 + i), "txt", "t" + i)));
        }
        List<LabelSummary.Column> c = LabelSummary.of(Manifest.of(Path.of("."), List.of("cls", "rr", "txt"), rows));
        assertEquals(20, c.get(0).present());
        assertEquals(10, c.get(0).missing());
        assertEquals(List.of("0", "10"), new ArrayList<>(c.get(0).counts().keySet()), "numeric order");
        assertFalse(c.get(1).isCategorical());
        assertEquals(600, c.get(1).min());
        assertEquals(629, c.get(1).max());
        assertEquals(614.5, c.get(1).mean(), 1e-12);
        assertFalse(c.get(2).isCategorical());
        assertFalse(c.get(2).isNumeric());
        assertEquals(30, c.get(2).distinct());
    }
}
