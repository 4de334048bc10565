package org.wellbeing.stats;

import java.util.List;

/** Series used by tests in more than one package. */
public final class TrendFixtures {

    private TrendFixtures() {}

    /** Blackburn with Darwen, 93085 smoking at time of delivery, Female, 2018-2023, as in the FingertipsNext file. */
    public static List<TrendPoint> blackburnWithDarwen() {
        return List.of(
                TrendPoint.of(2018, 13.4820562560621, 12.0756413273066, 15.0242823590098, 278, 2062),
                TrendPoint.of(2019, 12.1566632756867, 10.7854849718663, 13.6754408890994, 239, 1966),
                TrendPoint.of(2020, 11.1, 9.77, 12.54, 218, 1968),
                TrendPoint.of(2021, 11.6, 10.23, 13.07, 225, 1944),
                TrendPoint.of(2022, 11, 9.72, 12.52, 213, 1929),
                TrendPoint.of(2023, 7.6, 6.48153, 8.80411, 151, 1997));
    }
}
