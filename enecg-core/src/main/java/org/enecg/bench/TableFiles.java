package org.enecg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.enecg.cache.EmbeddingTable;
import org.enecg.cache.Npy;
import org.enecg.model.ModelJson;
import org.enecg.util.AtomicFiles;

/**
 * An embedding table in a folder, for the scaling stages that run in separate JVMs: {@code table.json} (record ids,
 * experts with their fingerprints), one {@code .npy} matrix per expert and {@code gate.npy}. So the training and
 * prediction stages measure themselves, not the experts or the cache.
 */
final class TableFiles {
    private TableFiles() {}

    static void write(Path dir, EmbeddingTable t) throws IOException {
        Files.createDirectories(dir);
        ObjectNode o = ModelJson.MAPPER.createObjectNode();
        ArrayNode ids = o.putArray("records");
        t.recordIds().forEach(ids::add);
        ArrayNode ex = o.putArray("experts");
        for (int e = 0; e < t.nExperts(); e++) {
            EmbeddingTable.ExpertOutputs x = t.experts().get(e);
            ex.addObject().put("name", x.expert()).put("fingerprint", x.fingerprint()).put("file", "expert-" + e + ".npy");
            Npy.writeMatrix(dir.resolve("expert-" + e + ".npy"), x.rows(), x.dim());
        }
        float[][] gate = new float[t.size()][];
        for (int r = 0; r < gate.length; r++) gate[r] = t.gateInput(r);
        Npy.writeMatrix(dir.resolve("gate.npy"), gate, t.gateDim());
        AtomicFiles.write(dir.resolve("table.json"), ModelJson.MAPPER.writeValueAsString(o).getBytes(StandardCharsets.UTF_8));
    }

    static EmbeddingTable read(Path dir) throws IOException {
        JsonNode o = ModelJson.MAPPER.readTree(dir.resolve("table.json").toFile());
        List<String> ids = new ArrayList<>();
        o.get("records").forEach(n -> ids.add(n.asText()));
        List<EmbeddingTable.ExpertOutputs> experts = new ArrayList<>();
        for (JsonNode x : o.get("experts")) {
            experts.add(new EmbeddingTable.ExpertOutputs(x.get("name").asText(), x.get("fingerprint").asText(),
                    Npy.read(dir.resolve(x.get("file").asText())).toMatrix()));
        }
        return new EmbeddingTable(ids, experts, Npy.read(dir.resolve("gate.npy")).toMatrix());
    }
}
