package org.wellbeing.audit;

/** The audit database could not be opened, read or written; the message names the file and the cause. */
public final class AuditStoreException extends RuntimeException {

    /** An error with a message only. */
    public AuditStoreException(String message) {
        super(message);
    }

    /** An error caused by a lower-level failure (SQLite, Flyway, I/O). */
    public AuditStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
