package org.enecg.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
