package org.enecg.serve;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.List;

/** The files of a multipart request, under any field names; a body over the size limit is refused with 413. */
final class UploadParts {
    private UploadParts() {}

    static List<UploadPart> of(Context ctx, ServeLimits limits) {
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage()) + " " + (e.getCause() != null ? e.getCause().getMessage() : "");
            if (m.contains("exceed") || m.contains("too large") || m.contains("max")) {
                throw ApiError.tooLarge("the upload is larger than the limit of " + SafeFiles.megabytes(limits.maxUploadBytes()));
            }
            throw ApiError.badRequest("the multipart body cannot be read: " + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        }
        List<UploadPart> parts = new ArrayList<>(files.size());
        for (UploadedFile f : files) parts.add(new UploadPart(f.filename(), f::content));
        return parts;
    }
}
