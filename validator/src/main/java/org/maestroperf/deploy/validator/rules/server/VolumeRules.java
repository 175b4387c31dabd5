package org.maestroperf.deploy.validator.rules.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/** Pod volumes and the containers' mounts of them. */
final class VolumeRules {

    private VolumeRules() {
    }

    static final class Name extends PodRule {
        Name() {
            super("server-volume-name", "volume names are DNS-1123 labels, unique within the pod");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Set<String> names = new HashSet<>();
            List<Value> volumes = spec.get("volumes").items();
            for (int i = 0; i < volumes.size(); i++) {
                String name = Fields.string(volumes.get(i).get("name"));
                FieldPath p = at.child("volumes").index(i).child("name");
                if (name == null) {
                    continue;
                }
                if (name.isEmpty()) {
                    errors.required(m, p, "");
                } else if (name.length() > 63 || !NameSyntax.dns1123Label(name)) {
                    errors.invalid(m, p, name, Messages.DNS1123_LABEL);
                }
                if (!names.add(name)) {
                    errors.duplicate(m, p, name);
                }
            }
        }
    }

    static final class Source extends PodRule {
        Source() {
            super("server-volume-source", "a volume has one source, with the fields that source requires");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            List<Value> volumes = spec.get("volumes").items();
            for (int i = 0; i < volumes.size(); i++) {
                if (!(volumes.get(i) instanceof MapValue volume)) {
                    continue;
                }
                FieldPath p = at.child("volumes").index(i);
                List<String> sources = new ArrayList<>();
                for (int k = 0; k < volume.size(); k++) {
                    if (!volume.key(k).equals("name") && Fields.isSet(volume.value(k))) {
                        sources.add(volume.key(k));
                    }
                }
                // no source at all is an emptyDir: the server defaults it
                for (int s = 1; s < sources.size(); s++) {
                    errors.forbidden(m, p.child(sources.get(s)), "may not specify more than 1 volume type");
                }
                if (sources.isEmpty()) {
                    continue;
                }
                required(m, volume.get("secret"), "secretName", p.child("secret"), errors);
                required(m, volume.get("configMap"), "name", p.child("configMap"), errors);
                required(m, volume.get("persistentVolumeClaim"), "claimName", p.child("persistentVolumeClaim"), errors);
                required(m, volume.get("hostPath"), "path", p.child("hostPath"), errors);
                String sizeLimit = Quantity.text(volume.path("emptyDir", "sizeLimit"));
                BigDecimal size = sizeLimit == null ? null : Quantity.parse(sizeLimit);
                if (size != null && size.signum() < 0) {
                    errors.forbidden(m, p.child("emptyDir", "sizeLimit"), "SizeLimit field must be a valid resource quantity");
                }
            }
        }

        private static void required(Manifest m, Value source, String field, FieldPath at, Errors errors) {
            if (Fields.isSet(source) && source.get(field).textOr("").isEmpty()) {
                errors.required(m, at.child(field), "");
            }
        }
    }

    static final class Items extends PodRule {
        Items() {
            super("server-volume-items", "configMap, secret, downwardAPI and projected items have a key and a relative path; file modes are 0-0777");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            List<Value> volumes = spec.get("volumes").items();
            for (int i = 0; i < volumes.size(); i++) {
                Value v = volumes.get(i);
                FieldPath p = at.child("volumes").index(i);
                for (String source : List.of("configMap", "secret", "downwardAPI", "projected")) {
                    mode(m, v.get(source).get("defaultMode"), p.child(source, "defaultMode"), errors);
                }
                items(m, v.get("configMap"), p.child("configMap"), true, errors);
                items(m, v.get("secret"), p.child("secret"), true, errors);
                items(m, v.get("downwardAPI"), p.child("downwardAPI"), false, errors);
                List<Value> sources = v.path("projected", "sources").items();
                for (int s = 0; s < sources.size(); s++) {
                    FieldPath sp = p.child("projected", "sources").index(s);
                    items(m, sources.get(s).get("configMap"), sp.child("configMap"), true, errors);
                    items(m, sources.get(s).get("secret"), sp.child("secret"), true, errors);
                    items(m, sources.get(s).get("downwardAPI"), sp.child("downwardAPI"), false, errors);
                }
            }
        }

        private static void items(Manifest m, Value source, FieldPath at, boolean keyed, Errors errors) {
            List<Value> items = source.get("items").items();
            for (int i = 0; i < items.size(); i++) {
                FieldPath p = at.child("items").index(i);
                String key = Fields.string(items.get(i).get("key"));
                if (keyed && key != null && key.isEmpty()) {
                    errors.required(m, p.child("key"), "");
                }
                String path = Fields.string(items.get(i).get("path"));
                if (path != null && path.isEmpty()) {
                    errors.required(m, p.child("path"), "");
                } else if (path != null && Syntax.volumeFilePath(path) != null) {
                    errors.invalid(m, p.child("path"), path, Syntax.volumeFilePath(path));
                }
                mode(m, items.get(i).get("mode"), p.child("mode"), errors);
            }
        }

        private static void mode(Manifest m, Value mode, FieldPath at, Errors errors) {
            Long n = Fields.integer(mode);
            if (n != null && (n < 0 || n > 0777)) {
                errors.invalid(m, at, n, Messages.FILE_MODE);
            }
        }
    }

    static final class Mounts extends PodRule {
        Mounts() {
            super("server-volume-mount", "volumeMounts name a volume of the pod, at a mountPath unique within the container, with a relative subPath");
        }

        @Override
        void check(Manifest m, Value spec, FieldPath at, List<Containers> containers, Errors errors) {
            Set<String> volumes = new HashSet<>();
            for (Value v : spec.get("volumes").items()) {
                volumes.add(v.get("name").textOr(""));
            }
            for (Containers c : containers) {
                Set<String> paths = new HashSet<>();
                List<Value> mounts = c.value().get("volumeMounts").items();
                for (int i = 0; i < mounts.size(); i++) {
                    Value mount = mounts.get(i);
                    FieldPath p = c.at().child("volumeMounts").index(i);
                    String name = Fields.string(mount.get("name"));
                    if (name != null && name.isEmpty()) {
                        errors.required(m, p.child("name"), "");
                    }
                    if (name != null && !volumes.contains(name)) {
                        errors.notFound(m, p.child("name"), name);
                    }
                    String path = Fields.string(mount.get("mountPath"));
                    if (path != null && path.isEmpty()) {
                        errors.required(m, p.child("mountPath"), "");
                    }
                    if (path != null && !paths.add(path)) {
                        errors.invalid(m, p.child("mountPath"), path, "must be unique");
                    }
                    for (String field : List.of("subPath", "subPathExpr")) {
                        String sub = Fields.string(mount.get(field));
                        if (sub != null && !sub.isEmpty() && Syntax.relativePath(sub) != null) {
                            errors.invalid(m, p.child(field), sub, Syntax.relativePath(sub));
                        }
                    }
                    if (!mount.get("subPath").textOr("").isEmpty() && !mount.get("subPathExpr").textOr("").isEmpty()) {
                        errors.invalid(m, p.child("subPathExpr"), mount.get("subPathExpr").textOr(""), "subPathExpr and subPath are mutually exclusive");
                    }
                }
            }
        }
    }
}
