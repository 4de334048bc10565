package org.wellbeing.service;

/** The thing asked for does not exist (an evaluation id, a board, an indicator's trace); the message says which. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
