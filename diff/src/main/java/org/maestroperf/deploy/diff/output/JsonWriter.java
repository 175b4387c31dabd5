package org.maestroperf.deploy.diff.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Change;
import org.maestroperf.deploy.diff.FieldChange;
import org.maestroperf.deploy.diff.ObjectDiff;
import org.maestroperf.deploy.text.Json;

/**
 * {@code -o json}: one JSON document, schema version {@value #SCHEMA_VERSION}, described in
 * docs/diff.md and by {@code diff-output.schema.json} next to this class. A field that is absent
 * on a side is left out (an {@code "old": null} is a null value); Secret values are masked as in
 * every output. Written by core's one JSON writer ({@link Json}), which escapes every control.
 */
public final class JsonWriter implements DiffWriter {

    /** Bumped when a field changes meaning or disappears; new fields may be added within a version. */
    public static final int SCHEMA_VERSION = 1;

    @Override
    public void write(BundleDiff diff, PrintWriter out) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("schemaVersion", SCHEMA_VERSION);
        document.put("old", Map.of("source", diff.oldLabel()));
        document.put("new", Map.of("source", diff.newLabel()));
        document.put("differences", diff.hasDifferences());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("changed", diff.count(Change.CHANGED));
        summary.put("added", diff.count(Change.ADDED));
        summary.put("removed", diff.count(Change.REMOVED));
        summary.put("unchanged", diff.unchanged());
        document.put("summary", summary);
        document.put("objects", diff.objects().stream().map(JsonWriter::object).toList());
        out.println(Json.indented(document));
        out.flush();
    }

    private static Map<String, Object> object(ObjectDiff object) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("change", object.change().label());
        item.put("apiVersion", object.apiVersion());
        item.put("kind", object.key().kind());
        item.put("namespace", object.key().namespace());
        item.put("name", object.key().name());
        Map<String, Object> origin = new LinkedHashMap<>();
        if (object.oldOrigin() != null) {
            origin.put("old", object.oldOrigin());
        }
        if (object.newOrigin() != null) {
            origin.put("new", object.newOrigin());
        }
        item.put("origin", origin);
        item.put("meaning", object.meaning());
        if (object.changedBy() != null) {
            item.put("changedBy", object.changedBy());
        }
        if (object.change() == Change.CHANGED) {
            item.put("fields", object.fields().stream().map(JsonWriter::field).toList());
        } else {
            item.put("object", plain(object.tree()));
        }
        return item;
    }

    private static Map<String, Object> field(FieldChange field) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("path", field.path());
        item.put("change", field.change().label());
        if (field.change() != Change.ADDED) {
            item.put("old", plain(field.oldValue()));
        }
        if (field.change() != Change.REMOVED) {
            item.put("new", plain(field.newValue()));
        }
        if (field.changedBy() != null) {
            item.put("changedBy", field.changedBy());
        }
        return item;
    }

    /** A YAML value as JSON can hold it: JSON has no NaN or infinity, so YAML's .nan and .inf are the strings YAML spells them. */
    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(plain(v)));
            return out;
        }
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            double d = ((Number) value).doubleValue();
            return Double.isNaN(d) ? ".nan" : d > 0 ? ".inf" : "-.inf";
        }
        return value;
    }
}
