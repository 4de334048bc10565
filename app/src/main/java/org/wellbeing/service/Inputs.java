package org.wellbeing.service;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.wellbeing.model.Facts;
import org.wellbeing.io.ReadError;
import org.wellbeing.io.counts.LimitsFromCounts;
import org.wellbeing.io.ReadException;
import org.wellbeing.io.json.ObservationsBody;
import org.wellbeing.io.json.ObservationsJsonReader;
import org.wellbeing.io.town.TownDataset;
import org.wellbeing.io.town.TownObservationsReader;
import org.wellbeing.io.fingertips.ErrorMode;
import org.wellbeing.io.fingertips.FingertipsCsvReader;
import org.wellbeing.io.fingertips.FingertipsDataset;
import org.wellbeing.io.fingertips.FingertipsReadResult;
import org.wellbeing.model.TownArea;
import org.wellbeing.model.Benchmark;
import org.wellbeing.model.Indicator;
import org.wellbeing.model.Observation;
import org.wellbeing.model.QualityFlag;

/**
 * Turns what a client sends into an {@link EvaluationInput}: nothing (the bundled data), a JSON body or a CSV
 * upload. Observations are always judged against the bundled catalogue; an unknown indicator is refused.
 */
public final class Inputs {
    /** The file name CSV uploads are reported under in errors. */
    public static final String UPLOAD_NAME = "upload.csv";

    private final TownDataset bundled;
    private final Map<String, Indicator> catalogue;
    private final List<Indicator> fingertipsCatalogue;

    public Inputs(TownDataset bundled) {
        this(bundled, List.of());
    }

    /** With the catalogue Fingertips uploads are judged by (empty: Fingertips uploads are refused). */
    public Inputs(TownDataset bundled, List<Indicator> fingertipsCatalogue) {
        this.bundled = bundled;
        Map<String, Indicator> byId = new LinkedHashMap<>();
        bundled.indicators().forEach(i -> byId.put(i.id(), i));
        this.catalogue = Collections.unmodifiableMap(byId);
        this.fingertipsCatalogue = List.copyOf(fingertipsCatalogue);
    }

    /** The bundled data set, every period. */
    public EvaluationInput bundled() {
        // the folder's name only: answers and stored evaluations never show where the server keeps its files
        return new EvaluationInput("bundled data " + java.nio.file.Path.of(bundled.directory()).getFileName(), bundled.area(), bundled.facts());
    }

    /** A JSON body ({@link ObservationsJsonReader}); {@code {}} means the bundled data. */
    public EvaluationInput json(byte[] body) {
        return ObservationsJsonReader.read(body, bundled.area(), catalogue)
                .map(this::fromBody)
                .orElseGet(this::bundled);
    }

    private EvaluationInput fromBody(ObservationsBody b) {
        return new EvaluationInput("JSON body", b.area(), facts(b.observations(), b.benchmarks(), b.flags()));
    }

    /**
     * A CSV upload, in the town's layout ({@link TownObservationsReader}) or a Fingertips "all data" download
     * (every area in it rated against England and its region, with the Fingertips catalogue).
     *
     * @throws ReadException             every bad row and column
     * @throws UnsupportedInputException for a layout the engine cannot read yet
     */
    public EvaluationInput csv(byte[] body, Charset charset) {
        String text = new String(body, charset);
        CsvLayout layout = CsvLayout.of(header(text));
        switch (layout) {
            case FINGERTIPS -> {
                if (fingertipsCatalogue.isEmpty()) {
                    throw new UnsupportedInputException("Fingertips-layout CSV uploads need the Fingertips catalogue"
                            + " (data/fingertips/indicators.csv), which this service was started without");
                }
                try (Reader in = new StringReader(text)) {
                    FingertipsReadResult read = new FingertipsCsvReader(ErrorMode.REFUSE_FILE).read(in, UPLOAD_NAME);
                    FingertipsDataset data = FingertipsDataset.of(read, fingertipsCatalogue);
                    return new EvaluationInput("CSV upload (Fingertips layout)",
                            new TownArea("", "every area in the upload", ""), data.facts());
                } catch (IOException e) {
                    throw new ReadException(UPLOAD_NAME, List.of(new ReadError(UPLOAD_NAME, 0, null,
                            "malformed CSV: " + e.getMessage())));
                }
            }
            case TOWN, UNKNOWN -> {
                try (Reader in = new StringReader(text)) {
                    TownObservationsReader.Result r = TownObservationsReader.read(in, UPLOAD_NAME, bundled.area(), catalogue);
                    if (r.observations().isEmpty()) {
                        throw new ReadException(UPLOAD_NAME, List.of(new ReadError(UPLOAD_NAME, 0, null, "no rows after the header")));
                    }
                    return new EvaluationInput("CSV upload (town layout)", bundled.area(),
                            facts(r.observations(), r.benchmarks(), r.flags()));
                } catch (IOException e) {
                    // text in memory cannot fail to read: this is CSV the parser refused (e.g. an unterminated quote in the header)
                    throw new ReadException(UPLOAD_NAME, List.of(new ReadError(UPLOAD_NAME, 0, null,
                            "malformed CSV: " + e.getMessage())));
                }
            }
            default -> throw new IllegalStateException(layout.name());
        }
    }

    /**
     * Sent observations and their quality flags, with the bundled catalogue and the other bundled facts
     * (workstreams and their links; not the bundled data's quality flags, which are about its own rows).
     */
    private Facts facts(List<Observation> observations, List<Benchmark> benchmarks, List<QualityFlag> flags) {
        List<Object> others = new ArrayList<>(bundled.facts().others().stream()
                .filter(f -> !(f instanceof QualityFlag)).toList());
        others.addAll(flags);
        return new Facts(bundled.indicators(), LimitsFromCounts.complete(bundled.indicators(), observations), benchmarks, others);
    }

    private static List<String> header(String text) {
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
            var first = parser.iterator();
            return first.hasNext() ? first.next().toList() : List.of();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }
}
