package org.enecg.expert;

/**
 * An expert failed to compute (a model file that cannot be loaded or run, an output of the wrong shape). The
 * message names the file and the input shape; the native error, if any, is the cause.
 */
public class ExpertException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExpertException(String message) { super(message); }

    public ExpertException(String message, Throwable cause) { super(message, cause); }
}
