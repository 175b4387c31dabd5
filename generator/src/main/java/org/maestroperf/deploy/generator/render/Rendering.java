package org.maestroperf.deploy.generator.render;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.contract.RenderedObject;

/**
 * Every object of a bundle rendered to text, in apply order, or its template's error.
 *
 * @param objects each planned object's text (or its template's error)
 * @param header  the comment heading bundle.yaml
 */
public record Rendering(List<RenderedText> objects, String header) {

    /** Whether every template rendered. */
    public boolean complete() {
        return objects.stream().allMatch(o -> o.error() == null);
    }

    /** The rendered bundle; the first template error in apply order is thrown. */
    public GeneratedBundle bundle() {
        List<RenderedObject> rendered = new ArrayList<>(objects.size());
        for (RenderedText text : objects) {
            if (text.error() != null) {
                throw text.error();
            }
            rendered.add(new RenderedObject(text.planned().file(), text.yaml(), text.planned().part()));
        }
        return new GeneratedBundle(List.copyOf(rendered), header);
    }
}
