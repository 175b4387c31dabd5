package org.maestroperf.deploy.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maestroperf.deploy.generator.Bundles.find;
import static org.maestroperf.deploy.generator.Bundles.has;
import static org.maestroperf.deploy.generator.Bundles.podLabels;
import static org.maestroperf.deploy.generator.Bundles.podSpec;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.openshift.api.model.Route;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.contract.RenderedObject;

/** The facts every built-in combination's bundle must hold, read from the parsed objects. */
class BundleFactsTest {

    static List<String> combinations() {
        return Bundles.COMBINATIONS;
    }

    private static List<HasMetadata> objects(GeneratedBundle bundle) {
        return bundle.deployed().stream().map(Bundles::object).toList();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void holdsEveryMaestroObjectUnderItsName(String combination) {
        GeneratedBundle bundle = Bundles.generate(combination);
        boolean openshift = !combination.startsWith("kubernetes");
        Set<String> expected = new java.util.TreeSet<>(Set.of(
                "Service/broker", "Service/broker-external", "Deployment/maestro-broker",
                "PersistentVolumeClaim/reports-data", "Deployment/maestro-reports", "Service/reports",
                "Service/reports-external", "Deployment/maestro-worker", "Deployment/maestro-inspector",
                "Deployment/maestro-agent", "ConfigMap/testcase-fixed-rate-1", "Job/maestro-client-fixed-rate-1"));
        if (combination.endsWith("mosquitto")) {
            expected.add("ConfigMap/broker-config");
        }
        if (openshift) {
            expected.add("Route/reports");
        } else {
            expected.add("Namespace/maestro");
        }
        Set<String> actual = bundle.deployed().stream().map(o -> Bundles.kind(o) + "/" + Bundles.name(o))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(actual).isEqualTo(expected);
        assertThat(bundle.objects().stream().filter(o -> o.part() == RenderedObject.Part.COMMAND)
                .map(o -> Bundles.kind(o) + "/" + Bundles.name(o))).containsExactly("Job/maestro-stop", "Job/maestro-unassign");
        // the test case lies beside the bundle: applying bundle.yaml or the kustomization starts no Job
        assertThat(bundle.objects().stream().filter(o -> o.part() == RenderedObject.Part.TEST_CASE)
                .map(o -> Bundles.kind(o) + "/" + Bundles.name(o) + " in " + o.file())).containsExactly(
                "ConfigMap/testcase-fixed-rate-1 in client/testcase-fixed-rate-1.yaml",
                "Job/maestro-client-fixed-rate-1 in client/testcase-fixed-rate-1.yaml");
        assertThat(bundle.bundled()).noneMatch(o -> Bundles.kind(o).equals("Job"));
        assertThat(bundle.files().get("kustomization.yaml")).doesNotContain("client/testcase-");
        assertThat(bundle.objects()).allSatisfy(o -> {
            if (!Bundles.kind(o).equals("Namespace")) {
                assertThat(Bundles.object(o).getMetadata().getNamespace()).isEqualTo("maestro");
            }
            assertThat(Bundles.object(o).getMetadata().getLabels()).containsEntry("app", "maestro")
                    .containsEntry("app.kubernetes.io/part-of", "maestro")
                    .containsEntry("app.kubernetes.io/managed-by", "maestro-deploy");
        });
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void selectorsMatchTheirPodsAndEveryServiceSelectsOneWorkloadOnAnExistingPort(String combination) {
        List<HasMetadata> objects = objects(Bundles.generate(combination));
        for (HasMetadata o : objects) {
            if (o instanceof Deployment d) {
                assertThat(podLabels(d)).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
                assertThat(d.getMetadata().getLabels()).containsAllEntriesOf(d.getSpec().getSelector().getMatchLabels());
            }
        }
        for (HasMetadata o : objects) {
            if (!(o instanceof Service service)) {
                continue;
            }
            List<HasMetadata> selected = objects.stream().filter(Bundles::isWorkload)
                    .filter(w -> podLabels(w).entrySet().containsAll(service.getSpec().getSelector().entrySet()))
                    .toList();
            assertThat(selected).as("workloads selected by Service %s", service.getMetadata().getName()).hasSize(1);
            Set<String> portNames = podSpec(selected.get(0)).getContainers().stream()
                    .flatMap(c -> c.getPorts().stream()).map(ContainerPort::getName).collect(Collectors.toSet());
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(portNames).as("target port of %s", service.getMetadata().getName())
                        .contains(port.getTargetPort().getStrVal());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void everyWorkloadHasTheAffinityOfItsRole(String combination) {
        GeneratedBundle bundle = Bundles.generate(combination);
        Map<String, String> roles = Map.of("maestro-broker", "infra", "maestro-reports", "infra",
                "maestro-inspector", "infra", "maestro-client-fixed-rate-1", "infra", "maestro-stop", "infra",
                "maestro-unassign", "infra", "maestro-worker", "worker", "maestro-agent", "worker");
        List<HasMetadata> workloads = bundle.objects().stream().map(Bundles::object).filter(Bundles::isWorkload).toList();
        assertThat(workloads.stream().map(w -> w.getMetadata().getName())).containsExactlyInAnyOrderElementsOf(roles.keySet());
        for (HasMetadata w : workloads) {
            var preferred = podSpec(w).getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution();
            assertThat(preferred).hasSize(1);
            NodeSelectorRequirement requirement = preferred.get(0).getPreference().getMatchExpressions().get(0);
            assertThat(requirement.getKey()).isEqualTo("maestro-node-role");
            assertThat(requirement.getOperator()).isEqualTo("In");
            assertThat(requirement.getValues()).as(w.getMetadata().getName()).containsExactly(roles.get(w.getMetadata().getName()));
        }
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void nodePortsAndExposureFollowThePlatform(String combination) {
        GeneratedBundle bundle = Bundles.generate(combination);
        assertThat(find(bundle, Service.class, "broker-external").getSpec().getPorts().get(0).getNodePort()).isEqualTo(31883);
        assertThat(find(bundle, Service.class, "reports-external").getSpec().getPorts().get(0).getNodePort()).isEqualTo(30002);
        assertThat(find(bundle, Service.class, "broker").getSpec().getType()).isEqualTo("ClusterIP");
        if (combination.startsWith("kubernetes")) {
            assertThat(has(bundle, "Route", "reports")).isFalse();
            assertThat(has(bundle, "Ingress", "reports")).as("no Ingress without reports.host").isFalse();
        } else {
            Route route = find(bundle, Route.class, "reports");
            assertThat(route.getApiVersion()).isEqualTo("route.openshift.io/v1");
            assertThat(route.getSpec().getTo().getName()).isEqualTo("reports");
            assertThat(route.getSpec().getPort().getTargetPort().getStrVal()).isEqualTo("http");
            assertThat(route.getSpec().getTls() != null).isEqualTo(combination.startsWith("openshift"));
            assertThat(has(bundle, "Ingress", "reports")).isFalse();
        }
    }

    @Test
    void aReportsHostGivesAnIngressOnKubernetesAndARouteHostOnOpenShift() {
        GeneratedBundle k8s = Bundles.generate("kubernetes-mosquitto", "reports.host=maestro.example.com",
                "reports.ingressClassName=nginx");
        Ingress ingress = find(k8s, Ingress.class, "reports");
        assertThat(ingress.getApiVersion()).isEqualTo("networking.k8s.io/v1");
        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules().get(0).getHost()).isEqualTo("maestro.example.com");
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName())
                .isEqualTo("reports");

        GeneratedBundle ocp = Bundles.generate("openshift-mosquitto", "reports.host=maestro.apps.example.com");
        assertThat(find(ocp, Route.class, "reports").getSpec().getHost()).isEqualTo("maestro.apps.example.com");
    }

    /** {@code ""} is Kubernetes' explicit "no class" (only pre-created volumes bind); null is the cluster default. */
    @Test
    void anEmptyStorageClassIsKeptAndNullLeavesTheFieldOut() {
        GeneratedBundle none = Bundles.generate("kubernetes-mosquitto", "reports.storage.className=");
        assertThat(find(none, PersistentVolumeClaim.class, "reports-data").getSpec().getStorageClassName()).isEmpty();
        assertThat(none.bundleYaml()).contains("  storageClassName: \"\"\n");
        GeneratedBundle fast = Bundles.generate("kubernetes-mosquitto", "reports.storage.className=fast");
        assertThat(find(fast, PersistentVolumeClaim.class, "reports-data").getSpec().getStorageClassName()).isEqualTo("fast");
        GeneratedBundle byDefault = Bundles.generate("kubernetes-mosquitto");
        assertThat(find(byDefault, PersistentVolumeClaim.class, "reports-data").getSpec().getStorageClassName()).isNull();
        assertThat(byDefault.bundleYaml()).doesNotContain("storageClassName");
    }

    @Test
    void nullNodePortsDropTheExternalServices() {
        GeneratedBundle bundle = Bundles.generate("kubernetes-mosquitto", "broker.externalNodePort=null", "reports.nodePort=null");
        assertThat(has(bundle, "Service", "broker-external")).isFalse();
        assertThat(has(bundle, "Service", "reports-external")).isFalse();
        assertThat(has(bundle, "Service", "broker")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void everyContainerIsPinnedBoundedProbedAndUnprivileged(String combination) {
        GeneratedBundle bundle = Bundles.generate(combination);
        boolean openshift = !combination.startsWith("kubernetes");
        for (HasMetadata w : bundle.objects().stream().map(Bundles::object).filter(Bundles::isWorkload).toList()) {
            PodSpec pod = podSpec(w);
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
            // OpenShift's restricted SCC assigns the UID; a fixed one would be refused there
            assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(openshift ? null : 1000L);
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
            for (Container c : pod.getContainers()) {
                assertThat(c.getImage()).matches(".+:[0-9][0-9.]*");
                assertThat(c.getImagePullPolicy()).isEqualTo("IfNotPresent");
                assertThat(c.getResources().getLimits()).containsKeys("cpu", "memory");
                assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
                assertThat(c.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
                assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
                boolean hasPort = c.getPorts() != null && !c.getPorts().isEmpty();
                assertThat(c.getReadinessProbe() != null).as("readiness probe of %s", c.getName()).isEqualTo(hasPort);
                assertThat(c.getLivenessProbe() != null).as("liveness probe of %s", c.getName()).isEqualTo(hasPort);
            }
        }
        Deployment reports = find(bundle, Deployment.class, "maestro-reports");
        assertThat(reports.getSpec().getStrategy().getType()).isEqualTo("Recreate");
        PersistentVolumeClaim pvc = find(bundle, PersistentVolumeClaim.class, "reports-data");
        assertThat(pvc.getSpec().getSelector()).isNull();
        assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("30Gi");
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void theClientJobRunsTheTestCaseToCompletion(String combination) {
        GeneratedBundle bundle = Bundles.generate(combination);
        Job job = find(bundle, Job.class, "maestro-client-fixed-rate-1");
        assertThat(job.getSpec().getBackoffLimit()).isEqualTo(1);
        // a hung client stops: two attempts of its 30 s plus the margin of 10 minutes each
        assertThat(job.getSpec().getActiveDeadlineSeconds()).isEqualTo(2 * (30 + 600));
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        assertThat(pod.getContainers()).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("client");
            assertThat(c.getEnv().stream().map(EnvVar::getName)).containsExactly("MAESTRO_BROKER", "TEST_CASE",
                    "TEST_NAME", "TEST_DESCRIPTION", "SEND_RECEIVE_URL", "MESSAGE_SIZE", "TEST_DURATION", "RATE",
                    "PARALLEL_COUNT");
            assertThat(c.getEnv().get(0).getValue()).isEqualTo("mqtt://broker:1883");
            assertThat(c.getEnv().subList(1, c.getEnv().size())).allSatisfy(e -> {
                assertThat(e.getValueFrom().getConfigMapKeyRef().getName()).isEqualTo("testcase-fixed-rate-1");
                assertThat(e.getValueFrom().getConfigMapKeyRef().getOptional()).isNull();
            });
        });
        var data = find(bundle, io.fabric8.kubernetes.api.model.ConfigMap.class, "testcase-fixed-rate-1").getData();
        assertThat(data).containsEntry("testCase", "/opt/maestro/maestro-cli/scripts/singlepoint/FixedRateTest.groovy")
                .containsEntry("messageSize", "256").containsEntry("testDuration", "0d0h0m30s").containsEntry("rate", "0");
    }

    @Test
    void brokerKindChoosesTheDeploymentAndItsConfiguration() {
        Deployment mosquitto = find(Bundles.generate("kubernetes-mosquitto"), Deployment.class, "maestro-broker");
        assertThat(mosquitto.getSpec().getTemplate().getSpec().getContainers().get(0).getImage()).startsWith("eclipse-mosquitto:");
        assertThat(mosquitto.getSpec().getTemplate().getSpec().getVolumes().stream().map(v -> v.getName()))
                .containsExactly("config", "data", "log");
        Deployment activemq = find(Bundles.generate("kubernetes-activemq"), Deployment.class, "maestro-broker");
        Container broker = activemq.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(broker.getImage()).startsWith("maestroperf/maestro-broker:");
        assertThat(broker.getPorts().stream().map(ContainerPort::getContainerPort)).containsExactly(1883, 8161);
        assertThat(broker.getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("console");
    }

    @Test
    void affinityModeAndRolesAreProfileChoices() {
        GeneratedBundle required = Bundles.generate("kubernetes-mosquitto", "nodeAffinity.mode=required",
                "nodeAffinity.key=lab/role", "worker.role=loadgen");
        var terms = podSpec(find(required, Deployment.class, "maestro-worker")).getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms();
        assertThat(terms).singleElement().satisfies(t -> {
            assertThat(t.getMatchExpressions().get(0).getKey()).isEqualTo("lab/role");
            assertThat(t.getMatchExpressions().get(0).getValues()).containsExactly("loadgen");
        });
        GeneratedBundle none = Bundles.generate("kubernetes-mosquitto", "nodeAffinity.mode=none");
        assertThat(none.objects().stream().map(Bundles::object).filter(Bundles::isWorkload))
                .allSatisfy(w -> assertThat(podSpec(w).getAffinity()).isNull());
        GeneratedBundle noRole = Bundles.generate("kubernetes-mosquitto", "agent.role=null");
        assertThat(podSpec(find(noRole, Deployment.class, "maestro-agent")).getAffinity()).isNull();
        assertThat(podSpec(find(noRole, Deployment.class, "maestro-worker")).getAffinity()).isNotNull();
    }

    @Test
    void optionalComponentsComeAndGo() {
        GeneratedBundle bundle = Bundles.generate("okd-activemq", "exporter.enabled=true", "inspector.enabled=false",
                "agent.enabled=false", "worker.replicas=5");
        assertThat(has(bundle, "Deployment", "maestro-inspector")).isFalse();
        assertThat(has(bundle, "Deployment", "maestro-agent")).isFalse();
        assertThat(find(bundle, Deployment.class, "maestro-worker").getSpec().getReplicas()).isEqualTo(5);
        Deployment exporter = find(bundle, Deployment.class, "maestro-exporter");
        Container container = exporter.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(container.getPorts()).singleElement().satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(9120));
        assertThat(container.getEnv().stream().map(EnvVar::getName)).contains("MAESTRO_BROKER", "MAESTRO_EXPORTER_PORT");
        assertThat(exporter.getSpec().getTemplate().getMetadata().getAnnotations()).containsEntry("prometheus.io/port", "9120");
        assertThat(find(bundle, Service.class, "exporter").getSpec().getPorts().get(0).getPort()).isEqualTo(9120);
    }

    @Test
    void storageClassAndProfileEnvReachTheirObjects() {
        GeneratedBundle bundle = Bundles.generate("kubernetes-activemq", "reports.storage.className=fast-ssd",
                "reports.storage.size=100Gi", "worker.env[JAVA_OPTS].value=-Xmx1g");
        PersistentVolumeClaim pvc = find(bundle, PersistentVolumeClaim.class, "reports-data");
        assertThat(pvc.getSpec().getStorageClassName()).isEqualTo("fast-ssd");
        assertThat(pvc.getSpec().getResources().getRequests().get("storage").toString()).isEqualTo("100Gi");
        List<EnvVar> env = podSpec(find(bundle, Deployment.class, "maestro-worker")).getContainers().get(0).getEnv();
        assertThat(env.stream().map(e -> e.getName() + "=" + e.getValue()))
                .containsExactly("MAESTRO_BROKER=mqtt://broker:1883", "JAVA_OPTS=-Xmx1g");
    }
}
