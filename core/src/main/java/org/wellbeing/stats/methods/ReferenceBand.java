package org.wellbeing.stats.methods;

/** A reference population's events and population in one age band, for indirect standardisation. */
public record ReferenceBand(String ageBand, double count, double population) {

    public ReferenceBand {
        Inputs.count("reference count in age band " + ageBand, count);
        Inputs.denominator("reference population in age band " + ageBand, population);
    }

    double rate() {
        return count / population;
    }
}
