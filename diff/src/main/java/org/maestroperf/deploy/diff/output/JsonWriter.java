package org.maestroperf.deploy.diff.output;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Change;
import org.maestroperf.deploy.diff.FieldChange;
import org.maestroperf.deploy.diff.ObjectDiff;

/**
 * {@code -o json}: one JSON document, schema version {@value #SCHEMA_VERSION}, described in
 * docs/diff.md and by {@code diff-output.schema.json} next to this class. A field that is absent
 * on a side is left out (an {@code "old": null} is a null value); Secret values are masked as in
 * every output.
 */
public final class JsonWriter implements DiffWriter {

    /** Bumped when a field changes meaning or disappears; new fields may be added within a version. */
    public static final int SCHEMA_VERSION = 1;

    /** Writes into the caller's stream and leaves it open: closing the generator must not close stdout. */
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(BundleDiff diff, PrintWriter out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            side(json, "old", diff.oldLabel());
            side(json, "new", diff.newLabel());
            json.writeBooleanField("differences", diff.hasDifferences());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("changed", diff.count(Change.CHANGED));
            json.writeNumberField("added", diff.count(Change.ADDED));
            json.writeNumberField("removed", diff.count(Change.REMOVED));
            json.writeNumberField("unchanged", diff.unchanged());
            json.writeEndObject();
            json.writeArrayFieldStart("objects");
            for (ObjectDiff object : diff.objects()) {
                object(json, object);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private static void side(JsonGenerator json, String name, String label) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("source", label);
        json.writeEndObject();
    }

    private static void object(JsonGenerator json, ObjectDiff object) throws IOException {
        json.writeStartObject();
        json.writeStringField("change", object.change().label());
        json.writeStringField("apiVersion", object.apiVersion());
        json.writeStringField("kind", object.key().kind());
        json.writeStringField("namespace", object.key().namespace());
        json.writeStringField("name", object.key().name());
        json.writeObjectFieldStart("origin");
        if (object.oldOrigin() != null) {
            json.writeStringField("old", object.oldOrigin());
        }
        if (object.newOrigin() != null) {
            json.writeStringField("new", object.newOrigin());
        }
        json.writeEndObject();
        json.writeStringField("meaning", object.meaning());
        if (object.changedBy() != null) {
            json.writeStringField("changedBy", object.changedBy());
        }
        if (object.change() == Change.CHANGED) {
            json.writeArrayFieldStart("fields");
            for (FieldChange field : object.fields()) {
                field(json, field);
            }
            json.writeEndArray();
        } else {
            json.writeFieldName("object");
            value(json, object.tree());
        }
        json.writeEndObject();
    }

    private static void field(JsonGenerator json, FieldChange field) throws IOException {
        json.writeStartObject();
        json.writeStringField("path", field.path());
        json.writeStringField("change", field.change().label());
        if (field.change() != Change.ADDED) {
            json.writeFieldName("old");
            value(json, field.oldValue());
        }
        if (field.change() != Change.REMOVED) {
            json.writeFieldName("new");
            value(json, field.newValue());
        }
        if (field.changedBy() != null) {
            json.writeStringField("changedBy", field.changedBy());
        }
        json.writeEndObject();
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                value(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                value(json, item);
            }
            json.writeEndArray();
        } else if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // JSON has no NaN or infinity: YAML's .nan and .inf are written as the strings YAML spells them
            if (Double.isFinite(d)) {
                json.writeNumber(d);
            } else {
                json.writeString(Double.isNaN(d) ? ".nan" : d > 0 ? ".inf" : "-.inf");
            }
        } else if (value instanceof Number n) {
            json.writeNumber(n.longValue());
        } else {
            json.writeString(value.toString());
        }
    }
}
