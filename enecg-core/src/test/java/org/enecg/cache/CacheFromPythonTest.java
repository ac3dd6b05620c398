package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.enecg.testing.CountingExpert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Python snippet of docs/embedding-cache.md, run as written (numpy, {@code mmap_mode='r'}, no conversion) on a
 * cache just written here: every value it reads equals Java's. Needs python3 with numpy (on the development machine
 * and in CI); without them the test fails, it is not skipped.
 */
class CacheFromPythonTest {

    private static final String MARKER = "<!-- python: kept true by CacheFromPythonTest -->";

    @TempDir Path tmp;

    @Test
    void theDocumentedSnippetReadsTheValuesJavaWrote() throws Exception {
        Path cacheDir = tmp.resolve("cache");
        CountingExpert limb = EmbedderTest.limb("1");
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            new Embedder(cache, 2).embed(EmbedderTest.sources(EmbedderTest.records(5)), List.of(limb), Embedder.Progress.NONE);
        }
        CachedMatrix written;
        Path folder;
        try (EmbeddingCache cache = EmbeddingCache.open(cacheDir)) {
            written = cache.read(limb);
            folder = cache.folder(limb);
        }
        String doc = Files.readString(Path.of("docs/embedding-cache.md"));
        int at = doc.indexOf(MARKER);
        assertTrue(at >= 0, "docs/embedding-cache.md lost its snippet marker");
        int start = doc.indexOf("```python\n", at) + "```python\n".length();
        String snippet = doc.substring(start, doc.indexOf("```", start));
        assertTrue(snippet.contains("mmap_mode=\"r\""), snippet);
        String program = snippet.replaceFirst("(?m)^d = \"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("d = " + pyString(folder.toString())))
                + "    import json\n"
                + "    for i in range(X.shape[0]):\n"
                + "        print(json.dumps({\"id\": index[i][\"record_id\"], \"key\": index[i][\"record_key\"], \"mapped\": isinstance(X, np.memmap),"
                + " \"row\": [float(v) for v in X[i]]}))\n";
        Path py = tmp.resolve("snippet.py");
        Files.writeString(py, program);
        Process p = new ProcessBuilder("python3", py.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "python3 with numpy must run the snippet:\n" + program + "\n" + out);
        List<String> lines = out.lines().toList();
        assertEquals(written.size(), lines.size(), out);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = json.readTree(lines.get(i));
            assertEquals(written.index().get(i).recordId(), n.get("id").asText());
            assertEquals(written.index().get(i).recordKey(), n.get("key").asText());
            assertTrue(n.get("mapped").asBoolean(), "read through a memory map, not a copy");
            assertEquals(written.rows()[i].length, n.get("row").size());
            for (int k = 0; k < written.rows()[i].length; k++) {
                assertEquals(written.rows()[i][k], (float) n.get("row").get(k).asDouble(), "record " + i + ", output " + k);
            }
        }
    }

    private static String pyString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
