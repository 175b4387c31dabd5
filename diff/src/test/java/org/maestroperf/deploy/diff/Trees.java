package org.maestroperf.deploy.diff;

import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Test objects written as YAML, read into the plain trees the engine takes. */
final class Trees {

    private Trees() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> yaml(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    static KubeObject object(String origin, String text) {
        return KubeObject.of(origin, yaml(text));
    }

    static BundleDiff diff(String oldYaml, String newYaml) {
        return Differ.compare(new Side("old", List.of(object("old.yaml:1", oldYaml))),
                new Side("new", List.of(object("new.yaml:1", newYaml))));
    }

    /** The changed fields of the one differing object, as {@code change path: old -> new}. */
    static List<String> fields(BundleDiff diff) {
        return diff.objects().get(0).fields().stream()
                .map(f -> f.change().label() + " " + f.path() + ": " + f.oldValue() + " -> " + f.newValue()).toList();
    }
}
