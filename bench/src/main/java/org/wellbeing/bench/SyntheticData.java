package org.wellbeing.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.wellbeing.model.Facts;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.ValueType;

/**
 * A deterministic synthetic data set in the shape of the town's: every area has every indicator of a
 * catalogue in every period, with a value, 95% and 99.8% CIs, a count and a denominator, and England,
 * region and nearest-neighbour benchmarks. Periods are single years ("2019", "2020", ...), so the trend
 * rules see series of up to {@code periods} points and Fingertips' recent trend applies from 5.
 *
 * <p>The same catalogue, sizes and seed give the same facts, and area i's data does not depend on how
 * many areas are generated (each area draws from its own split of the seeded generator), so 10 areas are
 * the first 10 of 317. Small shares of the data are left out on purpose so that every path of the
 * rules runs: values, CIs, England values and neighbour ranks missing, neighbour values instead of ranks.
 */
public final class SyntheticData {

    /** Regions the areas are spread over, as England's nine. */
    public static final int REGIONS = 9;
    /** Size of a nearest-neighbour group (CIPFA's is 16). */
    public static final int NEIGHBOURS = 16;
    /** The last period generated; periods run up to it. */
    public static final int LAST_YEAR = 2023;

    static final double MISSING_VALUE = 0.01;
    static final double MISSING_CI = 0.05;
    static final double MISSING_ENGLAND = 0.005;
    static final double NEIGHBOUR_VALUE_INSTEAD_OF_RANK = 0.05;
    static final double NO_NEIGHBOURS = 0.05;

    private static final double Z95 = 1.959964;
    private static final double Z998 = 3.090232;

    /** One generated area. */
    public record Area(String code, String name, String region) {}

    /** The generated set: the catalogue it was made for, its areas and periods, and the engine's input facts. */
    public record Dataset(List<Indicator> indicators, List<Area> areas, List<String> periods, Facts facts) {
        public int observationCount() { return facts.observations().size(); }
    }

    private SyntheticData() {}

    /** {@code areas} areas x the catalogue's indicators x {@code periods} single-year periods ending {@link #LAST_YEAR}. */
    public static Dataset generate(List<Indicator> catalogue, int areas, int periods, long seed) {
        if (areas < 1 || periods < 1) {
            throw new IllegalArgumentException("need at least 1 area and 1 period, got " + areas + " and " + periods);
        }
        List<String> years = new ArrayList<>(periods);
        for (int p = 0; p < periods; p++) {
            years.add(Integer.toString(LAST_YEAR - periods + 1 + p));
        }
        SplittableRandom root = new SplittableRandom(seed);
        National national = new National(catalogue, periods, root.split());
        List<Area> areaList = new ArrayList<>(areas);
        List<Observation> observations = new ArrayList<>(areas * catalogue.size() * periods);
        List<Benchmark> benchmarks = new ArrayList<>(areas * catalogue.size() * periods * 3);
        for (int a = 0; a < areas; a++) {
            SplittableRandom random = root.split();
            int region = a % REGIONS;
            Area area = new Area(String.format("E99%06d", a + 1), "Synthetic area " + (a + 1),
                    "Synthetic region " + (region + 1));
            areaList.add(area);
            for (int i = 0; i < catalogue.size(); i++) {
                series(area, region, catalogue.get(i), national, i, years, random, observations, benchmarks);
            }
        }
        Facts facts = new Facts(catalogue, observations, benchmarks);
        return new Dataset(List.copyOf(catalogue), List.copyOf(areaList), List.copyOf(years), facts);
    }

    /** England's and the regions' values: one level per indicator, a drift per year, an offset per region. */
    private static final class National {
        final double[] level;
        final double[] drift;
        final double[][] regionOffset;

        National(List<Indicator> catalogue, int periods, SplittableRandom random) {
            int n = catalogue.size();
            level = new double[n];
            drift = new double[n];
            regionOffset = new double[n][REGIONS];
            for (int i = 0; i < n; i++) {
                Indicator indicator = catalogue.get(i);
                level[i] = typicalLevel(indicator, random);
                drift[i] = random.nextDouble(-0.03, 0.03);
                for (int r = 0; r < REGIONS; r++) {
                    regionOffset[i][r] = random.nextDouble(-0.08, 0.08);
                }
            }
        }

        double england(int indicator, int t) {
            return level[indicator] * (1 + drift[indicator] * t);
        }
    }

    private static void series(Area area, int region, Indicator indicator, National national, int i,
                               List<String> years, SplittableRandom random,
                               List<Observation> observations, List<Benchmark> benchmarks) {
        double areaEffect = random.nextDouble(-0.25, 0.25);
        double areaTrend = random.nextDouble(-0.06, 0.06);
        double population = Math.exp(random.nextDouble(Math.log(20_000), Math.log(600_000)));
        for (int t = 0; t < years.size(); t++) {
            String year = years.get(t);
            double england = national.england(i, t);
            double regional = england * (1 + national.regionOffset[i][region]);
            double expected = regional * (1 + areaEffect) * (1 + areaTrend * t);
            Observation o = observation(area, indicator, year, expected, population, random);
            observations.add(o);
            String key = o.key();
            boolean englandMissing = random.nextDouble() < MISSING_ENGLAND;
            benchmarks.add(new Benchmark(key, Comparator.ENGLAND, englandMissing ? null : round(england), null, null,
                    "England"));
            benchmarks.add(new Benchmark(key, Comparator.REGION, round(regional), null, null, area.region()));
            double neighbours = random.nextDouble();
            if (neighbours < NO_NEIGHBOURS) {
                benchmarks.add(new Benchmark(key, Comparator.NEIGHBOURS, null, null, null, "nearest neighbours"));
            } else if (neighbours < NO_NEIGHBOURS + NEIGHBOUR_VALUE_INSTEAD_OF_RANK) {
                benchmarks.add(new Benchmark(key, Comparator.NEIGHBOURS,
                        round(regional * (1 + random.nextDouble(-0.1, 0.1))), null, null, "nearest neighbours' value"));
            } else {
                benchmarks.add(new Benchmark(key, Comparator.NEIGHBOURS, null, 1 + random.nextInt(NEIGHBOURS),
                        NEIGHBOURS, "nearest neighbours"));
            }
        }
    }

    /**
     * One observation around an expected value. Proportions and rates come from a count drawn on a
     * denominator, with CIs from the count (Wilson for proportions, normal on the count for rates);
     * other value types get a CI of a few percent of the value, and the population as denominator.
     */
    private static Observation observation(Area area, Indicator indicator, String year, double expected,
                                           double population, SplittableRandom random) {
        ValueType type = indicator.valueType();
        Double value;
        double l95, u95, l998, u998, count, denominator;
        if (type == ValueType.PROPORTION) {
            denominator = Math.round(population * random.nextDouble(0.01, 0.2)) + 50;
            double p = clamp(expected / 100, 0.002, 0.998);
            count = Math.round(normal(random, p * denominator, Math.sqrt(denominator * p * (1 - p))));
            count = clamp(count, 1, denominator - 1);
            double share = count / denominator;
            value = share * 100;
            double[] ci95 = wilson(share, denominator, Z95), ci998 = wilson(share, denominator, Z998);
            l95 = ci95[0] * 100;
            u95 = ci95[1] * 100;
            l998 = ci998[0] * 100;
            u998 = ci998[1] * 100;
        } else if (type == ValueType.CRUDE_RATE || type == ValueType.DIRECTLY_STANDARDISED_RATE) {
            denominator = Math.round(population);
            double mean = Math.max(expected * denominator / 100_000, 1);
            count = Math.max(1, Math.round(normal(random, mean, Math.sqrt(mean))));
            double perCount = 100_000 / denominator;
            value = count * perCount;
            l95 = Math.max(0, count - Z95 * Math.sqrt(count)) * perCount;
            u95 = (count + Z95 * Math.sqrt(count)) * perCount;
            l998 = Math.max(0, count - Z998 * Math.sqrt(count)) * perCount;
            u998 = (count + Z998 * Math.sqrt(count)) * perCount;
        } else {
            denominator = Math.round(population);
            count = Math.round(population * random.nextDouble(0.005, 0.02));
            double relativeSe = random.nextDouble(0.003, 0.03);
            value = normal(random, expected, Math.abs(expected) * relativeSe / 2);
            double se = Math.abs(value) * relativeSe;
            l95 = value - Z95 * se;
            u95 = value + Z95 * se;
            l998 = value - Z998 * se;
            u998 = value + Z998 * se;
        }
        double missing = random.nextDouble();
        boolean noValue = missing < MISSING_VALUE;
        boolean noCi = noValue || missing < MISSING_VALUE + MISSING_CI;
        return new Observation(indicator.id(), area.code(), area.name(), year, year, "",
                noValue ? null : round(value),
                noCi ? null : round(l95), noCi ? null : round(u95),
                noCi ? null : round(l998), noCi ? null : round(u998),
                count, denominator, "");
    }

    private static double[] wilson(double p, double n, double z) {
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double divisor = 1 + z2 / n;
        return new double[] {(centre - spread) / divisor, (centre + spread) / divisor};
    }

    /** A typical England level for the indicator's value type, near its goal where it has one. */
    private static double typicalLevel(Indicator indicator, SplittableRandom random) {
        if (indicator.hasGoal()) {
            return random.nextDouble(indicator.goal().lower() - 5, indicator.goal().upper() + 3);
        }
        return switch (indicator.valueType()) {
            case PROPORTION -> random.nextDouble(3, 90);
            case CRUDE_RATE, DIRECTLY_STANDARDISED_RATE -> Math.exp(random.nextDouble(Math.log(10), Math.log(3000)));
            case MEAN -> random.nextDouble(55, 85);
            case SCORE -> random.nextDouble(5, 40);
            case RATIO -> random.nextDouble(0.7, 1.3);
            case COUNT -> random.nextDouble(50, 5000);
            case OTHER -> random.nextDouble(1, 100);
        };
    }

    private static double normal(SplittableRandom random, double mean, double sd) {
        // Box-Muller; one draw per call keeps each call's use of the generator fixed.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double clamp(double x, double low, double high) {
        return Math.max(low, Math.min(high, x));
    }

    /** Two decimals, as published figures are. */
    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
