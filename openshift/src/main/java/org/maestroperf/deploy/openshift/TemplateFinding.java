package org.maestroperf.deploy.openshift;

import java.util.List;

/**
 * One problem {@link TemplateChecks} found in a Template.
 *
 * @param severity ERROR (the template misbehaves when processed) or WARNING (it works, but a catalog user is poorly served)
 * @param rule     a stable rule id such as {@code template/text-in-typed-field}
 * @param location where in the Template tree: keys (String) and list indexes (Integer) from its root
 * @param message  one line for the user
 */
public record TemplateFinding(Severity severity, String rule, List<Object> location, String message) {

    /** How bad a finding is. */
    public enum Severity {
        /** The Template misbehaves when processed. */
        ERROR,
        /** The Template works, but a catalog user is poorly served. */
        WARNING
    }

    /**
     * The location as a path.
     *
     * @return {@code objects[3].spec.replicas}, or {@code ""} for the whole template
     */
    public String path() {
        return Trees.pathString(location);
    }

    /**
     * The location as a JSON Pointer.
     *
     * @return {@code /objects/3/spec/replicas}, or {@code ""} for the whole template
     */
    public String pointer() {
        StringBuilder out = new StringBuilder();
        location.forEach(s -> out.append('/').append(String.valueOf(s).replace("~", "~0").replace("/", "~1")));
        return out.toString();
    }

    /** {@code error: objects[3].spec.replicas: message [rule]}: how the command line prints it. */
    @Override
    public String toString() {
        String path = path();
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + (path.isEmpty() ? "" : path + ": ")
                + message + " [" + rule + "]";
    }
}
