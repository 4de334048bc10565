package org.wellbeing.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Rating;

/**
 * The one order ratings are listed in, by the command line and the service alike: catalogue order, then
 * indicator id (for indicators the catalogue lacks), area, period, and comparator (england, region,
 * neighbours, goal).
 */
public final class RatingOrder {
    private final Map<String, Integer> position = new HashMap<>();

    public RatingOrder(List<Indicator> catalogue) {
        catalogue.forEach(i -> position.putIfAbsent(i.id(), position.size()));
    }

    public List<Rating> sorted(Collection<Rating> ratings) {
        List<Rating> copy = new ArrayList<>(ratings);
        copy.sort(Comparator.<Rating>comparingInt(r -> position.getOrDefault(r.indicatorId(), Integer.MAX_VALUE))
                .thenComparing(Rating::indicatorId)
                .thenComparing(Rating::areaCode)
                .thenComparing(Rating::period)
                .thenComparing(r -> r.comparator().ordinal()));
        return copy;
    }
}
