package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/**
 * ConfigMaps, Secrets and PVCs that pods reference (volumes, envFrom, non-optional
 * configMapKeyRef/secretKeyRef) exist in the bundle with the referenced keys, or are declared
 * external ({@code --external Kind/name}).
 */
final class ReferencesRule extends Rule {

    ReferencesRule() {
        super("references", Severity.ERROR,
                "ConfigMaps, Secrets and PVCs referenced by volumes, envFrom and non-optional key references exist, with the keys");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().forEach(p -> {
            Manifest m = p.manifest();
            List<Value> volumes = p.podSpec().get("volumes").items();
            for (int i = 0; i < volumes.size(); i++) {
                Value v = volumes.get(i);
                String at = p.spec() + "/volumes/" + i;
                volume(manifests, m, "ConfigMap", v.get("configMap"), "name", at + "/configMap", out);
                volume(manifests, m, "Secret", v.get("secret"), "secretName", at + "/secret", out);
                Value claim = v.path("persistentVolumeClaim", "claimName");
                if (!claim.isMissing()) {
                    require(manifests, m, "PersistentVolumeClaim", claim.textOr(""), at + "/persistentVolumeClaim/claimName", out);
                }
                List<Value> sources = v.path("projected", "sources").items();
                for (int s = 0; s < sources.size(); s++) {
                    volume(manifests, m, "ConfigMap", sources.get(s).get("configMap"), "name", at + "/projected/sources/" + s + "/configMap", out);
                    volume(manifests, m, "Secret", sources.get(s).get("secret"), "name", at + "/projected/sources/" + s + "/secret", out);
                }
            }
            for (PodTemplates.Container c : p.containers()) {
                List<Value> envFrom = c.value().get("envFrom").items();
                for (int i = 0; i < envFrom.size(); i++) {
                    for (String[] ref : new String[][] {{"configMapRef", "ConfigMap"}, {"secretRef", "Secret"}}) {
                        Value r = envFrom.get(i).get(ref[0]);
                        if (!r.isMissing() && !optional(r)) {
                            require(manifests, m, ref[1], r.get("name").textOr(""), c.pointer() + "/envFrom/" + i + "/" + ref[0] + "/name", out);
                        }
                    }
                }
                List<Value> env = c.value().get("env").items();
                for (int i = 0; i < env.size(); i++) {
                    for (String[] ref : new String[][] {{"configMapKeyRef", "ConfigMap"}, {"secretKeyRef", "Secret"}}) {
                        Value r = env.get(i).path("valueFrom", ref[0]);
                        if (r.isMissing() || optional(r)) {
                            continue;
                        }
                        String at = c.pointer() + "/env/" + i + "/valueFrom/" + ref[0];
                        Optional<Manifest> target = require(manifests, m, ref[1], r.get("name").textOr(""), at + "/name", out);
                        String key = r.get("key").textOr("");
                        if (target.isPresent() && !hasKey(target.get(), key)) {
                            out.add(finding(m, at + "/key", ref[1] + " '" + target.get().name() + "' has no key '" + key + "'"));
                        }
                    }
                }
            }
        });
        return out;
    }

    private void volume(ManifestSet manifests, Manifest m, String kind, Value source, String nameField, String at, List<Finding> out) {
        if (source.isMissing() || optional(source)) {
            return;
        }
        Optional<Manifest> target = require(manifests, m, kind, source.get(nameField).textOr(""), at + "/" + nameField, out);
        List<Value> items = source.get("items").items();
        for (int i = 0; i < items.size() && target.isPresent(); i++) {
            String key = items.get(i).get("key").textOr("");
            if (!hasKey(target.get(), key)) {
                out.add(finding(m, at + "/items/" + i + "/key", kind + " '" + target.get().name() + "' has no key '" + key + "'"));
            }
        }
    }

    private Optional<Manifest> require(ManifestSet manifests, Manifest m, String kind, String name, String at, List<Finding> out) {
        Optional<Manifest> target = manifests.named(kind, name, m.namespace()).findFirst();
        if (target.isEmpty() && !manifests.isExternal(kind, name)) {
            out.add(finding(m, at, kind + " '" + name + "' is not in the bundle (declare it with --external " + kind + "/" + name
                    + " if it is created elsewhere)"));
        }
        return target;
    }

    private static boolean optional(Value ref) {
        return "true".equals(ref.get("optional").text());
    }

    static boolean hasKey(Manifest configMapOrSecret, String key) {
        for (String field : List.of("data", "binaryData", "stringData")) {
            if (!configMapOrSecret.root().get(field).get(key).isMissing()) {
                return true;
            }
        }
        return false;
    }
}
