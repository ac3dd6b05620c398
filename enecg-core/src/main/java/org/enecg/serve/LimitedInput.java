package org.enecg.serve;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A request body read up to a limit: one byte more is a 413, whatever the Content-Length said. */
final class LimitedInput extends FilterInputStream {
    private final long limit;
    private long read;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count(n);
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) throw ApiError.tooLarge("the request body is larger than the limit of " + SafeFiles.megabytes(limit));
    }
}
