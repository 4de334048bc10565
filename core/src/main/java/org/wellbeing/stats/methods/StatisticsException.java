package org.wellbeing.stats.methods;

/** Input a method cannot take (a negative count, a denominator of 0, ...); the message says which and why. */
public final class StatisticsException extends IllegalArgumentException {
    public StatisticsException(String message) {
        super(message);
    }
}
