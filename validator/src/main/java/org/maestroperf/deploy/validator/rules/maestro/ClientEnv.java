package org.maestroperf.deploy.validator.rules.maestro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.PodTemplates;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/**
 * The environment a container will get, as far as the bundle tells: literal values, keys of
 * ConfigMaps in the bundle ({@code valueFrom} and {@code envFrom}); an optional key that is
 * absent sets nothing. Values that cannot be known here (Secrets, external ConfigMaps, field
 * references) are present with a null value.
 */
final class ClientEnv {

    /** One variable: its value (null when unknown) and where it is set. */
    record Var(String value, String pointer) {
    }

    private ClientEnv() {
    }

    static Map<String, Var> of(ManifestSet manifests, Manifest m, PodTemplates.Container c) {
        Map<String, Var> env = new LinkedHashMap<>();
        List<Value> from = c.value().get("envFrom").items();
        for (int i = 0; i < from.size(); i++) {
            Value ref = from.get(i).get("configMapRef");
            String prefix = from.get(i).get("prefix").textOr("");
            Optional<Manifest> cm = configMap(manifests, m, ref.get("name").textOr(""));
            if (cm.isPresent() && cm.get().root().get("data") instanceof MapValue data) {
                for (int k = 0; k < data.size(); k++) {
                    env.put(prefix + data.key(k), new Var(data.value(k).text(), c.pointer() + "/envFrom/" + i));
                }
            }
        }
        List<Value> list = c.value().get("env").items();
        for (int i = 0; i < list.size(); i++) {
            Value e = list.get(i);
            String name = e.get("name").textOr("");
            String at = c.pointer() + "/env/" + i;
            Value ref = e.path("valueFrom", "configMapKeyRef");
            if (!e.get("value").isMissing() || e.get("valueFrom").isMissing()) {
                env.put(name, new Var(e.get("value").textOr(""), at));
            } else if (!ref.isMissing()) {
                Optional<Manifest> cm = configMap(manifests, m, ref.get("name").textOr(""));
                Value v = cm.map(x -> x.root().path("data", ref.get("key").textOr(""))).orElse(Value.MISSING);
                if (cm.isEmpty()) {
                    env.put(name, new Var(null, at));
                } else if (!v.isMissing()) {
                    env.put(name, new Var(v.text(), at));
                } else if (!"true".equals(ref.get("optional").text())) {
                    env.put(name, new Var(null, at));
                }
            } else {
                env.put(name, new Var(null, at));
            }
        }
        return env;
    }

    private static Optional<Manifest> configMap(ManifestSet manifests, Manifest m, String name) {
        return manifests.named("ConfigMap", name, m.namespace()).findFirst();
    }
}
