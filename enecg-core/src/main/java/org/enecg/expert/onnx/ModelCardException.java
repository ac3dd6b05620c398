package org.enecg.expert.onnx;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model card, or the model file it names, is wrong: invalid JSON, an unknown or mistyped field, a missing or
 * corrupt model file, an input or output name or shape the model does not have. The message starts with the file.
 */
public final class ModelCardException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelCardException(Path file, String problem) { super(file + ": " + problem); }

    public ModelCardException(Path file, String problem, Throwable cause) { super(file + ": " + problem, cause); }
}
