package org.maestroperf.deploy.contract;

/**
 * One rendered object as text: what the generator hands on. Whoever needs it as a model reads the
 * text (the validator into its trees, the runner with fabric8's serialization).
 *
 * @param file output path inside the bundle directory
 * @param yaml the rendered document, ending in a newline
 * @param part which part of the bundle it belongs to
 */
public record RenderedObject(String file, String yaml, Part part) {

    /** The parts of a bundle, each applied at its own time. */
    public enum Part {
        /** Maestro itself: bundle.yaml and the kustomization, applied first and once. */
        INFRASTRUCTURE,
        /** A test case's ConfigMap or Job: beside the bundle, applied (or run) one test case at a time. */
        TEST_CASE,
        /** A one-off command Job ({@code stop}, {@code unassign}), in commands/. */
        COMMAND
    }

    /** Whether it belongs to bundle.yaml and the kustomization. */
    public boolean inBundle() {
        return part == Part.INFRASTRUCTURE;
    }
}
