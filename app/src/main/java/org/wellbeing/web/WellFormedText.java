package org.wellbeing.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import org.wellbeing.io.json.InvalidJsonException;

/**
 * Refuses text that is not well-formed Unicode before anything is evaluated: a JSON string or name holding a
 * lone UTF-16 surrogate ({@code "\ud800"}, which no UTF-8 store can keep) with its field path, and a CSV upload
 * whose bytes are not valid in its charset with the line as an editor counts it (instead of silently
 * replacing them).
 */
final class WellFormedText {
    private static final JsonFactory JSON = new JsonFactory();

    private WellFormedText() {}

    /** The body, when every string and field name in it is well-formed; other JSON faults are left to the reader. */
    static byte[] json(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    String text = token == JsonToken.FIELD_NAME ? parser.currentName() : parser.getText();
                    int at = loneSurrogate(text);
                    if (at >= 0) {
                        throw new InvalidJsonException(path(parser.getParsingContext().pathAsPointer()),
                                "not well-formed Unicode: a lone UTF-16 surrogate (\\u"
                                        + Integer.toHexString(text.charAt(at)) + ") at character " + (at + 1)
                                        + (token == JsonToken.FIELD_NAME ? " of the field name" : ""));
                    }
                }
            }
        } catch (IOException e) {
            // malformed JSON: the observations reader reports it with line and column
        }
        return body;
    }

    /** The body, when it decodes in {@code charset} without a malformed or unmappable byte. */
    static byte[] csv(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(body));
            return body;
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(body, charset);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (body[i] == '\n') line++;
            }
            String message = "not valid " + charset.name() + " text at line " + line + " (byte " + (offset + 1)
                    + " of the upload): save the file as " + charset.name() + " or name its charset in the Content-Type";
            throw new ApiException(400, "invalid CSV upload: " + message,
                    List.of(new ApiError.Detail("line " + line, message)), java.util.Map.of());
        }
    }

    private static int firstBadByte(byte[] body, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, body.length));
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : body.length;
    }

    private static int loneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code /observations/3/note} as the API writes paths: {@code observations[3].note}; {@code $} for the root. */
    static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            if (p.mayMatchElement()) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                if (path.length() > 0) path.append('.');
                path.append(p.getMatchingProperty());
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }
}
