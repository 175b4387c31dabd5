package org.maestroperf.deploy.diff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Who owns which field of an object on the cluster, read from its {@code metadata.managedFields}
 * ({@code fieldsV1}: {@code f:} a field, {@code k:} a list item by its key fields, {@code v:} an item
 * of a list of scalars, {@code i:} an item by index, {@code .} the item itself), as
 * {@link FieldPaths} of the object, so that a changed field can be matched with the manager that
 * set its current value.
 */
public final class FieldOwners {

    private static final JsonFactory JSON = new JsonFactory();

    private FieldOwners() {
    }

    /**
     * Every field some manager other than {@code self} owns and {@code self} does not, with those
     * managers (comma-separated, sorted): a field whose value another manager set after {@code self}
     * applied it (shared ownership means both set the same value, no drift). Entries for the status
     * subresource are left out, status is never compared.
     */
    public static Map<String, String> foreign(Map<String, Object> object, String self) {
        Object metadata = object.get("metadata");
        Object entries = metadata instanceof Map<?, ?> m ? m.get("managedFields") : null;
        if (!(entries instanceof List<?> list)) {
            return Map.of();
        }
        Map<String, TreeSet<String>> owners = new TreeMap<>();
        java.util.Set<String> own = new java.util.HashSet<>();
        for (Object entry : list) {
            if (!(entry instanceof Map<?, ?> e) || "status".equals(e.get("subresource"))
                    || !(e.get("fieldsV1") instanceof Map<?, ?> fields)) {
                continue;
            }
            String manager = String.valueOf(e.get("manager"));
            List<String> paths = new ArrayList<>();
            walk(fields, object, "", null, paths);
            if (manager.equals(self)) {
                own.addAll(paths);
            } else {
                paths.forEach(p -> owners.computeIfAbsent(p, k -> new TreeSet<>()).add(manager));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        owners.forEach((path, managers) -> {
            if (!own.contains(path)) {
                out.put(path, String.join(", ", managers));
            }
        });
        return out;
    }

    /** The managers among {@code owners} that own {@code path}, a field inside it or the field holding it; or null. */
    public static String ownerOf(String path, Map<String, String> owners) {
        TreeSet<String> managers = new TreeSet<>();
        owners.forEach((owned, by) -> {
            if (FieldPaths.overlap(owned, path)) {
                managers.addAll(List.of(by.split(", ")));
            }
        });
        return managers.isEmpty() ? null : String.join(", ", managers);
    }

    /**
     * @param fields the fieldsV1 set at this level
     * @param value  the object's value at {@code path} (null once the object has no such field)
     * @param field  the map key {@code value} is under, to key a list as the comparison does
     */
    private static void walk(Map<?, ?> fields, Object value, String path, String field, List<String> out) {
        for (Map.Entry<?, ?> entry : fields.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Map<?, ?> below = entry.getValue() instanceof Map<?, ?> m ? m : Map.of();
            if (key.equals(".")) {
                out.add(path);
            } else if (key.startsWith("f:")) {
                String name = key.substring(2);
                Object child = value instanceof Map<?, ?> map ? map.get(name) : null;
                leafOrWalk(below, child, FieldPaths.key(path, name), name, out);
            } else if (key.startsWith("k:") && value instanceof List<?> items) {
                Map<String, Object> itemKey = json(key.substring(2));
                int index = indexOf(items, itemKey);
                if (index >= 0) {
                    leafOrWalk(below, items.get(index), itemPath(path, field, items, index), null, out);
                }
            } else if (key.startsWith("i:") && value instanceof List<?> items) {
                int index = Integer.parseInt(key.substring(2));
                if (index < items.size()) {
                    leafOrWalk(below, items.get(index), itemPath(path, field, items, index), null, out);
                }
            } else if (key.startsWith("v:")) {
                // an item of a list of scalars: such a list is compared as one value
                out.add(path);
            }
        }
    }

    private static void leafOrWalk(Map<?, ?> below, Object value, String path, String field, List<String> out) {
        if (below.isEmpty()) {
            out.add(path);
        } else {
            walk(below, value, path, field, out);
        }
    }

    /** The item's path as the comparison names it: by its key when the list is a named one, else by index. */
    private static String itemPath(String path, String field, List<?> items, int index) {
        String key = NamedLists.keyOf(field, items, items);
        return key == null ? FieldPaths.index(path, index)
                : FieldPaths.item(path, key, ((Map<?, ?>) items.get(index)).get(key));
    }

    private static int indexOf(List<?> items, Map<String, Object> itemKey) {
        if (itemKey.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item && itemKey.entrySet().stream()
                    .allMatch(e -> Scalars.same(item.get(e.getKey()), e.getValue())
                            || String.valueOf(item.get(e.getKey())).equals(String.valueOf(e.getValue())))) {
                return i;
            }
        }
        return -1;
    }

    /** A {@code k:} key: a flat JSON object of the item's key fields. */
    private static Map<String, Object> json(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                out.put(name, switch (token) {
                    case VALUE_NUMBER_INT -> parser.getLongValue();
                    case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> null;
                    default -> parser.getText();
                });
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // a key the server wrote is JSON; one that is not matches no item
            return Map.of();
        }
        return out;
    }
}
