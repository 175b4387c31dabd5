package org.maestroperf.deploy.runner.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Node;

import org.maestroperf.deploy.diag.UserException;

/** {@code label-nodes}: puts the Maestro role label on nodes, as the upstream guide's {@code kubectl label node}. */
public final class NodeLabeler {

    /** The label every Maestro Deployment's node affinity uses. */
    public static final String ROLE_LABEL = "maestro-node-role";

    private NodeLabeler() {
    }

    /** Labels each node in {@code roles} (node name to role); all nodes must exist before any is changed. */
    public static void label(Cluster cluster, Map<String, String> roles) {
        List<String> missing = new ArrayList<>();
        roles.keySet().forEach(node -> {
            if (cluster.client().nodes().withName(node).get() == null) {
                missing.add("no node named " + node + " (kubectl get nodes lists them)");
            }
        });
        if (!missing.isEmpty()) {
            throw new UserException(missing);
        }
        roles.forEach((node, role) -> cluster.client().nodes().withName(node).edit(n -> withRole(n, role)));
    }

    private static Node withRole(Node node, String role) {
        node.getMetadata().getLabels().put(ROLE_LABEL, role);
        return node;
    }
}
