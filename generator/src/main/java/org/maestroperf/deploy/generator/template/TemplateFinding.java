package org.maestroperf.deploy.generator.template;

/**
 * One problem {@link TemplateChecks} found in a Template.
 *
 * @param severity ERROR (the template misbehaves when processed) or WARNING (it works, but a catalog user is poorly served)
 * @param rule     a stable rule id such as {@code template/text-in-integer-field}
 * @param path     where in the Template tree, as {@code objects[3].spec.replicas} ({@code ""} for the whole template)
 * @param message  one line for the user
 */
public record TemplateFinding(Severity severity, String rule, String path, String message) {

    /** How bad a finding is. */
    public enum Severity { ERROR, WARNING }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + (path.isEmpty() ? "" : path + ": ")
                + message + " [" + rule + "]";
    }
}
