package org.maestroperf.deploy.validator.schema;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.maestroperf.deploy.diag.UserException;

/**
 * Finds and loads the schema of a kind from the schema locations, in order; each schema is
 * loaded once and shared by every document and thread.
 */
public final class SchemaRegistry {

    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9.-]+");

    private final List<SchemaSource> sources;
    private final boolean strict;
    private final ConcurrentHashMap<SchemaKey, Optional<Schema>> byKey = new ConcurrentHashMap<>();

    public SchemaRegistry(List<SchemaSource> sources, boolean strict) {
        this.sources = List.copyOf(sources);
        this.strict = strict;
    }

    /** The schema for a kind, or empty when no location has one. */
    public Optional<Schema> find(SchemaKey key) {
        Optional<Schema> known = byKey.get(key); // every object after the first of its kind: no lambda, no lock
        return known != null ? known : byKey.computeIfAbsent(key, this::load);
    }

    public List<SchemaSource> sources() {
        return sources;
    }

    private Optional<Schema> load(SchemaKey key) {
        if (!SAFE.matcher(key.group() + key.version() + key.kind()).matches()) {
            return Optional.empty(); // not a real kind, and no business in a file name or URL
        }
        for (SchemaSource source : sources) {
            String located = source.locate(key);
            String text = source.fetch(located);
            if (text != null && source instanceof SchemaSource.BuiltIn) {
                return Optional.of(readBuiltIn(text));
            }
            if (text != null) {
                try {
                    JSONObject json = prepare(text, strict);
                    Schema schema = SchemaLoader.builder().schemaClient(new ReferenceClient(sources, strict))
                            .resolutionScope(source.address(located)).schemaJson(json).build().load().build();
                    return Optional.of(schema);
                } catch (org.json.JSONException | org.everit.json.schema.SchemaException e) {
                    throw new UserException(located + ": not a usable JSON schema: "
                            + org.maestroperf.deploy.diag.SchemaMessages.withoutJavaTypes(e.getMessage()));
                } catch (ReferenceClient.Refused e) {
                    throw new UserException(located + ": refers to " + e.document() + ", outside the schema locations ("
                            + String.join(", ", sources.stream().map(SchemaSource::describe).toList())
                            + "); validate works offline and follows references only inside them");
                }
            }
        }
        return Optional.empty();
    }

    /** A schema document as loaded: without {@code $schema}, and with unknown fields allowed under {@code --no-strict}. */
    static JSONObject prepare(String text, boolean strict) {
        JSONObject json = new JSONObject(new JSONTokener(text));
        json.remove("$schema");
        if (!strict) {
            relax(json);
        }
        return json;
    }

    private Schema readBuiltIn(String text) {
        try {
            return BuiltinSchemaBuilder.build(new JSONObject(new JSONTokener(text)), strict);
        } catch (org.json.JSONException e) {
            throw new IllegalStateException("built-in schema unreadable", e);
        }
    }

    /** {@code --no-strict}: unknown fields allowed again. */
    private static void relax(Object node) {
        if (node instanceof JSONObject obj) {
            if (Boolean.FALSE.equals(obj.opt("additionalProperties"))) {
                obj.remove("additionalProperties");
            }
            for (String k : obj.keySet()) {
                relax(obj.get(k));
            }
        } else if (node instanceof JSONArray arr) {
            arr.forEach(SchemaRegistry::relax);
        }
    }
}
