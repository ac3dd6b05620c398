package org.enecg.expert.onnx;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writes edited copies of the bundled model cards into a temporary folder (the model path made absolute). */
final class CardVariants {
    static final Path MODELS = Path.of("models/test").toAbsolutePath();
    static final Path ECGFM = MODELS.resolve("ecgfm-like.card.json");
    static final Path MOMENT = MODELS.resolve("moment-like.card.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CardVariants() {}

    static Path variant(Path card, Path dir, String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(card.toFile());
        if (root.has("model")) root.put("model", MODELS.resolve(root.get("model").asText()).toString());
        edit.accept(root);
        Path out = dir.resolve(name);
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return out;
    }

    static ObjectNode input(ObjectNode root) { return (ObjectNode) root.get("input"); }

    static ObjectNode output(ObjectNode root) { return (ObjectNode) root.get("output"); }
}
