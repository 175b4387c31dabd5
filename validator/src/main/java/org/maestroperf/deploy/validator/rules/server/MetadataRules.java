package org.maestroperf.deploy.validator.rules.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.maestroperf.deploy.validator.rules.NameSyntax;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Value;

/** Object metadata: name present, namespace syntax, annotation keys and their total size (the name's syntax is {@code dns-name}'s). */
final class MetadataRules {

    /** The API server's limit on the keys and values of an object's annotations together. */
    static final int ANNOTATIONS_LIMIT = 256 * 1024;

    private MetadataRules() {
    }

    static final class NameRequired extends ServerRule {
        NameRequired() {
            super("server-name-required", "every object has metadata.name (or metadata.generateName)");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            Value meta = m.root().get("metadata");
            if (m.name().isEmpty() && Fields.string(meta.get("generateName")) == null) {
                errors.required(m, FieldPath.ROOT.child("metadata", "name"), "name or generateName is required");
            }
        }
    }

    static final class NamespaceName extends ServerRule {
        NamespaceName() {
            super("server-namespace-name", "metadata.namespace is a DNS-1123 label");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            String ns = Fields.string(m.root().path("metadata", "namespace"));
            if (ns != null && !ns.isEmpty() && (ns.length() > 63 || !NameSyntax.dns1123Label(ns))) {
                errors.invalid(m, FieldPath.ROOT.child("metadata", "namespace"), ns, Messages.DNS1123_LABEL);
            }
        }
    }

    static final class AnnotationKey extends ServerRule {
        AnnotationKey() {
            super("server-annotation-key", "annotation keys are qualified names ([prefix/]name)");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            check(m, FieldPath.ROOT.child("metadata", "annotations"), m.root().path("metadata", "annotations"), errors);
        }

        @Override
        void pod(PodSpec pod, Errors errors) {
            Value annotations = templateAnnotations(pod);
            if (!annotations.isMissing()) {
                check(pod.manifest(), FieldPath.of(pod.pods().metadata()).child("annotations"), annotations, errors);
            }
        }

        private static void check(Manifest m, FieldPath at, Value annotations, Errors errors) {
            if (annotations instanceof MapValue map) {
                for (int i = 0; i < map.size(); i++) {
                    String problem = NameSyntax.qualifiedNameProblem(map.key(i).toLowerCase(Locale.ROOT));
                    if (problem != null) {
                        errors.invalid(m, at.key(map.key(i)), map.key(i), "name part " + problem.substring("has an ".length()));
                    }
                }
            }
        }
    }

    static final class AnnotationSize extends ServerRule {
        AnnotationSize() {
            super("server-annotation-size", "an object's annotations, keys and values together, are at most 256 KiB");
        }

        @Override
        void object(Manifest m, String kind, Errors errors) {
            check(m, FieldPath.ROOT.child("metadata", "annotations"), m.root().path("metadata", "annotations"), errors);
        }

        @Override
        void pod(PodSpec pod, Errors errors) {
            Value annotations = templateAnnotations(pod);
            if (!annotations.isMissing()) {
                check(pod.manifest(), FieldPath.of(pod.pods().metadata()).child("annotations"), annotations, errors);
            }
        }

        private static void check(Manifest m, FieldPath at, Value annotations, Errors errors) {
            if (annotations instanceof MapValue map) {
                long total = 0;
                for (int i = 0; i < map.size(); i++) {
                    total += utf8Length(map.key(i)) + utf8Length(map.value(i).textOr(""));
                }
                if (total > ANNOTATIONS_LIMIT) {
                    errors.tooLong(m, at, ANNOTATIONS_LIMIT);
                }
            }
        }
    }

    /** A pod template's own annotations (a Pod's are its object's, checked as such). */
    private static Value templateAnnotations(PodSpec pod) {
        Value root = pod.manifest().root();
        return switch (pod.pods().metadata()) {
            case "/spec/template/metadata" -> root.path("spec", "template", "metadata", "annotations");
            case "/spec/jobTemplate/spec/template/metadata" -> root.path("spec", "jobTemplate", "spec", "template", "metadata", "annotations");
            case "/template/metadata" -> root.path("template", "metadata", "annotations");
            default -> Value.MISSING;
        };
    }

    static long utf8Length(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return s.length();
    }
}
