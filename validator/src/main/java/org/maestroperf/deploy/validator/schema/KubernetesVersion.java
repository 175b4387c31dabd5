package org.maestroperf.deploy.validator.schema;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maestroperf.deploy.diag.UserException;

/** A Kubernetes version as given to {@code --kubernetes-version} ({@code 1.33}, {@code v1.30.2}). */
public record KubernetesVersion(int major, int minor, int patch) {

    /** The versions the built-in schema pack covers. */
    public static final List<String> BUILT_IN = List.of("v1.33", "v1.30");
    public static final KubernetesVersion DEFAULT = new KubernetesVersion(1, 33, 0);

    private static final Pattern FORMAT = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public static KubernetesVersion parse(String text) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches()) {
            throw new UserException("--kubernetes-version: '" + text + "' is not a version such as 1.33 or 1.30.2");
        }
        return new KubernetesVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
    }

    /** Whether this is {@code major.minor} or later (patch versions aside). */
    public boolean atLeast(int major, int minor) {
        return this.major > major || this.major == major && this.minor >= minor;
    }

    /** {@code v1.33}: the directory of the built-in pack. */
    public String minorName() {
        return "v" + major + "." + minor;
    }

    /** {@code v1.33.0}: kubeconform's {@code NormalizedKubernetesVersion}. */
    public String normalized() {
        return "v" + major + "." + minor + "." + patch;
    }
}
