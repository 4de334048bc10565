package org.wellbeing.service;

/** Input in a format the engine cannot read (yet); the message says which formats it can. */
public class UnsupportedInputException extends RuntimeException {
    public UnsupportedInputException(String message) {
        super(message);
    }
}
