package org.maestroperf.deploy.validator.schema;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which API group serves a kind at a version, read from the {@code @Group}/{@code @Version}
 * annotations of the fabric8 model classes on the class path (the Java client's model names carry
 * version and kind but not the group).
 */
final class ApiGroups {

    private final Map<String, List<String>> groupsByKindVersion = new HashMap<>();

    static ApiGroups fromFabric8(ClassLoader loader) throws IOException {
        ApiGroups groups = new ApiGroups();
        Enumeration<URL> lists = loader.getResources("META-INF/services/io.fabric8.kubernetes.api.model.KubernetesResource");
        while (lists.hasMoreElements()) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(lists.nextElement().openStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = line.trim();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        groups.register(loader, line);
                    }
                }
            }
        }
        return groups;
    }

    private void register(ClassLoader loader, String className) {
        Class<?> c;
        try {
            c = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return;
        }
        String group = annotationValue(c, "io.fabric8.kubernetes.model.annotation.Group");
        String version = annotationValue(c, "io.fabric8.kubernetes.model.annotation.Version");
        if (group != null && version != null) {
            groupsByKindVersion.computeIfAbsent(c.getSimpleName() + "@" + version, k -> new ArrayList<>()).add(group);
        }
    }

    private static String annotationValue(Class<?> c, String type) {
        for (Annotation a : c.getAnnotations()) {
            if (a.annotationType().getName().equals(type)) {
                try {
                    return (String) a.annotationType().getMethod("value").invoke(a);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The group of a kind at a version; {@code prefix} is the group hint the Java client puts in
     * front of clashing names ({@code Core}V1Event, {@code Events}V1Event). Null when unknown or
     * ambiguous.
     */
    String groupOf(String prefix, String version, String kind) {
        List<String> candidates = groupsByKindVersion.getOrDefault(kind + "@" + version, List.of());
        if (candidates.isEmpty() && kind.endsWith("List")) {
            candidates = groupsByKindVersion.getOrDefault(kind.substring(0, kind.length() - 4) + "@" + version, List.of());
        }
        if (prefix != null) {
            String label = prefix.toLowerCase(java.util.Locale.ROOT);
            return candidates.stream()
                    .filter(g -> label.equals("core") ? g.isEmpty() : g.split("\\.")[0].equals(label))
                    .findFirst().orElse(null);
        }
        List<String> distinct = candidates.stream().filter(g -> !g.endsWith(".openshift.io")).distinct().toList();
        return distinct.size() == 1 ? distinct.get(0) : null;
    }
}
