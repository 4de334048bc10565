package org.wellbeing.stats.methods;

import java.util.ArrayList;
import java.util.List;

/**
 * Assigns the areas of a group to quantiles (deciles, quintiles, quartiles, septiles, ...) as the reference
 * and Fingertips do: rank with ties at the lowest rank, quantile = floor((q + 1) - ceil((n + 1 - rank) / (n / q))),
 * 0 counted as 1. Quantile 1 holds the highest values where {@code highestFirst} (for low-is-good
 * indicators it is the worst), the lowest values otherwise. A group with fewer values than quantiles is
 * not assigned; areas with no value get no quantile.
 */
public final class Quantiles {
    private Quantiles() {}

    /** Quantile names the reference uses, with their number of groups. */
    public static int count(String name) {
        return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "decile", "deciles" -> 10;
            case "septile", "septiles" -> 7;
            case "quintile", "quintiles" -> 5;
            case "quartile", "quartiles" -> 4;
            case "tertile", "tertiles" -> 3;
            default -> throw new StatisticsException("unknown quantile '" + name + "': use decile, septile, quintile, quartile or tertile");
        };
    }

    /**
     * One quantile per value, in the order given (null where the value is null or the group is too small).
     *
     * @param highestFirst whether quantile 1 holds the highest values (the reference's default)
     */
    public static List<Integer> assign(List<Double> values, int quantiles, boolean highestFirst) {
        if (quantiles < 1) throw new StatisticsException("number of quantiles must be 1 or more, got " + quantiles);
        List<Double> present = values.stream().filter(v -> v != null).toList();
        int n = present.size();
        List<Integer> result = new ArrayList<>(values.size());
        for (Double v : values) {
            if (v == null || n < quantiles) {
                result.add(null);
                continue;
            }
            int rank = 1;
            for (double other : present) {
                if (highestFirst ? other > v : other < v) rank++;
            }
            result.add(fromRank(rank, n, quantiles));
        }
        return result;
    }

    /** The reference's default order: quantile 1 holds the highest values. */
    public static final boolean DEFAULT_HIGHEST_FIRST = true;

    /**
     * The order for a whole group from what each of its rows says (null: the row's polarity says nothing):
     * the order they all agree on, otherwise the reference's default. A group is ranked one way only; the
     * reference refuses a group whose rows disagree, its expected results rank such a group the default way.
     */
    public static boolean groupOrder(List<Boolean> rowsSay) {
        Boolean agreed = null;
        for (Boolean say : rowsSay) {
            if (say == null || (agreed != null && !agreed.equals(say))) return DEFAULT_HIGHEST_FIRST;
            agreed = say;
        }
        return agreed == null ? DEFAULT_HIGHEST_FIRST : agreed;
    }

    /**
     * Whether a polarity puts the highest values in quantile 1: low-is-good (the highest are the worst) and
     * the reference's TRUE/1 do, high-is-good and FALSE/0 do not; null for anything else (no judgement).
     */
    public static Boolean highestFirstFor(String polarity) {
        String p = polarity.strip().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        if (p.equals("1") || p.equals("true") || p.contains("low is good")) return true;
        if (p.equals("0") || p.equals("false") || p.contains("high is good")) return false;
        return null;
    }

    /** The quantile of rank {@code rank} (1 = first in the quantile order, ties sharing their lowest rank) of n. */
    public static Integer fromRank(int rank, int n, int quantiles) {
        if (rank < 1 || rank > n) throw new StatisticsException("rank " + rank + " is not between 1 and " + n);
        if (n < quantiles) return null;
        int q = (int) Math.floor((quantiles + 1) - Math.ceil((n + 1 - rank) / ((double) n / quantiles)));
        return q == 0 ? 1 : q;
    }
}
