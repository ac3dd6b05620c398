package org.enecg.io.wfdb;

import static org.enecg.io.wfdb.Fixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Annotation files against rdann's text output, LUDB's published counts and the MIT-BIH count for record 100. */
class AnnotationReaderTest {

    /** One rdann line: time, sample, symbol, subtype, chan, num, then a tab and the aux text if any. */
    private static final Pattern RDANN = Pattern.compile(
            "\\s*(\\S+)\\s+(\\d+)\\s+(\\S)\\s+(-?\\d+)\\s+(\\d+)\\s+(-?\\d+)(?:\\t(.*))?");

    @ParameterizedTest(name = "{0} matches rdann output {1}")
    @CsvSource({"100.atr, ann-1, 2274", "12726.anI, ann-2, 22", "1003.atr, ann-3, 957"})
    void everyFieldMatchesRdann(String file, String target, int count) throws IOException {
        Annotations ann = AnnotationReader.read(sample(file));
        List<String> lines = Fixtures.targetLines(target);
        assertEquals(count, lines.size(), "rdann lines in " + target);
        assertEquals(lines.size(), ann.size(), file + ": number of annotations");
        for (int k = 0; k < lines.size(); k++) {
            Matcher m = RDANN.matcher(lines.get(k));
            if (!m.matches()) fail("cannot parse rdann line " + lines.get(k));
            Annotation a = ann.list().get(k);
            String where = file + " annotation " + k;
            assertEquals(Long.parseLong(m.group(2)), a.sample(), where + " sample");
            assertEquals(m.group(3), a.symbol(), where + " symbol");
            assertEquals(Integer.parseInt(m.group(4)), a.subtype(), where + " subtype");
            assertEquals(Integer.parseInt(m.group(5)), a.channel(), where + " chan");
            assertEquals(Integer.parseInt(m.group(6)), a.number(), where + " num");
            String aux = m.group(7) == null ? "" : m.group(7);
            assertEquals(aux, a.aux(), where + " aux");
        }
    }

    @Test
    void record100HasThePublishedBeatCounts() throws IOException {
        Annotations ann = AnnotationReader.read(sample("100.atr"));
        assertEquals(2274, ann.size());
        assertEquals(2239, ann.count("N"));
        assertEquals(33, ann.count("A"));
        assertEquals(1, ann.count("V"));
        assertEquals(1, ann.count("+"));
        assertEquals("(N", ann.list().get(0).aux());
    }

    @Test
    void customTypeDefinitionsAreReadAndNotReturnedAsAnnotations() throws IOException {
        Annotations ann = AnnotationReader.read(sample("1003.atr"));
        assertEquals("c", ann.customTypes().get(15));
        assertEquals("z", ann.customTypes().get(24));
        assertEquals(73, ann.list().get(0).sample());
    }

    @Test
    void skipWordsAddUpBeyond32Bits() throws IOException {
        Annotations ann = AnnotationReader.read(sample("huge.qrs"));
        assertEquals(1, ann.size());
        assertEquals(10_000_000_000L, ann.list().get(0).sample());
    }

    @Test
    void ludbLeadTwoHasThePublishedQrsCount() throws IOException {
        // LUDB MANIFEST.md: "Lead II alone has 1831 QRS peaks (4-20 per record)".
        Path data = Fixtures.bundled("ludb/data");
        int total = 0, records = 0;
        for (int r = 1; r <= 200; r++) {
            int n = AnnotationReader.read(data.resolve(r + ".ii")).count("N");
            assertTrue(n >= 4 && n <= 20, "record " + r + " lead II has " + n + " QRS peaks");
            total += n;
            records++;
        }
        assertEquals(200, records);
        assertEquals(1831, total);
    }

    @Test
    void everyLudbAnnotationFileReadsWithOnlyWaveSymbols() throws IOException {
        Path data = Fixtures.bundled("ludb/data");
        List<String> leads = List.of("i", "ii", "iii", "avr", "avl", "avf", "v1", "v2", "v3", "v4", "v5", "v6");
        int files = 0;
        for (int r = 1; r <= 200; r++) {
            for (String lead : leads) {
                Annotations ann = AnnotationReader.read(data.resolve(r + "." + lead));
                for (Annotation a : ann.list()) {
                    assertTrue(Stream.of("(", ")", "p", "N", "t").anyMatch(a.symbol()::equals),
                            r + "." + lead + ": unexpected symbol " + a.symbol());
                    assertTrue(a.sample() >= 0 && a.sample() < 5000, r + "." + lead + ": sample " + a.sample());
                }
                files++;
            }
        }
        assertEquals(2400, files);
        assertTrue(Files.exists(data.resolve("200.v6")));
    }
}
