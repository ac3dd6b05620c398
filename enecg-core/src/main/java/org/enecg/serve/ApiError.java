package org.enecg.serve;

/**
 * A request the server refuses, with the HTTP status to answer and a message for the client that names the problem
 * (and the file, for an upload). Anything else thrown while answering is a 500 whose message hides the details.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final int retryAfterSeconds;

    public ApiError(int status, String message) { this(status, message, 0); }

    private ApiError(int status, String message, int retryAfterSeconds) {
        super(message);
        if (status < 400 || status > 599) throw new IllegalArgumentException("not an error status: " + status);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() { return status; }

    /** Seconds after which the client may try again (the Retry-After header); 0 when not said. */
    public int retryAfterSeconds() { return retryAfterSeconds; }

    /** 503 with Retry-After: the server is busy or stopping. */
    public static ApiError unavailable(String message, int retryAfterSeconds) {
        return new ApiError(503, message, Math.max(1, retryAfterSeconds));
    }

    /** 400: the request is malformed or its record unusable. */
    public static ApiError badRequest(String message) { return new ApiError(400, message); }

    /** 415: not a kind of content this route reads. */
    public static ApiError unsupported(String message) { return new ApiError(415, message); }

    /** 413: over a size or length limit. */
    public static ApiError tooLarge(String message) { return new ApiError(413, message); }

    /** 422: well formed, but the record cannot be used by this model (too short, unreadable samples). */
    public static ApiError unprocessable(String message) { return new ApiError(422, message); }
}
