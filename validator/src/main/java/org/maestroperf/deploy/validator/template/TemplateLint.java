package org.maestroperf.deploy.validator.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.openshift.TemplateChecks;
import org.maestroperf.deploy.openshift.TemplateFinding;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.Pointers;

/**
 * Runs the OpenShift module's {@link TemplateChecks} on an OpenShift Template document and reports each
 * finding at its field, with the check's own severity and rule id.
 */
public final class TemplateLint {

    /**
     * The rule ids {@link TemplateChecks} reports on a {@code kind: Template} document, with a
     * one-line summary each ({@code template/not-a-template} is left out: only Templates are checked).
     */
    public static final Map<String, String> RULES = rules(
            "template/api-version", "a Template's apiVersion is template.openshift.io/v1",
            "template/parameters", "parameters is a list",
            "template/parameter-name", "every parameter has a name of letters, digits and _",
            "template/duplicate-parameter", "no parameter is declared twice",
            "template/parameter-value-type", "a parameter value is a string",
            "template/generator", "the only parameter generator is 'expression'",
            "template/generate-from", "a generated parameter's expression parses",
            "template/required-without-value", "a required parameter has a value or a generator",
            "template/parameter-description", "every parameter has a description",
            "template/parameter-display-name", "every parameter has a displayName",
            "template/objects", "objects is a list of mappings",
            "template/hard-coded-namespace", "objects leave metadata.namespace out (oc drops it)",
            "template/undeclared-parameter", "every ${X} names a declared parameter",
            "template/embedded-typed-reference", "${{X}} is the whole value",
            "template/text-in-typed-field", "integer, number and boolean fields take ${{X}}, not ${X}",
            "template/default-does-not-fit", "the default of a ${{X}} parameter fits its field",
            "template/message", "the Template has a message",
            "template/message-parameter", "the message names declared parameters only",
            "template/catalog-annotation", "the Template has the catalog annotations",
            "template/unused-parameter", "every declared parameter is used");

    private TemplateLint() {
    }

    /** Whether a document is one {@link #check} applies to. */
    public static boolean applies(Manifest m) {
        return "Template".equals(m.kind());
    }

    /** The findings of the Template checks, each at the Template's pointer plus the finding's. */
    public static List<Finding> check(Manifest template) {
        List<Finding> out = new ArrayList<>();
        for (TemplateFinding f : TemplateChecks.check(template.root().plain())) {
            int[] at = Pointers.position(template.root(), f.pointer());
            Severity severity = f.severity() == TemplateFinding.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
            out.add(new Finding(template.file(), at[0], at[1], template.pointer() + f.pointer(), severity, f.rule(),
                    template.describe() + ": " + (f.path().isEmpty() ? "" : f.path() + ": ") + f.message()));
        }
        return out;
    }

    private static Map<String, String> rules(String... idsAndSummaries) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < idsAndSummaries.length; i += 2) {
            out.put(idsAndSummaries[i], idsAndSummaries[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }
}
