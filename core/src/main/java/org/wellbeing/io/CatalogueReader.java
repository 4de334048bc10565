package org.wellbeing.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wellbeing.model.CiMethod;
import org.wellbeing.model.ComparisonMethod;
import org.wellbeing.model.Goal;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Polarity;
import org.wellbeing.model.ValueType;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads an indicator catalogue (the town's {@code data/luton/indicators.csv}, Fingertips'
 * {@code data/fingertips/indicators.csv}) into {@link Indicator}s. Columns are found by name:
 * <pre>id,name,unit,value_type,polarity,polarity_source,boards,comparison_method,goal_lower,goal_upper,source</pre>
 * {@code boards} is a list separated by semicolons and may be empty; {@code goal_lower} and
 * {@code goal_upper} are both given or both empty. Enum values are matched ignoring case. An optional
 * column {@code ci_method} ({@link CiMethod}: WILSON, POISSON, EXACT_POISSON, BYARS, DOBSON, or empty) says
 * how confidence limits are computed for an observation given with count and denominator but no limits.
 * A file with any error is refused as a whole: {@link ReadException} lists every error.
 */
public final class CatalogueReader {

    public static final List<String> COLUMNS = List.of("id", "name", "unit", "value_type", "polarity",
            "polarity_source", "boards", "comparison_method", "goal_lower", "goal_upper", "source");

    /** The optional column naming how limits are computed from counts. */
    public static final String CI_METHOD = "ci_method";
    /**
     * Optional: the similar-band in the indicator's own unit, for scores centred on zero and values rounded too
     * coarsely for a band in percent of the benchmark (rules/compare/tolerance.drl); empty for none.
     */
    public static final String SIMILAR_BAND_ABSOLUTE = "similar_band_absolute";

    /** Separates the boards in the {@code boards} column. */
    public static final String BOARD_SEPARATOR = ";";

    private CatalogueReader() {}

    public static List<Indicator> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads a catalogue; {@code fileName} is used in error messages. */
    public static List<Indicator> read(Reader in, String fileName) throws IOException {
        List<ReadError> errors = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
            Map<String, Integer> columns = null;
            Set<String> ids = new HashSet<>();
            int width = 0;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = header(record, fileName, errors);
                    width = record.size();
                    if (!errors.isEmpty()) break;
                    continue;
                }
                int line = CsvLine.of(parser, record);
                CsvFields f = new CsvFields(fileName, line, errors);
                if (!CsvLine.checkWidth(record, width, f)) {
                    continue;
                }
                int before = errors.size();
                Indicator indicator = indicator(record, columns, f);
                if (errors.size() > before) continue;
                if (ids.add(indicator.id())) {
                    indicators.add(indicator);
                } else {
                    errors.add(new ReadError(fileName, line, "id", "duplicate id: '" + indicator.id() + "'"));
                }
            }
            if (columns == null) errors.add(new ReadError(fileName, 0, null, "empty file: no header"));
        } catch (UncheckedIOException e) {
            errors.add(new ReadError(fileName, 0, null, ReadError.unreadable(e.getCause())));
        } catch (java.nio.charset.CharacterCodingException e) {
            errors.add(new ReadError(fileName, 0, null, ReadError.unreadable(e)));
        }
        if (!errors.isEmpty()) throw new ReadException(fileName, errors);
        return List.copyOf(indicators);
    }

    private static Map<String, Integer> header(CSVRecord record, String fileName, List<ReadError> errors) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null) {
                errors.add(new ReadError(fileName, 0, name, "column appears twice in the header"));
            }
        }
        List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            errors.add(new ReadError(fileName, 0, null, "missing required columns: " + String.join(", ", missing)));
        }
        return columns;
    }

    /** The row's indicator; its errors go to {@code f}, and the caller drops the result when there are any. */
    private static Indicator indicator(CSVRecord record, Map<String, Integer> columns, CsvFields f) {
        Function<String, String> cell = c -> {
            Integer i = columns.get(c);
            return i != null && i < record.size() ? record.get(i) : "";
        };
        String id = f.text("id", cell.apply("id"), true);
        String name = f.text("name", cell.apply("name"), true);
        String unit = f.text("unit", cell.apply("unit"), false);
        ValueType valueType = f.constant("value_type", cell.apply("value_type"), ValueType.class, true);
        Polarity polarity = f.constant("polarity", cell.apply("polarity"), Polarity.class, true);
        String polaritySource = f.text("polarity_source", cell.apply("polarity_source"), true);
        List<String> boards = Arrays.stream(cell.apply("boards").split(BOARD_SEPARATOR))
                .map(String::strip).filter(b -> !b.isEmpty()).toList();
        ComparisonMethod method = f.constant("comparison_method", cell.apply("comparison_method"),
                ComparisonMethod.class, true);
        Double lower = f.number("goal_lower", cell.apply("goal_lower"));
        Double upper = f.number("goal_upper", cell.apply("goal_upper"));
        String source = f.text("source", cell.apply("source"), false);
        CiMethod ciMethod = columns.containsKey(CI_METHOD) ? ciMethod(cell.apply(CI_METHOD), f) : null;
        boolean lowerGiven = !cell.apply("goal_lower").isBlank();
        boolean upperGiven = !cell.apply("goal_upper").isBlank();
        Goal goal = null;
        if (lowerGiven != upperGiven) {
            f.error(lowerGiven ? "goal_upper" : "goal_lower", "goal needs both goal_lower and goal_upper");
        } else if (lower != null && upper != null) {
            if (lower > upper) f.error("goal_lower", "goal lower " + lower + " is above goal upper " + upper);
            else goal = new Goal(lower, upper);
        }
        Double band = f.number(SIMILAR_BAND_ABSOLUTE, cell.apply(SIMILAR_BAND_ABSOLUTE));
        if (band != null && band <= 0) f.error(SIMILAR_BAND_ABSOLUTE, "must be above 0, got " + band);
        if (valueType == null || polarity == null || method == null) return null;
        return new Indicator(id, name, unit, valueType, polarity, polaritySource, boards, method, goal, source, band, ciMethod);
    }

    private static CiMethod ciMethod(String text, CsvFields f) {
        if (text.isBlank()) return null;
        try {
            return CiMethod.parse(text);
        } catch (IllegalArgumentException e) {
            f.error(CI_METHOD, e.getMessage());
            return null;
        }
    }
}
