package org.maestroperf.deploy.validator.source;

/**
 * One Kubernetes object to validate: where it came from (file, 0-based YAML document index and
 * the JSON pointer of the object inside that document, empty unless it is a List item or a
 * Template object), the scope it is checked against other objects in, and its content.
 *
 * @param scope {@link #SHARED} for ordinary objects; for a Template and its objects, the Template's
 *              {@code file#document/pointer}, since each Template is processed on its own
 */
public record Manifest(String file, int document, String pointer, String scope, MapValue root) {

    /** The scope of every object that is not inside a Template. */
    public static final String SHARED = "";

    public String apiVersion() {
        return root.get("apiVersion").textOr("");
    }

    public String kind() {
        return root.get("kind").textOr("");
    }

    public String name() {
        return root.path("metadata", "name").textOr("");
    }

    /** The namespace as written, or "" when the object does not say (the apply-time default). */
    public String namespace() {
        return root.path("metadata", "namespace").textOr("");
    }

    /** API group: "" for the core group. */
    public String group() {
        String av = apiVersion();
        int slash = av.indexOf('/');
        return slash < 0 ? "" : av.substring(0, slash);
    }

    /** A short human name such as {@code Deployment/maestro-broker}. */
    public String describe() {
        return kind() + "/" + (name().isEmpty() ? "(unnamed)" : name());
    }
}
