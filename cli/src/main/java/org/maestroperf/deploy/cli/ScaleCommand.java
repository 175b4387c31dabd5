package org.maestroperf.deploy.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.cluster.WorkerScaler;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy scale workers N}. */
@Command(name = "scale", mixinStandardHelpOptions = true, description = "Set the number of workers: scale workers N.")
final class ScaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "WHAT", description = "Only 'workers'.")
    String what;
    @Parameters(index = "1", paramLabel = "N", description = "Number of worker replicas (0-2147483647).")
    String count;
    @Mixin
    ClusterOptions cluster;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (!what.equals("workers")) {
            throw new UserException("scale: only 'workers' can be scaled (scale workers N), not '" + what + "'");
        }
        int replicas = replicas();
        try (Cluster connected = cluster.connect(null)) {
            WorkerScaler.scale(connected, replicas);
            output.result(spec.commandLine().getOut(), "done", "deployment/" + WorkerScaler.WORKER_DEPLOYMENT
                    + " scaled to " + replicas + " in namespace " + connected.namespace(),
                    Map.of("deployment", WorkerScaler.WORKER_DEPLOYMENT, "replicas", replicas,
                            "namespace", connected.namespace()));
            return ExitCode.OK;
        }
    }

    /** A Deployment's replicas are an int32 that is never negative. */
    private int replicas() {
        try {
            int replicas = Integer.parseInt(count);
            if (replicas >= 0) {
                return replicas;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UserException("scale workers: N must be a whole number from 0 to 2147483647, not '" + count + "'");
    }
}
