package org.maestroperf.deploy.validator.schema;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the model classes of the official Kubernetes Java client (io.kubernetes:client-java-api)
 * into OpenAPI v2 definitions: each model's serialized fields and their Java types give the
 * properties, its {@code openapiRequiredFields} the required ones. Group, version and kind of a
 * top-level model come from its class name and the {@link ApiGroups} index.
 */
final class ClientJavaModels {

    private static final String PACKAGE = "io.kubernetes.client.openapi.models.";
    private static final Pattern MODEL = Pattern.compile("^([A-Z][a-z]+)?(V[0-9]+(?:(?:alpha|beta)[0-9]+)?)([A-Z][A-Za-z0-9]*)$");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ClassLoader loader;
    private final ApiGroups groups;
    private final ObjectNode definitions = JSON.objectNode();
    private final Map<String, String> byUnversionedName = new java.util.HashMap<>();

    private ClientJavaModels(ClassLoader loader, ApiGroups groups) {
        this.loader = loader;
        this.groups = groups;
    }

    /** The definitions read, and the definition name of each {@code V1} model by its name without the version. */
    record Models(ObjectNode definitions, Map<String, String> byUnversionedName) {
    }

    /** Definitions of every model in the jar, kinds named {@code io.k8s.api.<group label>.<version>.<Kind>}. */
    static Models read(Path clientJar, ClassLoader loader, ApiGroups groups) throws IOException, ReflectiveOperationException {
        ClientJavaModels models = new ClientJavaModels(loader, groups);
        List<String> classes = new ArrayList<>();
        try (JarFile jar = new JarFile(clientJar.toFile())) {
            jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("io/kubernetes/client/openapi/models/") && n.endsWith(".class") && !n.contains("$"))
                    .forEach(n -> classes.add(n.substring(0, n.length() - 6).replace('/', '.')));
        }
        for (String name : new TreeSet<>(classes)) {
            Class<?> c = loader.loadClass(name);
            if (isModel(c)) {
                models.define(c);
            }
        }
        return new Models(models.definitions, models.byUnversionedName);
    }

    private static boolean isModel(Class<?> c) {
        try {
            c.getField("openapiFields");
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /** The definition name of a model class: the API path for kinds, the class name otherwise. */
    String nameOf(Class<?> c) {
        String simple = c.getSimpleName();
        Matcher m = MODEL.matcher(simple);
        if (m.matches() && hasField(c, "apiVersion") && hasField(c, "kind") && hasField(c, "metadata")) {
            String group = groups.groupOf(m.group(1), m.group(2).toLowerCase(java.util.Locale.ROOT), m.group(3));
            if (group != null) {
                String label = group.isEmpty() ? "core" : group.split("\\.")[0];
                return "io.k8s.api." + label + "." + m.group(2).toLowerCase(java.util.Locale.ROOT) + "." + m.group(3);
            }
        }
        return simple;
    }

    private static boolean hasField(Class<?> c, String name) {
        try {
            c.getDeclaredField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private String define(Class<?> c) throws ReflectiveOperationException {
        String name = nameOf(c);
        if (definitions.has(name)) {
            return name;
        }
        ObjectNode def = definitions.putObject(name);
        if (c.getSimpleName().matches("V1[A-Z].*")) {
            byUnversionedName.put(c.getSimpleName().substring(2), name);
        }
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            String json = serializedName(f);
            if (json != null) {
                props.set(json, schemaOf(f.getGenericType()));
            }
        }
        @SuppressWarnings("unchecked")
        Collection<String> required = (Collection<String>) c.getField("openapiRequiredFields").get(null);
        if (required != null && !required.isEmpty()) {
            def.putArray("required").addAll(new TreeSet<>(required).stream().map(JSON::textNode).toList());
        }
        Matcher m = MODEL.matcher(c.getSimpleName());
        if (!name.equals(c.getSimpleName()) && m.matches()) {
            String group = groups.groupOf(m.group(1), m.group(2).toLowerCase(java.util.Locale.ROOT), m.group(3));
            ObjectNode gvk = def.putArray("x-kubernetes-group-version-kind").addObject();
            gvk.put("group", group);
            gvk.put("kind", m.group(3));
            gvk.put("version", m.group(2).toLowerCase(java.util.Locale.ROOT));
        }
        return name;
    }

    private static String serializedName(Field f) {
        for (Annotation a : f.getAnnotations()) {
            if (a.annotationType().getName().equals("com.google.gson.annotations.SerializedName")) {
                try {
                    return (String) a.annotationType().getMethod("value").invoke(a);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private ObjectNode schemaOf(Type type) throws ReflectiveOperationException {
        ObjectNode s = JSON.objectNode();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
                s.put("type", "array");
                s.set("items", schemaOf(p.getActualTypeArguments()[0]));
            } else if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object");
                s.set("additionalProperties", schemaOf(p.getActualTypeArguments()[1]));
            }
            return s;
        }
        Class<?> c = (Class<?>) type;
        String n = c.getName();
        switch (n) {
            case "java.lang.String" -> s.put("type", "string");
            case "java.lang.Integer" -> s.put("type", "integer").put("format", "int32");
            case "java.lang.Long" -> s.put("type", "integer").put("format", "int64");
            case "java.lang.Boolean" -> s.put("type", "boolean");
            case "java.lang.Double", "java.lang.Float", "java.math.BigDecimal" -> s.put("type", "number");
            case "java.time.OffsetDateTime" -> s.put("type", "string").put("format", "date-time");
            case "[B" -> s.put("type", "string").put("format", "byte");
            case "io.kubernetes.client.custom.IntOrString" -> s.put("$ref", "#/definitions/" + OpenApiConverter.INT_OR_STRING);
            case "io.kubernetes.client.custom.Quantity" -> s.put("$ref", "#/definitions/" + OpenApiConverter.QUANTITY);
            default -> {
                if (n.startsWith(PACKAGE) && isModel(c)) {
                    s.put("$ref", "#/definitions/" + define(c));
                } else if (c.isEnum()) {
                    s.put("type", "string");
                }
                // anything else (RawExtension-like Object, custom types) stays the empty schema: any value
            }
        }
        return s;
    }
}
