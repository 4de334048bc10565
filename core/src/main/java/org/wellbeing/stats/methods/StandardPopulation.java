package org.wellbeing.stats.methods;

import java.util.List;

/**
 * A standard population by age band, for direct standardisation. Bands are named by their first age.
 *
 * @param name  e.g. "European Standard Population 2013"
 * @param bands in age order, each with its first age and weight
 */
public record StandardPopulation(String name, List<Band> bands) {

    /** One age band of the standard: ages from {@code firstAge}, with its weight. */
    public record Band(int firstAge, double weight) {}

    /** ESP 2013, 19 bands 0-4, 5-9, ..., 85-89, 90+ (the reference's esp2013; totals 100,000). */
    public static final StandardPopulation ESP_2013 = new StandardPopulation("European Standard Population 2013",
            bands(new double[] {5000, 5500, 5500, 5500, 6000, 6000, 6500, 7000, 7000, 7000, 7000, 6500, 6000,
                    5500, 5000, 4000, 2500, 1500, 1000}));

    public StandardPopulation {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) throw new StatisticsException("a standard population needs at least one age band");
        java.util.Set<Integer> firstAges = new java.util.HashSet<>();
        for (Band b : bands) {
            if (!firstAges.add(b.firstAge())) throw new StatisticsException("age band from " + b.firstAge() + " is given twice in " + name);
            if (!(b.weight() >= 0)) throw new StatisticsException("standard population weight must be 0 or more, got " + b.weight());
        }
    }

    private static List<Band> bands(double[] fiveYearWeights) {
        Band[] b = new Band[fiveYearWeights.length];
        for (int i = 0; i < b.length; i++) b[i] = new Band(5 * i, fiveYearWeights[i]);
        return List.of(b);
    }

    public double total() {
        return bands.stream().mapToDouble(Band::weight).sum();
    }

    /** The weight of the band starting at {@code firstAge}. */
    public double weightFrom(int firstAge) {
        return bands.stream().filter(b -> b.firstAge() == firstAge).findFirst()
                .orElseThrow(() -> new StatisticsException("no band starting at age " + firstAge + " in " + name))
                .weight();
    }

    /**
     * The first age of a band label: "0-4", "00-04", "90+", "85-89" give 0, 0, 90, 85. Only the first
     * age counts, so a label with a wrong upper age ("55-69" for 55-59) still finds its band.
     */
    public static int firstAgeOf(String label) {
        String t = label.strip();
        int end = 0;
        while (end < t.length() && Character.isDigit(t.charAt(end))) end++;
        if (end == 0 || end > 3) throw new StatisticsException("age band '" + label + "' does not start with an age (e.g. 0-4, 90+)");
        return Integer.parseInt(t.substring(0, end));
    }
}
