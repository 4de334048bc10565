package org.wellbeing.rules;

/** Where a rule is written: its file relative to the rules directory, and the line of its {@code rule} keyword. */
public record RuleLocation(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
