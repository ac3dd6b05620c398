package org.enecg.serve;

import java.io.IOException;
import java.io.InputStream;

/** One file of an upload: the name the client gave it and its bytes (read once). */
record UploadPart(String fileName, Content content) {

    /** Opens the part's bytes. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    UploadPart {
        if (fileName == null || fileName.isBlank()) throw ApiError.badRequest("a part of the upload has no file name; name each file (rec.hea, rec.dat)");
    }
}
