package org.maestroperf.deploy.openshift;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * The API type of a field inside an object, read from the fabric8 model class registered for the
 * object's apiVersion and kind (so every core and OpenShift kind is covered without a hand-kept table).
 * Kinds fabric8 does not know (custom resources) give {@link FieldType#UNKNOWN}.
 */
public final class FieldTypes {

    private static final String REGISTRY = "META-INF/services/" + KubernetesResource.class.getName();
    private static final Map<String, Optional<Class<?>>> ROOTS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private FieldTypes() {
    }

    /**
     * @param apiVersion the object's apiVersion
     * @param kind       the object's kind
     * @param path       keys (String) and list indexes (Integer) from the object's root to the field
     */
    public static FieldType of(Object apiVersion, Object kind, List<Object> path) {
        Type type = resolve(apiVersion, kind, path);
        return type == null ? FieldType.UNKNOWN : classify(type);
    }

    /**
     * The whole numbers an integer field takes (see {@link IntegerRange}); for the integer of an
     * int-or-string field too. Empty for other and unknown fields.
     */
    static Optional<IntegerRange> rangeOf(Object apiVersion, Object kind, List<Object> path) {
        Type type = resolve(apiVersion, kind, path);
        Class<?> c = type instanceof Class<?> k ? k : null;
        IntegerRange typeRange = c == Integer.class || c == int.class || c == IntOrString.class ? IntegerRange.INT32
                : c == Long.class || c == long.class ? IntegerRange.INT64 : null;
        if (typeRange == null || path.isEmpty() || !(path.get(path.size() - 1) instanceof String name)) {
            return Optional.ofNullable(typeRange);
        }
        return Optional.of(IntegerRange.of(name, typeRange));
    }

    /** The Java type of the field at {@code path}, or null when the kind or the field is unknown. */
    private static Type resolve(Object apiVersion, Object kind, List<Object> path) {
        if (!(apiVersion instanceof String v) || !(kind instanceof String k)) {
            return null;
        }
        Optional<Class<?>> root = ROOTS.computeIfAbsent(v + "/" + k, key -> find(v, k));
        if (root.isEmpty()) {
            return null;
        }
        Type type = root.get();
        for (Object segment : path) {
            type = step(type, segment);
            if (type == null) {
                return null;
            }
        }
        return type;
    }

    /**
     * The model class for an apiVersion and kind, from the model jars' service registry; only the few
     * classes named like the kind are loaded (fabric8's own registry loads them all, about 1.5 s).
     */
    private static Optional<Class<?>> find(String apiVersion, String kind) {
        ClassLoader loader = FieldTypes.class.getClassLoader();
        for (String name : Registry.BY_KIND.getOrDefault(kind, List.of())) {
            try {
                Class<?> c = Class.forName(name, false, loader);
                if (HasMetadata.class.isAssignableFrom(c)
                        && apiVersion.equals(HasMetadata.getApiVersion(c.asSubclass(HasMetadata.class)))) {
                    return Optional.of(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a registry entry that does not load only leaves that kind's field types unknown
            }
        }
        return Optional.empty();
    }

    /** Every registered model class name by simple name, read once. */
    private static final class Registry {
        static final Map<String, List<String>> BY_KIND = read();

        private static Map<String, List<String>> read() {
            Map<String, List<String>> byKind = new HashMap<>();
            try {
                Enumeration<URL> registries = FieldTypes.class.getClassLoader().getResources(REGISTRY);
                while (registries.hasMoreElements()) {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(
                            registries.nextElement().openStream(), StandardCharsets.UTF_8))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            String name = line.strip();
                            if (!name.isEmpty() && !name.startsWith("#")) {
                                byKind.computeIfAbsent(name.substring(name.lastIndexOf('.') + 1), k -> new ArrayList<>()).add(name);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                // without the registry every field type is unknown, which only switches the type checks off
                return Map.of();
            }
            return byKind;
        }
    }

    private static Type step(Type type, Object segment) {
        if (segment instanceof Integer) {
            return type instanceof ParameterizedType p && raw(p) == List.class ? p.getActualTypeArguments()[0] : null;
        }
        if (type instanceof ParameterizedType p && raw(p) == Map.class) {
            return p.getActualTypeArguments()[1];
        }
        if (type instanceof Class<?> c && !c.getName().startsWith("java.")) {
            return properties(c).get((String) segment);
        }
        return null;
    }

    private static Map<String, Type> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, c -> {
            Map<String, Type> found = new ConcurrentHashMap<>();
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    JsonProperty property = f.getAnnotation(JsonProperty.class);
                    if (property != null) {
                        found.putIfAbsent(property.value().isEmpty() ? f.getName() : property.value(), f.getGenericType());
                    }
                }
            }
            return found;
        });
    }

    private static FieldType classify(Type type) {
        Class<?> c = type instanceof ParameterizedType p ? raw(p) : type instanceof Class<?> k ? k : Object.class;
        if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            return FieldType.INTEGER;
        }
        if (c == Boolean.class || c == boolean.class) {
            return FieldType.BOOLEAN;
        }
        if (c == Double.class || c == double.class || c == Float.class || c == float.class) {
            return FieldType.NUMBER;
        }
        if (c == String.class) {
            return FieldType.STRING;
        }
        if (c == IntOrString.class) {
            return FieldType.INT_OR_STRING;
        }
        if (c == Quantity.class) {
            return FieldType.QUANTITY;
        }
        if (List.class.isAssignableFrom(c)) {
            return FieldType.LIST;
        }
        if (c == Object.class) {
            return FieldType.UNKNOWN;
        }
        return FieldType.OBJECT;
    }

    private static Class<?> raw(ParameterizedType p) {
        return (Class<?>) p.getRawType();
    }
}
