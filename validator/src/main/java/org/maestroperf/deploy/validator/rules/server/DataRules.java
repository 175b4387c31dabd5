package org.maestroperf.deploy.validator.rules.server;

import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/** ConfigMaps and Secrets: key syntax, total size, base64 data, the keys a Secret's type requires. */
final class DataRules {

    /** The API server's limit on a ConfigMap's or Secret's data. */
    static final int DATA_LIMIT = 1024 * 1024;

    private DataRules() {
    }

    static final class Keys extends ServerRule {
        Keys() {
            super("server-data-key", "ConfigMap and Secret keys consist of letters, digits, '-', '_' and '.' (not '.' or '..'), and a key is not in both data and binaryData");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("ConfigMap", "Secret");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (kind.equals("ConfigMap")) {
                keys(m, "data", errors);
                keys(m, "binaryData", errors);
                if (m.root().get("data") instanceof MapValue data) {
                    for (int i = 0; i < data.size(); i++) {
                        if (!m.root().path("binaryData").get(data.key(i)).isMissing()) {
                            errors.invalid(m, FieldPath.ROOT.child("data").key(data.key(i)), data.key(i), "duplicate of key present in binaryData");
                        }
                    }
                }
            } else if (kind.equals("Secret")) {
                keys(m, "data", errors);
                keys(m, "stringData", errors);
            }
        }

        private static void keys(Manifest m, String field, Errors errors) {
            if (m.root().get(field) instanceof MapValue map) {
                for (int i = 0; i < map.size(); i++) {
                    String problem = Syntax.configKey(map.key(i));
                    if (problem != null) {
                        // stringData is merged into data before validation, so the server names data
                        errors.invalid(m, FieldPath.ROOT.child(field).key(map.key(i)).namedAs("data[" + map.key(i) + "]"), map.key(i), problem);
                    }
                }
            }
        }
    }

    static final class Size extends ServerRule {
        Size() {
            super("server-data-size", "a ConfigMap's or Secret's data is at most 1 MiB in total");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("ConfigMap", "Secret");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (kind.equals("ConfigMap")) {
                long total = bytes(m.root().get("data"), false) + bytes(m.root().get("binaryData"), true);
                if (total > DATA_LIMIT) {
                    errors.tooLong(m, FieldPath.ROOT.namedAs("<nil>"), DATA_LIMIT);
                }
            } else if (kind.equals("Secret")) {
                long total = bytes(m.root().get("data"), true) + bytes(m.root().get("stringData"), false);
                if (total > DATA_LIMIT) {
                    errors.tooLong(m, FieldPath.ROOT.child("data"), DATA_LIMIT);
                }
            }
        }

        /** The bytes the values hold: base64 decoded, or UTF-8. */
        private static long bytes(Value values, boolean base64) {
            long total = 0;
            if (values instanceof MapValue map) {
                for (int i = 0; i < map.size(); i++) {
                    String text = map.value(i).textOr("");
                    total += base64 ? decodedLength(text) : MetadataRules.utf8Length(text);
                }
            }
            return total;
        }

        private static long decodedLength(String text) {
            int padding = text.endsWith("==") ? 2 : text.endsWith("=") ? 1 : 0;
            return (long) text.length() * 3 / 4 - padding;
        }
    }

    static final class Base64Data extends ServerRule {
        Base64Data() {
            super("server-data-base64", "Secret data and ConfigMap binaryData values are padded base64");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("ConfigMap", "Secret");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (kind.equals("Secret")) {
                values(m, "data", errors);
            } else if (kind.equals("ConfigMap")) {
                values(m, "binaryData", errors);
            }
        }

        private static void values(Manifest m, String field, Errors errors) {
            if (m.root().get(field) instanceof MapValue data) {
                for (int i = 0; i < data.size(); i++) {
                    String text = Fields.string(data.value(i));
                    if (text != null && !base64(text)) {
                        // the server refuses the object as it decodes it, before validation
                        errors.invalid(m, FieldPath.ROOT.child(field).key(data.key(i)), "<contents redacted>", "illegal base64 data");
                    }
                }
            }
        }

        /** Standard base64 with padding, as Go's encoding/json reads []byte. */
        private static boolean base64(String text) {
            if (text.length() % 4 != 0) {
                return false;
            }
            try {
                Base64.getDecoder().decode(text);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }

    static final class SecretType extends ServerRule {
        SecretType() {
            super("server-secret-type", "a Secret has the keys its type requires (tls.crt and tls.key, .dockerconfigjson, ...)");
        }

        @Override
        Set<String> objectKinds() {
            return Set.of("Secret");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            if (!kind.equals("Secret")) {
                return;
            }
            String type = Fields.string(m.root().get("type"));
            List<String> required = switch (type == null ? "" : type) {
                case "kubernetes.io/tls" -> List.of("tls.crt", "tls.key");
                case "kubernetes.io/dockerconfigjson" -> List.of(".dockerconfigjson");
                case "kubernetes.io/dockercfg" -> List.of(".dockercfg");
                case "kubernetes.io/ssh-auth" -> List.of("ssh-privatekey");
                default -> List.of();
            };
            for (String key : required) {
                if (m.root().get("data").get(key).isMissing() && m.root().get("stringData").get(key).isMissing()) {
                    errors.required(m, FieldPath.ROOT.child("data").key(key), "");
                }
            }
            if ("kubernetes.io/basic-auth".equals(type) && !has(m, "username") && !has(m, "password")) {
                errors.required(m, FieldPath.ROOT.child("data").key("username"), "");
            }
            if ("kubernetes.io/service-account-token".equals(type)
                    && m.root().path("metadata", "annotations", "kubernetes.io/service-account.name").textOr("").isEmpty()) {
                errors.required(m, FieldPath.ROOT.child("metadata", "annotations").key("kubernetes.io/service-account.name"), "");
            }
        }

        private static boolean has(Manifest m, String key) {
            return !m.root().get("data").get(key).isMissing() || !m.root().get("stringData").get(key).isMissing();
        }
    }
}
