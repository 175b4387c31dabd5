package org.maestroperf.deploy.openshift;

import java.util.List;
import java.util.Map;

/**
 * A Template built from a bundle.
 *
 * @param tree   the Template as a plain tree, ready for {@link TreeWriter}
 * @param owned  every field each offered parameter owns
 */
public record PublishedTemplate(Map<String, Object> tree, List<OwnedField> owned) {

    /** What {@link TemplateChecks} finds in it. */
    public List<TemplateFinding> findings() {
        return TemplateChecks.check(tree);
    }

    /** The Template as YAML. */
    public String yaml() {
        return TreeWriter.yaml(tree);
    }
}
