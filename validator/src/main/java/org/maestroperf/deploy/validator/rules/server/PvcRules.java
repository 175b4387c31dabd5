package org.maestroperf.deploy.validator.rules.server;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Value;

/** PersistentVolumeClaims: access modes, requested storage, volume mode (a StatefulSet's claim templates the server does not validate). */
final class PvcRules {

    private PvcRules() {
    }

    /** A claim spec with where it is. */
    private record Claim(Manifest manifest, Value spec, FieldPath at) {
    }

    /** The claim of a PersistentVolumeClaim, or null. */
    private static Claim claim(Manifest m, String kind) {
        return kind.equals("PersistentVolumeClaim") ? new Claim(m, m.root().get("spec"), FieldPath.ROOT.child("spec")) : null;
    }

    /** The access modes of a version: ReadWriteOncePod from 1.22 on (GA in 1.29). */
    static List<String> accessModes(org.maestroperf.deploy.validator.schema.KubernetesVersion version) {
        return version.atLeast(1, 22) ? List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod")
                : List.of("ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce");
    }

    static final class AccessModes extends ServerRule {
        AccessModes() {
            super("server-pvc-access-modes", "a claim has at least one access mode: ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("PersistentVolumeClaim");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            List<String> known = accessModes(errors.version);
            Claim c = claim(m, kind);
            if (c != null) {
                List<Value> modes = c.spec().get("accessModes").items();
                if (modes.isEmpty() && c.spec().isMap()) {
                    errors.required(c.manifest(), c.at().child("accessModes"), "at least 1 access mode is required");
                }
                for (Value mode : modes) {
                    String text = Fields.string(mode);
                    if (text != null && !known.contains(text)) {
                        errors.notSupported(c.manifest(), c.at().child("accessModes"), text, known);
                    }
                }
            }
        }
    }

    static final class Storage extends ServerRule {
        Storage() {
            super("server-pvc-storage", "a claim requests a positive resources.requests.storage; storageClassName is a DNS-1123 subdomain");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("PersistentVolumeClaim");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            Claim c = claim(m, kind);
            if (c != null) {
                FieldPath at = c.at().child("resources", "requests").key("storage");
                Value storage = c.spec().path("resources", "requests", "storage");
                String text = Quantity.text(storage);
                BigDecimal value = text == null ? null : Quantity.parse(text);
                if (!Fields.isSet(storage)) {
                    errors.required(c.manifest(), at, "");
                } else if (value != null && value.signum() <= 0) {
                    errors.invalid(c.manifest(), at, text, Messages.POSITIVE);
                }
                String className = Fields.string(c.spec().get("storageClassName"));
                if (className != null && !className.isEmpty() && (className.length() > 253 || !NameSyntax.dns1123Subdomain(className))) {
                    errors.invalid(c.manifest(), c.at().child("storageClassName"), className, Messages.DNS1123_SUBDOMAIN);
                }
            }
        }
    }

    static final class VolumeMode extends ServerRule {
        VolumeMode() {
            super("server-pvc-volume-mode", "a claim's volumeMode is Block or Filesystem");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("PersistentVolumeClaim");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            Claim c = claim(m, kind);
            if (c != null) {
                String mode = Fields.string(c.spec().get("volumeMode"));
                if (mode != null && !mode.equals("Block") && !mode.equals("Filesystem")) {
                    errors.notSupported(c.manifest(), c.at().child("volumeMode"), mode, List.of("Block", "Filesystem"));
                }
            }
        }
    }
}
