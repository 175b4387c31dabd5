package org.maestroperf.deploy.validator.rules.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;
import org.maestroperf.deploy.validator.source.SourceDocument;

/** Server rules beyond their documented examples: positions and wording, the size limits, version differences. */
class ServerRulesTest {

    private static List<Finding> run(String version, String yaml) {
        return Verdicts.validator(KubernetesVersion.parse(version), Set.of()).validate(List.of(new SourceDocument("t.yaml", yaml)))
                .stream().filter(f -> f.rule().startsWith("server-")).toList();
    }

    @Test
    void findingsCarryTheFieldPositionAndTheServersWording() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {labels: {app: web}}
                    spec:
                      containers:
                        - {name: app, image: nginx:1.27}
                        - {name: app, image: nginx:1.27}
                """;
        assertThat(run("1.33", yaml)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("server-container-name-duplicate");
            assertThat(f.message()).isEqualTo("Deployment/web: spec.template.spec.containers[1].name: Duplicate value: \"app\"");
            assertThat(f.line()).isEqualTo(11);
            assertThat(f.column()).isEqualTo(12);
            assertThat(f.pointer()).isEqualTo("/spec/template/spec/containers/1/name");
        });
    }

    @Test
    void annotationsOfMoreThan256KiBAreRefused() {
        String over = "x".repeat(MetadataRules.ANNOTATIONS_LIMIT - "example.com/dump".length() + 1);
        String yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations: {example.com/dump: " + over + "}\n";
        assertThat(run("1.33", yaml)).extracting(Finding::message)
                .containsExactly("ConfigMap/c: metadata.annotations: Too long: must have at most 262144 bytes");
        assertThat(run("1.33", yaml.replace(over, over.substring(1)))).isEmpty();
    }

    @Test
    void dataOfMoreThan1MiBIsRefused() {
        String over = "x".repeat(DataRules.DATA_LIMIT + 1);
        assertThat(run("1.33", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {dump: " + over + "}\n"))
                .extracting(Finding::rule).containsExactly("server-data-size");
        // base64 counts decoded: 1 MiB of data is 4/3 as many characters
        String encoded = "eHh4".repeat(DataRules.DATA_LIMIT / 3);
        assertThat(run("1.33", "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {dump: " + encoded + "}\n")).isEmpty();
    }

    @Test
    void environmentVariableNamesAreRelaxedFrom132On() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: a, image: busybox:1.36, env: [{name: 1ST RUN, value: x}]}]
                """;
        assertThat(run("1.30", yaml)).extracting(Finding::rule).containsExactly("server-env-name");
        assertThat(run("1.33", yaml)).isEmpty();
    }

    @Test
    void dnsSearchDomainsAreRelaxedFrom133On() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  dnsConfig: {searches: [_tcp.example.com]}
                  containers: [{name: a, image: busybox:1.36}]
                """;
        assertThat(run("1.30", yaml)).extracting(Finding::rule).containsExactly("server-dns-config");
        assertThat(run("1.33", yaml)).isEmpty();
    }

    @Test
    void aSleepHookOfZeroSecondsIsAllowedFrom133On() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers: [{name: a, image: busybox:1.36, lifecycle: {preStop: {sleep: {seconds: 0}}}}]
                """;
        assertThat(run("1.30", yaml)).extracting(Finding::message)
                .containsExactly("Pod/p: spec.containers[0].lifecycle.preStop.sleep.seconds: Invalid value: 0: must be greater than 0 and less than terminationGracePeriodSeconds (30)");
        assertThat(run("1.33", yaml)).isEmpty();
    }

    @Test
    void sidecarsMayHaveProbes() {
        String yaml = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  initContainers:
                    - {name: proxy, image: busybox:1.36, restartPolicy: Always, readinessProbe: {tcpSocket: {port: 8080}}}
                    - {name: setup, image: busybox:1.36, readinessProbe: {tcpSocket: {port: 8080}}}
                  containers: [{name: a, image: busybox:1.36}]
                """;
        assertThat(run("1.33", yaml)).extracting(Finding::message)
                .containsExactly("Pod/p: spec.initContainers[1].readinessProbe: Invalid value: \"\": must not be set for init containers");
    }

    @Test
    void statefulSetPodSpecsAreLeftToThePodsAsTheServerDoes() {
        String yaml = """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: db}
                spec:
                  serviceName: db
                  selector: {matchLabels: {app: db}}
                  template:
                    metadata: {labels: {app: db}}
                    spec:
                      restartPolicy: Never
                      containers: [{name: db, image: "", ports: [{containerPort: 70000}]}]
                """;
        assertThat(run("1.33", yaml)).extracting(Finding::rule).containsExactly("server-restart-policy");
    }

    @Test
    void cronSchedulesParseAsTheCronLibraryDoes() {
        assertThat(CronSchedule.problem("*/15 9-17 * * MON-FRI")).isNull();
        assertThat(CronSchedule.problem("@every 1h30m")).isNull();
        assertThat(CronSchedule.problem("0 0 31 2 *")).isNull();
        assertThat(CronSchedule.problem("0 0 * * 7")).isEqualTo("end of range (7) above maximum (6): 7");
        assertThat(CronSchedule.problem("*/0 * * * *")).isEqualTo("step of range should be a positive number: */0");
        assertThat(CronSchedule.problem("0 0 * *")).isEqualTo("expected exactly 5 fields, found 4: 0 0 * *");
    }

    @Test
    void quantitiesParseAsKubernetesDoes() {
        assertThat(Quantity.parse("1.5Gi")).isEqualByComparingTo("1610612736");
        assertThat(Quantity.parse("500m")).isEqualByComparingTo("0.5");
        assertThat(Quantity.parse("1e3")).isEqualByComparingTo("1000");
        assertThat(Quantity.parse(".5")).isEqualByComparingTo("0.5");
        assertThat(Quantity.parse("4GB")).isNull();
        assertThat(Quantity.parse("1m5")).isNull();
        assertThat(Quantity.parse("")).isNull();
    }
}
