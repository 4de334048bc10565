package org.wellbeing.io.fingertips;

/** What a reader does with a file that has bad rows. */
public enum ErrorMode {
    /** The default: a file with any error yields no rows, only the errors. */
    REFUSE_FILE,
    /** Keep the good rows; the bad ones are left out and listed with their errors. */
    SKIP_BAD_ROWS
}
