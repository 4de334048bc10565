package org.wellbeing.rules;

/**
 * Something in a rule set that works but deserves a look (a rule that never fired, a threshold nothing
 * used), printed as {@code FILE:LINE: warning: message}. Warnings never stop rules going live.
 */
public record RuleWarning(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": warning: " + message;
    }
}
