package org.wellbeing.web;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.wellbeing.service.EvaluationInput;
import org.wellbeing.service.Inputs;

/**
 * Reads an evaluation request body by its Content-Type: none (empty body) means the bundled data,
 * {@code application/json} a JSON body, {@code text/csv} a CSV upload; anything else is 415. Bodies over
 * the limit are 413 before they are read.
 */
final class Bodies {
    static final String JSON = "application/json";
    static final String CSV = "text/csv";

    private final Inputs inputs;
    private final long maxBytes;

    Bodies(Inputs inputs, long maxBytes) {
        this.inputs = inputs;
        this.maxBytes = maxBytes;
    }

    EvaluationInput evaluationInput(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        String contentType = ctx.header("Content-Type");
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            return inputs.bundled();
        }
        String mediaType = mediaType(contentType);
        return switch (mediaType) {
            case JSON -> inputs.json(WellFormedText.json(body));
            case CSV -> inputs.csv(WellFormedText.csv(body, charset(contentType)), charset(contentType));
            case "" -> throw new ApiException(415, "a body needs a Content-Type: " + JSON + " or " + CSV);
            default -> throw new ApiException(415, "unsupported Content-Type '" + mediaType + "': send " + JSON
                    + " or " + CSV + " (the town's layout)");
        };
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "request body is larger than the limit of " + describe(maxBytes));
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB (" + bytes + " bytes)" : bytes + " bytes";
    }

    static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    throw new ApiException(415, "unsupported charset '" + name + "'");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
