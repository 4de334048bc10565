package org.wellbeing.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wellbeing.io.Json;
import org.wellbeing.model.TownArea;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Comparator;
import org.wellbeing.io.ValueChecks;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.QualityFlag;

/**
 * Reads observations sent as JSON, the API's counterpart of the town's CSV layout:
 * <pre>
 * {"area": {"code": "E06000032", "name": "Luton", "regionName": "East of England"},
 *  "observations": [{"indicatorId": "life-expectancy-male", "period": "2022/23", "timePeriod": "2018-20",
 *                    "value": 78.1, "lower95": 77.8, "upper95": 78.4, "england": 79.4, "region": 80.2,
 *                    "neighbourRank": 6, "neighbourOf": 16}]}
 * </pre>
 * {@code area} is optional (the bundled data's area stands in); {@code indicatorId} and {@code period} are
 * required, every number may be null or left out. Each observation gives its England, region and
 * nearest-neighbour benchmarks. {@code quality} lists the data's own quality flags ({@code ["suspected-typo"]},
 * codes of {@link QualityFlag#TOWN_CODES}), explained by {@code note}. Impossible numbers ({@link ValueChecks}: a
 * percentage of 150, a value outside its own CI, a count above its denominator, ...) are refused by the
 * indicator's value type and unit in the catalogue. Unknown fields are refused, so that a misspelt one is not
 * silently ignored. A body with any problem is refused whole, with every problem and its path
 * ({@code observations[3].value}).
 */
public final class ObservationsJsonReader {

    public static final Set<String> TOP_FIELDS = ordered("area", "observations");
    public static final Set<String> AREA_FIELDS = ordered("code", "name", "regionName");
    public static final Set<String> OBSERVATION_FIELDS = ordered("indicatorId", "period", "timePeriod", "breakdown",
            "value", "lower95", "upper95", "lower998", "upper998", "count", "denominator",
            "england", "region", "neighbourRank", "neighbourOf", "neighbourValue", "quality", "note");

    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ObservationsJsonReader() {}

    /** Parses the body; malformed JSON is refused with its line and column. */
    public static JsonNode parse(byte[] body) {
        try {
            JsonNode root = READER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw new InvalidJsonException("$", "empty body");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            String message = String.valueOf(e.getOriginalMessage()).replaceAll("\\[Source: [^;]*; ", "[");
            throw new InvalidJsonException("$", "malformed JSON" + where + ": " + message);
        } catch (IOException e) {
            throw new InvalidJsonException("$", "unreadable body: " + e.getMessage());
        }
    }

    /** True for {@code {}}: a body that asks for the bundled data. */
    public static boolean isEmptyObject(JsonNode root) {
        return root.isObject() && root.isEmpty();
    }

    /**
     * Reads a parsed body.
     *
     * @param defaultArea    used when the body has no {@code area}
     * @param knownIndicators the catalogue's indicator ids; any other id is refused
     */
    public static ObservationsBody read(JsonNode root, TownArea defaultArea, Set<String> knownIndicators) {
        Map<String, Indicator> ids = new HashMap<>();
        knownIndicators.forEach(id -> ids.put(id, null));
        return read(root, defaultArea, ids);
    }

    /**
     * Reads a parsed body, each observation checked against its indicator's value type and unit.
     *
     * @param catalogue the catalogue by id; any other id is refused
     */
    public static ObservationsBody read(JsonNode root, TownArea defaultArea, Map<String, Indicator> catalogue) {
        Set<String> knownIndicators = catalogue.keySet();
        List<QualityFlag> flags = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new InvalidJsonException("$", "expected a JSON object, got " + JsonFields.describe(root));
        }
        new JsonFields(root, "", problems).onlyKnown(TOP_FIELDS);
        TownArea area = area(root.get("area"), defaultArea, problems);
        JsonNode list = root.get("observations");
        List<Observation> observations = new ArrayList<>();
        List<Benchmark> benchmarks = new ArrayList<>();
        if (list == null || list.isNull()) {
            problems.add(new FieldProblem("observations", "required: an array of observations"));
        } else if (!list.isArray()) {
            problems.add(new FieldProblem("observations", "expected an array, got " + JsonFields.describe(list)));
        } else if (list.isEmpty()) {
            problems.add(new FieldProblem("observations", "at least one observation is needed"));
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                observation(list.get(i), "observations[" + i + "]", area, catalogue, seen, i,
                        observations, benchmarks, flags, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidJsonException(problems);
        }
        return new ObservationsBody(area, observations, benchmarks, flags);
    }

    /** Reads a body, or empty when it is {@code {}}. */
    public static Optional<ObservationsBody> read(byte[] body, TownArea defaultArea, Set<String> knownIndicators) {
        JsonNode root = parse(body);
        return isEmptyObject(root) ? Optional.empty() : Optional.of(read(root, defaultArea, knownIndicators));
    }

    /** Reads a body, or empty when it is {@code {}}; numbers checked against the catalogue. */
    public static Optional<ObservationsBody> read(byte[] body, TownArea defaultArea, Map<String, Indicator> catalogue) {
        JsonNode root = parse(body);
        return isEmptyObject(root) ? Optional.empty() : Optional.of(read(root, defaultArea, catalogue));
    }

    private static TownArea area(JsonNode node, TownArea defaultArea, List<FieldProblem> problems) {
        if (node == null || node.isNull()) {
            return defaultArea;
        }
        if (!node.isObject()) {
            problems.add(new FieldProblem("area", "expected an object, got " + JsonFields.describe(node)));
            return defaultArea;
        }
        JsonFields f = new JsonFields(node, "area", problems);
        f.onlyKnown(AREA_FIELDS);
        String code = f.text("code", true);
        String name = f.text("name", false);
        String region = f.text("regionName", false);
        if (code == null) {
            return defaultArea;
        }
        return new TownArea(code, name == null || name.isEmpty() ? code : name,
                region == null || region.isEmpty() ? "region" : region);
    }

    private static void observation(JsonNode node, String path, TownArea area, Map<String, Indicator> catalogue,
                                    Map<String, Integer> seen, int index, List<Observation> observations,
                                    List<Benchmark> benchmarks, List<QualityFlag> flags, List<FieldProblem> problems) {
        Set<String> known = catalogue.keySet();
        if (!node.isObject()) {
            problems.add(new FieldProblem(path, "expected an object, got " + JsonFields.describe(node)));
            return;
        }
        int before = problems.size();
        JsonFields f = new JsonFields(node, path, problems);
        f.onlyKnown(OBSERVATION_FIELDS);
        String id = f.text("indicatorId", true);
        if (id != null && !known.contains(id)) {
            f.error("indicatorId", "not in the catalogue: '" + id + "' (GET /api/indicators lists them)");
        }
        String period = f.text("period", true);
        String timePeriod = f.text("timePeriod", false);
        String breakdown = f.text("breakdown", false);
        Double value = f.number("value");
        Double lower95 = f.number("lower95");
        Double upper95 = f.number("upper95");
        Double lower998 = f.number("lower998");
        Double upper998 = f.number("upper998");
        Double count = f.number("count");
        Double denominator = f.number("denominator");
        Double england = f.number("england");
        Double region = f.number("region");
        Integer rank = f.wholeNumber("neighbourRank");
        Integer rankOf = f.wholeNumber("neighbourOf");
        Double neighbourValue = f.number("neighbourValue");
        String note = f.text("note", false);
        List<String> codes = qualityCodes(node.get("quality"), f);
        interval(f, "lower95", lower95, "upper95", upper95);
        interval(f, "lower998", lower998, "upper998", upper998);
        if (id != null && known.contains(id)) {
            ValueChecks.Numbers numbers = new ValueChecks.Numbers().put("value", value).put("lower95", lower95)
                    .put("upper95", upper95).put("lower998", lower998).put("upper998", upper998).put("count", count)
                    .put("denominator", denominator).put("england", england).put("region", region)
                    .put("neighbourValue", neighbourValue);
            for (ValueChecks.Problem p : ValueChecks.check(catalogue.get(id), numbers, x -> x)) {
                // lower above upper is reported by interval() already
                if (!p.message().startsWith("lower limit")) f.error(p.field(), p.message());
            }
        }
        pair(f, "neighbourRank", "neighbourOf", "a rank needs both neighbourRank and neighbourOf");
        if (rank != null && rankOf != null && (rankOf < 1 || rank < 1 || rank > rankOf)) {
            f.error("neighbourRank", "rank " + rank + " is not between 1 and neighbourOf " + rankOf);
        }
        if (problems.size() > before) {
            return;
        }
        Observation o = new Observation(id, area.code(), area.name(), period,
                timePeriod == null || timePeriod.isEmpty() ? period : timePeriod, breakdown == null ? "" : breakdown,
                value, lower95, upper95, lower998, upper998, count, denominator, note == null ? "" : note);
        Integer first = seen.putIfAbsent(o.key(), index);
        if (first != null) {
            f.error("period", "a second observation of " + id + " in " + period
                    + (o.breakdown().isEmpty() ? "" : " (" + o.breakdown() + ")") + "; the first is observations[" + first + "]");
            return;
        }
        observations.add(o);
        codes.forEach(c -> flags.add(QualityFlag.ofData(o, c, note == null ? "" : note)));
        benchmarks.add(new Benchmark(o.key(), Comparator.ENGLAND, england, null, null, "England"));
        benchmarks.add(new Benchmark(o.key(), Comparator.REGION, region, null, null, area.regionName()));
        benchmarks.add(new Benchmark(o.key(), Comparator.NEIGHBOURS, neighbourValue, rank, rankOf,
                neighbourValue != null ? "nearest neighbours' value" : "nearest neighbours"));
    }

    /** The quality codes of an observation: an array of codes, or one string of codes separated by ';'. */
    private static List<String> qualityCodes(JsonNode node, JsonFields f) {
        List<String> codes = new ArrayList<>();
        if (node == null || node.isNull()) {
            return codes;
        }
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else {
            items.add(node);
        }
        for (JsonNode item : items) {
            if (!item.isTextual()) {
                f.error("quality", "expected quality codes as strings, got " + JsonFields.describe(item));
                continue;
            }
            for (String part : item.asText().split(";")) {
                String code = part.strip();
                if (code.isEmpty() || code.equals("ok") || codes.contains(code)) {
                    continue;
                }
                if (QualityFlag.TOWN_CODES.contains(code)) {
                    codes.add(code);
                } else {
                    f.error("quality", "not a quality code: '" + code + "'; expected ok or "
                            + String.join(", ", QualityFlag.TOWN_CODES));
                }
            }
        }
        return codes;
    }

    private static void interval(JsonFields f, String lowerName, Double lower, String upperName, Double upper) {
        pair(f, lowerName, upperName, "a confidence interval needs both " + lowerName + " and " + upperName);
        if (lower != null && upper != null && lower > upper) {
            f.error(lowerName, lowerName + " " + lower + " is above " + upperName + " " + upper);
        }
    }

    /** Two fields that are given together or not at all (a given field of the wrong type counts as given). */
    private static void pair(JsonFields f, String first, String second, String message) {
        boolean hasFirst = f.given(first);
        if (hasFirst != f.given(second)) {
            f.error(hasFirst ? second : first, message);
        }
    }

    private static Set<String> ordered(String... names) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
    }
}
