package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.runner.apply.Inventory;
import org.maestroperf.deploy.runner.apply.ObjectRef;

import static org.maestroperf.deploy.runner.preflight.Forbidden.skipIfForbidden;

/**
 * No other bundle (another --bundle-name) already owns an object of this one in the namespace. The
 * objects of every bundle have the same names (maestro-broker, ...): applying a second bundle there
 * would take the first one's objects over, and tearing either down would delete both.
 */
final class BundleOwnershipCheck implements PreflightCheck {

    private static final int NAMED = 3;

    @Override
    public List<PreflightProblem> check(PreflightContext context) {
        String namespace = context.cluster().namespace();
        String bundle = context.bundle().name();
        List<ObjectRef> ours = new ArrayList<>();
        for (HasMetadata object : context.allObjects()) {
            ours.add(ObjectRef.of(object));
        }
        return skipIfForbidden(() -> {
            List<PreflightProblem> problems = new ArrayList<>();
            for (Map.Entry<String, List<ObjectRef>> other : Inventory.others(context.cluster(), bundle).entrySet()) {
                List<String> taken = other.getValue().stream().filter(ours::contains)
                        .map(ref -> ref.kind() + " " + ref.name()).toList();
                if (!taken.isEmpty()) {
                    problems.add(new PreflightProblem("bundles", "bundle " + other.getKey() + " already owns "
                            + taken.size() + " of this bundle's objects in namespace " + namespace + " ("
                            + String.join(", ", taken.subList(0, Math.min(NAMED, taken.size())))
                            + (taken.size() > NAMED ? ", ..." : "") + "); bundles with different --bundle-name cannot"
                            + " share a namespace, their objects have the same names",
                            "deploy into another namespace (-n), or use --bundle-name " + other.getKey()
                                    + " to update that deployment, or remove it first (maestro-deploy teardown"
                                    + " --bundle-name " + other.getKey() + " -n " + namespace + ")"));
                }
            }
            return problems;
        });
    }
}
