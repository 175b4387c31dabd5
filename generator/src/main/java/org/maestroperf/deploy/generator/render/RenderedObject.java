package org.maestroperf.deploy.generator.render;

import io.fabric8.kubernetes.api.model.HasMetadata;

/**
 * One rendered object: its YAML as written to disk, and the same read into the fabric8 model.
 *
 * @param file     output path inside the bundle directory
 * @param yaml     the rendered document, ending in a newline
 * @param object   the document read into the fabric8 model
 * @param inBundle whether it belongs to bundle.yaml and the kustomization
 */
public record RenderedObject(String file, String yaml, HasMetadata object, boolean inBundle) {

    public String kind() {
        return object.getKind();
    }

    public String name() {
        return object.getMetadata().getName();
    }
}
