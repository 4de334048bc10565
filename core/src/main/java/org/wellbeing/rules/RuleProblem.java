package org.wellbeing.rules;

/** A problem found in a rule file, printed as {@code FILE:LINE: message} (line 0 when unknown). */
public record RuleProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
