package org.wellbeing.audit.checkpoint;

/** A key file or checkpoint log that cannot be used (bad input: exit 2); the message names the file and what is wrong. */
public final class KeyFileException extends IllegalArgumentException {
    public KeyFileException(String message) {
        super(message);
    }
}
