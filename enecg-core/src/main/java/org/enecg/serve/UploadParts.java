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
        } catch (Exception e) { // Jetty's ServletException comes through Kotlin unchecked
            StringBuilder why = new StringBuilder();
            String root = "";
            for (Throwable t = e; t != null; t = t.getCause()) {
                why.append(' ').append(t.getMessage());
                if (t.getMessage() != null) root = t.getMessage();
            }
            String m = why.toString().toLowerCase(java.util.Locale.ROOT);
            if (m.contains("exceed") || m.contains("too large") || m.contains("max")) {
                throw ApiError.tooLarge("the upload is larger than the limit of " + SafeFiles.megabytes(limits.maxUploadBytes()));
            }
            // the innermost message, without Jetty's class names and status prefix
            String plain = root.replaceAll("^([\\w.$]+Exception: )+", "").replaceAll("^\\d{3}: ", "");
            throw ApiError.badRequest("the multipart body cannot be read: " + (plain.isBlank() ? "malformed" : plain));
        }
        List<UploadPart> parts = new ArrayList<>(files.size());
        for (UploadedFile f : files) parts.add(new UploadPart(f.filename(), f::content));
        return parts;
    }
}
