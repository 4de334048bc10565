package org.wellbeing.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import org.wellbeing.model.ComparableBenchmark;
import org.wellbeing.model.Reason;

/** The one JSON mapper: records as objects, ISO dates, stable pretty output, a rule's reason as its text. */
public final class Json {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .addModule(new SimpleModule("derived facts")
                    .addSerializer(Reason.class, ToStringSerializer.instance)
                    .addSerializer(ComparableBenchmark.class, new ComparableBenchmarkSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {}

    /** A ComparableBenchmark by its keys only: its observation and benchmark are in the document already. */
    private static final class ComparableBenchmarkSerializer extends StdSerializer<ComparableBenchmark> {
        ComparableBenchmarkSerializer() {
            super(ComparableBenchmark.class);
        }

        @Override
        public void serialize(ComparableBenchmark c, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("observationKey", c.observationKey());
            json.writeStringField("comparator", c.benchmark().comparator().name());
            json.writeStringField("method", c.indicator().comparisonMethod().name());
            json.writeEndObject();
        }
    }

    /** A JSON object with its fields in the order given (keys and values alternate), for stable output. */
    public static java.util.Map<String, Object> fields(Object... keysAndValues) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }
}
