package org.maestroperf.deploy.contract;

/**
 * One rendered object as text: what the generator hands on. Whoever needs it as a model reads the
 * text (the validator into its trees, the runner with fabric8's serialization).
 *
 * @param file     output path inside the bundle directory
 * @param yaml     the rendered document, ending in a newline
 * @param inBundle whether it belongs to bundle.yaml and the kustomization (one-off commands do not)
 */
public record RenderedObject(String file, String yaml, boolean inBundle) {
}
