package org.maestroperf.deploy.image;

import java.util.Set;

/**
 * A container image reference ({@code [registry/]repository[:tag][@digest]}) and the one policy on
 * which references float: the generator refuses them unless pulled {@code Always}, the validator
 * warns about them.
 *
 * @param name   everything before the tag and digest ({@code quay.io/maestroperf/maestro-worker})
 * @param tag    the tag, or {@code null} when the reference has none
 * @param digest the digest ({@code sha256:...}), or {@code null}
 */
public record ImageReference(String name, String tag, String digest) {

    /** Tags that name a moving target by convention rather than a release. */
    private static final Set<String> FLOATING_TAGS = Set.of("latest", "edge", "stable", "nightly", "main", "master",
            "devel");

    public static ImageReference parse(String reference) {
        String digest = null;
        String rest = reference;
        int at = reference.indexOf('@');
        if (at >= 0) {
            digest = reference.substring(at + 1);
            rest = reference.substring(0, at);
        }
        // a colon after the last slash separates the tag; one before it is a registry's port
        int slash = rest.lastIndexOf('/');
        int colon = rest.lastIndexOf(':');
        if (colon > slash) {
            return new ImageReference(rest.substring(0, colon), rest.substring(colon + 1), digest);
        }
        return new ImageReference(rest, null, digest);
    }

    /**
     * Whether the same reference can name different images over time: no digest, and no tag or a
     * conventionally moving one.
     */
    public boolean floating() {
        return digest == null && (tag == null || tag.isEmpty() || FLOATING_TAGS.contains(tag));
    }

    /** The pull policy the API server fills in when a container gives none. */
    public String defaultPullPolicy() {
        return digest == null && (tag == null || tag.isEmpty() || tag.equals("latest")) ? "Always" : "IfNotPresent";
    }
}
