package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.image.ImageReference;

/** Floating image tags (latest, edge, none) make runs unrepeatable: two runs may test different code. */
final class FloatingTagRule extends Rule {

    FloatingTagRule() {
        super("floating-tag", Severity.WARNING,
                "images are pinned (a version tag or a digest, not latest, edge or no tag)");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().forEach(p -> p.containers().forEach(c -> {
            String image = c.value().get("image").textOr("");
            if (!image.isEmpty() && ImageReference.parse(image).floating()) {
                out.add(finding(p.manifest(), c.pointer() + "/image", "image '" + image
                        + "' uses a floating tag; pin a version so runs are repeatable"));
            }
        }));
        return out;
    }
}
