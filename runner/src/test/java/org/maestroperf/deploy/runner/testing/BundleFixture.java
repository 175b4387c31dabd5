package org.maestroperf.deploy.runner.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;

import org.maestroperf.deploy.runner.bundle.Bundle;

/** A bundle shaped like the generator's kubernetes output, built in code so tests control every field. */
public final class BundleFixture {

    public static final String NAMESPACE = "maestro";

    private final List<String> deployments = new ArrayList<>(List.of("maestro-broker", "maestro-reports",
            "maestro-worker", "maestro-inspector", "maestro-agent"));
    private final Map<String, Integer> testCases = new LinkedHashMap<>();
    private String requiredRole;
    private boolean route;

    public static BundleFixture kubernetes() {
        return new BundleFixture();
    }

    /** Adds a test case whose Job allows {@code retries} reruns. */
    public BundleFixture testCase(String name, int retries) {
        testCases.put(name, retries);
        return this;
    }

    public BundleFixture withExporter() {
        deployments.add("maestro-exporter");
        return this;
    }

    /** Makes the worker's node affinity required (instead of preferred) on this role. */
    public BundleFixture requiredWorkerRole(String role) {
        requiredRole = role;
        return this;
    }

    /** Exposes reports with an OpenShift Route instead of an Ingress. */
    public BundleFixture withRoute() {
        route = true;
        return this;
    }

    public Bundle build() {
        return Bundle.of("maestro", objects(), Map.of("stop", commandJob("maestro-stop")));
    }

    public List<HasMetadata> objects() {
        List<HasMetadata> objects = new ArrayList<>();
        if (!route) {
            objects.add(new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).withLabels(labels("namespace"))
                    .endMetadata().build());
        }
        objects.add(configMap("broker-config", "broker", Map.of("mosquitto.conf", "listener 1883\n")));
        objects.add(new PersistentVolumeClaimBuilder().withNewMetadata().withName("reports-data").withNamespace(NAMESPACE)
                .withLabels(labels("reports")).endMetadata().withNewSpec().withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("1Gi")).endResources().endSpec().build());
        objects.add(service("broker", "broker", null));
        objects.add(service("reports-external", "reports", 30002));
        for (String name : deployments) {
            objects.add(deployment(name));
        }
        if (route) {
            objects.add(new io.fabric8.openshift.api.model.RouteBuilder().withNewMetadata().withName("reports")
                    .withNamespace(NAMESPACE).withLabels(labels("reports")).endMetadata().withNewSpec().withNewTo()
                    .withKind("Service").withName("reports").endTo().endSpec().build());
        } else {
            objects.add(new IngressBuilder().withNewMetadata().withName("reports").withNamespace(NAMESPACE)
                    .withLabels(labels("reports")).endMetadata().withNewSpec().addNewRule().withHost("reports.local")
                    .endRule().endSpec().build());
        }
        testCases.forEach((name, retries) -> {
            Map<String, String> tcLabels = new LinkedHashMap<>(labels("client"));
            tcLabels.put(Bundle.TESTCASE_LABEL, name);
            ConfigMap cm = configMap("testcase-" + name, "client", Map.of("testCase", "/test-scripts/FixedRateTest.groovy"));
            cm.getMetadata().setLabels(tcLabels);
            objects.add(cm);
            Job job = commandJob("maestro-client-" + name);
            job.getMetadata().setLabels(tcLabels);
            job.getSpec().setBackoffLimit(retries);
            objects.add(job);
        });
        return objects;
    }

    private Deployment deployment(String name) {
        String component = name.substring("maestro-".length());
        DeploymentBuilder builder = new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE)
                .withLabels(labels(component)).endMetadata().withNewSpec().withReplicas(1).withNewSelector()
                .withMatchLabels(Map.of("app", "maestro", "component", component)).endSelector().withNewTemplate()
                .withNewMetadata().withLabels(Map.of("app", "maestro", "component", component)).endMetadata()
                .withNewSpec().addNewContainer().withName(component).withImage("maestroperf/maestro-" + component + ":1.5.5")
                .endContainer().endSpec().endTemplate().endSpec();
        Deployment deployment = builder.build();
        if (requiredRole != null && name.equals("maestro-worker")) {
            deployment.getSpec().getTemplate().getSpec().setAffinity(new io.fabric8.kubernetes.api.model.AffinityBuilder()
                    .withNewNodeAffinity().withNewRequiredDuringSchedulingIgnoredDuringExecution().addNewNodeSelectorTerm()
                    .addNewMatchExpression().withKey("maestro-node-role").withOperator("In").withValues(requiredRole)
                    .endMatchExpression().endNodeSelectorTerm().endRequiredDuringSchedulingIgnoredDuringExecution()
                    .endNodeAffinity().build());
        }
        return deployment;
    }

    private static Job commandJob(String name) {
        return new JobBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE).withLabels(labels("client"))
                .endMetadata().withNewSpec().withBackoffLimit(0).withNewTemplate().withNewSpec().withRestartPolicy("Never")
                .addNewContainer().withName("client").withImage("maestroperf/maestro-client:1.5.5").endContainer()
                .endSpec().endTemplate().endSpec().build();
    }

    private static ConfigMap configMap(String name, String component, Map<String, String> data) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE)
                .withLabels(labels(component)).endMetadata().withData(data).build();
    }

    private static HasMetadata service(String name, String component, Integer nodePort) {
        return new ServiceBuilder().withNewMetadata().withName(name).withNamespace(NAMESPACE)
                .withLabels(labels(component)).endMetadata().withNewSpec()
                .withType(nodePort == null ? "ClusterIP" : "NodePort")
                .withSelector(Map.of("app", "maestro", "component", component)).addNewPort().withPort(1883)
                .withNodePort(nodePort).endPort().endSpec().build();
    }

    static Map<String, String> labels(String component) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app", "maestro");
        labels.put("component", component);
        labels.put("app.kubernetes.io/name", "maestro");
        labels.put("app.kubernetes.io/component", component);
        labels.put("app.kubernetes.io/part-of", "maestro");
        labels.put("app.kubernetes.io/managed-by", "maestro-deploy");
        return labels;
    }
}
