package org.maestroperf.deploy.generator.render;

import java.util.List;

/**
 * Every object of a bundle rendered to text, in apply order, not yet read back.
 *
 * @param objects each planned object's text (or its template's error)
 * @param header  the comment heading bundle.yaml
 */
public record Rendering(List<RenderedText> objects, String header) {

    /** Whether every template rendered. */
    public boolean complete() {
        return objects.stream().allMatch(o -> o.error() == null);
    }
}
