package org.maestroperf.deploy.generator.model;

import java.util.List;
import java.util.Map;

/**
 * Everything the client side brings: custom scripts, one run per test case, and the one-off commands.
 *
 * @param workload                what client pods share (image, affinity, security, resources, base env)
 * @param job                     true for batch/v1 Jobs, false for upstream's bare Pods
 * @param ttlSecondsAfterFinished how long finished Jobs are kept, or null
 * @param scripts                 custom script files (file name to content) for the test-scripts ConfigMap, empty for none
 * @param runs                    one per test case, in the order given
 * @param commands                the one-off commands (stop, unassign) by name
 */
public record Client(Workload workload, boolean job, Integer ttlSecondsAfterFinished,
                     Map<String, String> scripts, List<ClientRun> runs, List<String> commands) {

    /** The ConfigMap holding custom scripts, and where client pods mount it. */
    public static final String SCRIPTS_CONFIGMAP = "test-scripts";
    public static final String SCRIPTS_MOUNT = "/test-scripts";
    /** The maestro-cli launcher inside the client image. */
    public static final String CLI = "/opt/maestro/maestro-cli/bin/maestro-cli";

    /**
     * The test run: bash expands TEST_CASE from the env (not Kubernetes' $(VAR) syntax), exec passes on the
     * exit code. Written $VAR, not ${VAR}: an OpenShift Template would read ${VAR} as its own parameter.
     */
    public List<String> runCommand() {
        return List.of("/bin/bash", "-c", "exec " + CLI + " exec -s \"$TEST_CASE\"");
    }

    /** A one-off command sent to every peer over the broker (stop, unassign). */
    public List<String> commandLine(String command) {
        return List.of("/bin/bash", "-c", "exec " + CLI + " maestro -m \"$MAESTRO_BROKER\" -c " + command);
    }
}
