package org.maestroperf.deploy.generator.template;

import java.util.List;
import java.util.Map;

/**
 * A Template built from a bundle.
 *
 * @param tree   the Template as a plain tree, ready for {@link TreeWriter}
 * @param owned  every field each offered parameter owns
 */
public record PublishedTemplate(Map<String, Object> tree, List<OwnedField> owned) {

    /** The Template as YAML, the form published in output/templates. */
    public String yaml() {
        return TreeWriter.yaml(tree);
    }
}
