package org.maestroperf.deploy.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.NodeLabeler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy label-nodes}: the upstream guide's {@code kubectl label node ... maestro-node-role=...}. */
@Command(name = "label-nodes", mixinStandardHelpOptions = true,
        description = "Label nodes with maestro-node-role=infra or =worker.")
final class LabelNodesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Option(names = "--infra", split = ",", paramLabel = "NODE", description = "Nodes for broker, reports, inspector.")
    List<String> infra = List.of();
    @Option(names = "--worker", split = ",", paramLabel = "NODE", description = "Nodes for workers and agents.")
    List<String> worker = List.of();
    @Mixin
    ConnectionOptions connection;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (infra.contains("") || worker.contains("")) {
            throw new UserException("label-nodes " + (infra.contains("") ? "--infra" : "--worker") + ": an empty node name");
        }
        Map<String, String> roles = new LinkedHashMap<>();
        infra.forEach(n -> roles.put(n, "infra"));
        for (String node : worker) {
            if (roles.put(node, "worker") != null) {
                throw new UserException("node " + node + " is given both --infra and --worker; a node has one role");
            }
        }
        if (roles.isEmpty()) {
            throw new UserException("label-nodes: name nodes with --infra and/or --worker");
        }
        // nodes are cluster-wide: no namespace is asked for, and none is used
        try (Cluster connected = connection.connect(null, null)) {
            NodeLabeler.label(connected, roles);
            roles.forEach((node, role) -> output.result(spec.commandLine().getOut(), "labelled", "node/" + node
                    + " labelled " + NodeLabeler.ROLE_LABEL + "=" + role, Map.of("node", node, "role", role)));
            return ExitCode.OK;
        }
    }
}
