package org.maestroperf.deploy.generator.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.contract.BundleContract;
import org.maestroperf.deploy.contract.RenderedObject.Part;
import org.maestroperf.deploy.generator.model.MaestroModel;
import org.maestroperf.deploy.generator.model.ClientRun;
import org.maestroperf.deploy.generator.model.Workload;

/**
 * Decides which objects a bundle holds and in which order they are applied: Namespace, ConfigMaps,
 * PVC, Services, Deployments, Ingress/Route; then the test cases and the one-off commands, beside the bundle.
 */
public final class BundlePlan {

    private BundlePlan() {
    }

    /** The objects of this bundle, in apply order. */
    public static List<PlannedObject> of(MaestroModel b) {
        List<PlannedObject> plan = new ArrayList<>();
        Workload broker = b.broker().workload();
        Workload reports = b.reports().workload();
        Workload client = b.client().workload();

        if (b.createNamespace()) {
            plan.add(object("namespace.yaml", "namespace.yaml", Map.of()));
        }
        // configuration before the pods that mount it
        if (b.broker().mosquitto()) {
            plan.add(object("broker/mosquitto-config.yaml", "broker/broker-config.yaml", Map.of("w", broker)));
        }
        if (!b.client().scripts().isEmpty()) {
            plan.add(object("client/test-scripts.yaml", "client/test-scripts.yaml", Map.of("w", client)));
        }
        plan.add(object("reports/pvc.yaml", "reports/reports-data-pvc.yaml", Map.of("w", reports)));

        plan.add(object("broker/service.yaml", "broker/cluster-service.yaml", Map.of("w", broker)));
        if (b.broker().externalNodePort() != null) {
            plan.add(object("broker/external-service.yaml", "broker/external-service.yaml", Map.of("w", broker)));
        }
        plan.add(object("reports/service.yaml", "reports/reports-service.yaml", Map.of("w", reports)));
        if (b.reports().nodePort() != null) {
            plan.add(object("reports/external-service.yaml", "reports/reports-external-service.yaml", Map.of("w", reports)));
        }
        if (b.exporter() != null) {
            plan.add(object("exporter/service.yaml", "exporter/exporter-service.yaml", Map.of("w", b.exporter().workload())));
        }

        String brokerTemplate = b.broker().mosquitto() ? "broker/mosquitto-deployment.yaml" : "broker/activemq-deployment.yaml";
        plan.add(object(brokerTemplate, "broker/broker-deployment.yaml", Map.of("w", broker)));
        plan.add(object("reports/deployment.yaml", "reports/reports-deployment.yaml", Map.of("w", reports)));
        plan.add(object("worker/deployment.yaml", "worker/worker-deployment.yaml", Map.of("w", b.worker())));
        if (b.inspector() != null) {
            plan.add(object("inspector/deployment.yaml", "inspector/inspector-deployment.yaml", Map.of("w", b.inspector())));
        }
        if (b.agent() != null) {
            plan.add(object("agent/deployment.yaml", "agent/agent-deployment.yaml", Map.of("w", b.agent())));
        }
        if (b.exporter() != null) {
            plan.add(object("exporter/deployment.yaml", "exporter/exporter-deployment.yaml", Map.of("w", b.exporter().workload())));
        }

        if (b.reports().ingress()) {
            plan.add(object("reports/ingress.yaml", "reports/reports-ingress.yaml", Map.of("w", reports)));
        }
        if (b.reports().route()) {
            plan.add(object("reports/route.yaml", "reports/reports-route.yaml", Map.of("w", reports)));
        }

        String clientTemplate = b.client().job() ? "client/job.yaml" : "client/pod.yaml";
        for (ClientRun run : b.client().runs()) {
            // one file per test case beside the bundle, its ConfigMap then the Job that runs it: applying
            // or deleting that file runs or removes the test case, once the bundle is up (and a campaign
            // has half as many files to create)
            String file = BundleContract.testCaseFile(run.testCase().name());
            Map<String, Object> vars = Map.of("w", run.workload(), "run", run);
            plan.add(new PlannedObject("client/testcase.yaml.vm", file, vars, Part.TEST_CASE));
            plan.add(new PlannedObject(clientTemplate + ".vm", file, vars, Part.TEST_CASE));
        }

        for (String command : b.client().commands()) {
            Map<String, String> labels = new LinkedHashMap<>(client.labels());
            labels.put("maestro-deploy/command", command);
            plan.add(new PlannedObject("commands/command-job.yaml.vm", "commands/" + command + ".yaml",
                    Map.of("w", client.with(labels, client.env()), "command", command), Part.COMMAND));
        }
        return List.copyOf(plan);
    }

    private static PlannedObject object(String template, String file, Map<String, Object> variables) {
        return new PlannedObject(template + ".vm", file, variables, Part.INFRASTRUCTURE);
    }
}
