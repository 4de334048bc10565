package org.wellbeing.audit;

import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Argument checks shared by the records and the store. */
final class Checks {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    private static final JsonFactory JSON = new JsonFactory();

    private Checks() {
    }

    /** Lower-cases and checks a hex string; {@code length} 0 means any non-zero length. */
    static String hex(String name, String value, int length) {
        Objects.requireNonNull(value, name);
        String lower = value.toLowerCase(Locale.ROOT);
        if (!HEX.matcher(lower).matches() || (length > 0 && lower.length() != length)) {
            throw new IllegalArgumentException(name + " must be " + (length > 0 ? length + " " : "")
                    + "hex digits, got '" + value + "'");
        }
        return lower;
    }

    /** Checks that text is present and is well-formed Unicode (no lone surrogates), so UTF-8 is lossless. */
    static String text(String name, String value) {
        Objects.requireNonNull(value, name);
        // Only a lone surrogate cannot be encoded as UTF-8. Looking for one is a pass over the chars;
        // CharsetEncoder.canEncode encodes the whole text into a buffer, a cost that grows with each payload.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(name + " is not well-formed Unicode text");
            }
        }
        return value;
    }

    /** Checks that text is exactly one well-formed JSON value. */
    static String json(String name, String value) {
        text(name, value);
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() == null) {
                throw new IllegalArgumentException(name + " is empty, expected JSON");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException(name + " has content after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at " + e.getLocation().offsetDescription();
            throw new IllegalArgumentException(name + " is not valid JSON: " + e.getOriginalMessage() + where, e);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + " could not be read as JSON: " + e.getMessage(), e);
        }
    }
}
