package org.maestroperf.deploy.openshift;

import java.util.List;
import java.util.Map;

/**
 * An OpenShift Template built from a bundle: its objects without namespace, a parameter for each
 * value a catalog user sets, and catalog annotations.
 *
 * @param tree   the Template as a plain tree, ready for {@link TreeWriter}
 * @param owned  every field each offered parameter owns
 */
public record PublishedTemplate(Map<String, Object> tree, List<OwnedField> owned) {

    /**
     * What the Template checks find in it: parameters that would misbehave when processed, or serve
     * a catalog user poorly.
     *
     * @return the findings, none for a good Template
     */
    public List<TemplateFinding> findings() {
        return TemplateChecks.check(tree);
    }

    /**
     * The Template as YAML, for {@code oc create -f} or {@code oc process}.
     *
     * @return the YAML
     */
    public String yaml() {
        return TreeWriter.yaml(tree);
    }
}
