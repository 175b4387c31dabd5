package org.maestroperf.deploy.generator.template;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The API type of a field inside an object, read from the fabric8 model class registered for the
 * object's apiVersion and kind (so every core and OpenShift kind is covered without a hand-kept table).
 * Kinds fabric8 does not know (custom resources) give {@link FieldType#UNKNOWN}.
 */
public final class FieldTypes {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

    private FieldTypes() {
    }

    /**
     * @param apiVersion the object's apiVersion
     * @param kind       the object's kind
     * @param path       keys (String) and list indexes (Integer) from the object's root to the field
     */
    public static FieldType of(Object apiVersion, Object kind, List<Object> path) {
        if (!(apiVersion instanceof String v) || !(kind instanceof String k)) {
            return FieldType.UNKNOWN;
        }
        Class<? extends KubernetesResource> root = SERIALIZATION.getRegisteredKubernetesResource(v, k);
        if (root == null || root.getName().endsWith("GenericKubernetesResource")) {
            return FieldType.UNKNOWN;
        }
        Type type = root;
        for (Object segment : path) {
            type = step(type, segment);
            if (type == null) {
                return FieldType.UNKNOWN;
            }
        }
        return classify(type);
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
