package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.expert.GateInput;
import org.enecg.expert.onnx.OnnxExpert;
import org.enecg.io.Record;
import org.enecg.testing.SyntheticRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both ONNX test models through the embedder into the cache and back out as a table. */
class OnnxCacheTest {

    @TempDir Path tmp;

    @Test
    void onnxExpertsFillTheCacheAndTheTableHoldsTheirOutputs() throws Exception {
        List<Record> recs = new ArrayList<>();
        for (int i = 0; i < 4; i++) recs.add(SyntheticRecords.twelveLead("e" + i, 500, 10, 40 + i));
        try (OnnxExpert ecgfm = OnnxExpert.load(Path.of("models/test/ecgfm-like.card.json"));
             OnnxExpert moment = OnnxExpert.load(Path.of("models/test/moment-like.card.json"));
             EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            EmbeddingTable t = new Embedder(cache, 2).table(recs.stream().map(RecordRef::of).toList(),
                    List.of(ecgfm, moment), GateInput.paperDefaults(), Embedder.Progress.NONE).table();
            assertEquals(List.of("ecgfm-like", "moment-like"), t.expertNames());
            assertEquals(26, t.dim(0));
            assertEquals(64, t.dim(1));
            for (int i = 0; i < recs.size(); i++) {
                // Each record is computed on its own, so the cached row is bit-for-bit the single-record output.
                assertArrayEquals(ecgfm.embed(List.of(recs.get(i)))[0], t.row(0, i));
                assertArrayEquals(moment.embed(List.of(recs.get(i)))[0], t.row(1, i));
            }
            CachedMatrix m = cache.read(ecgfm);
            assertEquals(4, m.size());
        }
    }

    @Test
    void aWarmRunNeverOpensTheOnnxSessions() throws Exception {
        List<RecordRef> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) refs.add(RecordRef.of(SyntheticRecords.twelveLead("w" + i, 500, 10, 60 + i)));
        ExpertRegistry registry = ExpertRegistry.standard(Path.of(""));
        try (EmbeddingCache cache = EmbeddingCache.open(tmp)) {
            try (OnnxExpert cold = (OnnxExpert) registry.open("ecgfm-like", 1)) {
                assertFalse(cold.sessionsOpen(), "opened lazily");
                assertEquals(3, new Embedder(cache, 2).embed(refs, List.of(cold), Embedder.Progress.NONE).computed());
                assertTrue(cold.sessionsOpen(), "opened to compute");
            }
            try (OnnxExpert warm = (OnnxExpert) registry.open("ecgfm-like", 1)) {
                EmbedSummary s = new Embedder(cache, 2).embed(refs, List.of(warm), Embedder.Progress.NONE);
                assertEquals(3, s.fromCache());
                assertFalse(warm.sessionsOpen(), "every output was cached: ONNX Runtime was not needed");
            }
        }
    }

    @Test
    void aModelThatDoesNotMatchItsCardStopsTheRunWhenItsSessionsOpen() throws Exception {
        // The card names an input the model does not have: found when the first record needs the model, and fatal.
        Path card = tmp.resolve("wrong.card.json");
        String text = java.nio.file.Files.readString(Path.of("models/test/ecgfm-like.card.json"))
                .replace("\"ecgfm-like.onnx\"", "\"" + Path.of("models/test/ecgfm-like.onnx").toAbsolutePath() + "\"");
        java.nio.file.Files.writeString(card, text.replace("\"name\": \"signal\"", "\"name\": \"nope\""));
        ExpertRegistry registry = ExpertRegistry.standard(Path.of(""));
        try (EmbeddingCache cache = EmbeddingCache.open(tmp.resolve("c"));
             OnnxExpert wrong = (OnnxExpert) registry.open(card.toString(), 1)) {
            List<RecordRef> refs = List.of(RecordRef.of(SyntheticRecords.twelveLead("x", 500, 10, 5)));
            java.io.IOException e = assertThrows(java.io.IOException.class,
                    () -> new Embedder(cache, 1).embed(refs, List.of(wrong), Embedder.Progress.NONE));
            assertTrue(e.getMessage().contains("'nope' is not an input"), e.getMessage());
        }
    }
}
