package org.maestroperf.deploy.validator.schema;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.UserException;

/**
 * A Kubernetes version as given to {@code --kubernetes-version} ({@code 1.33}, {@code v1.30.2}).
 *
 * @param major the major version, 1
 * @param minor the minor version, e.g. 33
 * @param patch the patch version, 0 when not given
 */
public record KubernetesVersion(int major, int minor, int patch) {

    /** The versions the built-in schema pack covers. */
    public static final List<String> BUILT_IN = List.of("v1.33", "v1.30");
    /** The version validated against when none is given: 1.33. */
    public static final KubernetesVersion DEFAULT = new KubernetesVersion(1, 33, 0);

    private static final Pattern FORMAT = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /**
     * Reads a version.
     *
     * @param text {@code 1.33}, {@code v1.30} or {@code 1.30.2}
     * @return the version
     * @throws UserException for anything else
     */
    public static KubernetesVersion parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new UserException("--kubernetes-version: '" + text + "' is not a version such as 1.33 or 1.30.2");
        }
        return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /**
     * Whether this is {@code major.minor} or later (patch versions aside).
     *
     * @param major the major version
     * @param minor the minor version
     * @return whether this version is that one or later
     */
    public boolean atLeast(int major, int minor) {
        return this.major > major || this.major == major && this.minor >= minor;
    }

    /**
     * The minor version's name, the directory of the built-in pack.
     *
     * @return {@code v1.33}
     */
    public String minorName() {
        return "v" + major + "." + minor;
    }

    /**
     * The full version, kubeconform's {@code NormalizedKubernetesVersion}.
     *
     * @return {@code v1.33.0}
     */
    public String normalized() {
        return "v" + major + "." + minor + "." + patch;
    }
}
