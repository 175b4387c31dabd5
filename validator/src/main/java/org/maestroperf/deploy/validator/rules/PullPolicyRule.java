package org.maestroperf.deploy.validator.rules;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.image.ImageReference;

/** A floating tag with a pull policy other than Always keeps whatever image a node pulled first. */
final class PullPolicyRule extends Rule {

    PullPolicyRule() {
        super("pull-policy", Severity.WARNING,
                "imagePullPolicy suits the tag: Always for floating tags");
    }

    @Override
    public List<Finding> check(ManifestSet manifests) {
        List<Finding> out = new ArrayList<>();
        manifests.pods().forEach(p -> p.containers().forEach(c -> {
            String image = c.value().get("image").textOr("");
            ImageReference reference = ImageReference.parse(image);
            String policy = c.value().get("imagePullPolicy").text();
            String effective = policy != null ? policy : reference.defaultPullPolicy();
            if (reference.floating() && !effective.equals("Always")) {
                out.add(finding(p.manifest(), c.pointer() + (policy == null ? "/image" : "/imagePullPolicy"), "image '" + image
                        + "' has a floating tag but imagePullPolicy " + effective + (policy == null ? " (the default)" : "")
                        + "; nodes keep a stale image"));
            }
        }));
        return out;
    }
}
