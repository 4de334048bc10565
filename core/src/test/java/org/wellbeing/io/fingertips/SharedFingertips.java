package org.wellbeing.io.fingertips;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.wellbeing.testing.SharedFiles;

/** Where the tests find the shared Fingertips extracts and their own fixture files. */
final class SharedFingertips {

    static final String CAMPYLOBACTER = "campylobacter_93356_CountyUA_2015-2017.csv";
    static final String EAST_MIDLANDS = "eastmidlands_drugsandmentalhealth_CountyUApre419.csv";
    static final String EAST_OF_ENGLAND = "eastofengland_cypmh_CountyUA.csv";
    static final String OBESITY = "obesity_adults_93881_all_areas_2015-16_to_2023-24.csv";
    static final String FINGERTIPSNEXT = "fingertipsnext_NW_healthdata_2018-2024_official_recent_trend.csv";

    /** The four "all data" downloads that carry official England/Region comparisons. */
    static final List<String> ALL_DATA_FILES = List.of(CAMPYLOBACTER, EAST_MIDLANDS, EAST_OF_ENGLAND, OBESITY);

    private SharedFingertips() {}

    static Path file(String name) { return SharedFiles.fingertips(name); }

    /** A fixture under src/test/resources. */
    static Path fixture(String path) {
        try {
            return Path.of(SharedFingertips.class.getResource("/" + path).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource " + path, e);
        }
    }

    /** The repository's Fingertips catalogue. */
    static Path catalogue() { return Path.of("data", "fingertips", "indicators.csv"); }
}
