package org.maestroperf.deploy.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;
import org.maestroperf.deploy.validator.source.SourceDocument;

/** Rule behaviour beyond the documented examples: options, severities, positions, resolution through ConfigMaps. */
class RulesTest {

    private static List<Finding> run(Set<String> skip, Set<String> external, String yaml) {
        ValidationOptions options = new ValidationOptions(KubernetesVersion.DEFAULT, List.of(), true, false, skip, Set.of(),
                external, null);
        return new Validator(options).validate(List.of(new SourceDocument("b.yaml", yaml)));
    }

    private static List<Finding> run(String yaml) {
        return run(Set.of(), Set.of(), yaml);
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void externalDeclarationsSatisfyReferences() {
        String pod = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  restartPolicy: Never
                  imagePullSecrets: [{name: pull}]
                  containers:
                    - name: c
                      image: busybox:1.36
                      envFrom: [{secretRef: {name: creds}}]
                """;
        assertThat(of(run(pod), "references")).extracting(Finding::message)
                .containsExactly("Pod/p: Secret 'creds' is not in the bundle (declare it with --external Secret/creds if it is created elsewhere)");
        assertThat(of(run(Set.of(), Set.of("Secret/creds"), pod), "references")).isEmpty();
    }

    @Test
    void aNumberedTargetPortNotDeclaredIsOnlyAWarning() {
        String yaml = """
                apiVersion: v1
                kind: Service
                metadata: {name: s}
                spec:
                  selector: {app: a}
                  ports: [{port: 80, targetPort: 8080}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: a, labels: {app: a}}
                spec:
                  containers: [{name: a, image: busybox:1.36, ports: [{containerPort: 9090}]}]
                """;
        assertThat(of(run(yaml), "service-target-port")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/spec/ports/0/targetPort");
            assertThat(f.line()).isEqualTo(6);
        });
    }

    @Test
    void findingsInListItemsPointIntoTheList() {
        String yaml = """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: PersistentVolumeClaim
                    metadata: {name: d}
                    spec:
                      accessModes: [ReadWriteOnce]
                      selector: {matchLabels: {a: b}}
                      resources: {requests: {storage: 1Gi}}
                """;
        assertThat(of(run(yaml), "pvc-selector")).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/items/0/spec/selector");
            assertThat(f.line()).isEqualTo(9);
            assertThat(f.column()).isEqualTo(7);
        });
    }

    @Test
    void maestroBrokerAndTestCaseAreReadThroughConfigMaps() {
        String yaml = """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: client}
                spec:
                  template:
                    spec:
                      restartPolicy: Never
                      containers:
                        - name: client
                          image: maestroperf/maestro-client:1.5.5
                          envFrom: [{configMapRef: {name: test-case}}]
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: test-case}
                data:
                  MAESTRO_BROKER: mqtt://broker.maestro.svc:1884
                  TEST_CASE: /opt/maestro/maestro-cli/scripts/singlepoint/FixedRateTest.groovy
                  SEND_RECEIVE_URL: amqp://sut:5672/q
                  MESSAGE_SIZE: "256"
                  TEST_DURATION: 1m
                  RATE: "0"
                  PARALLEL_COUNT: "2"
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: broker, namespace: maestro}
                spec:
                  ports: [{port: 1883}]
                """;
        List<Finding> findings = run(yaml);
        assertThat(of(findings, "maestro-broker")).extracting(Finding::message).containsExactly(
                "Job/client: Service 'broker' does not expose port 1884 that MAESTRO_BROKER 'mqtt://broker.maestro.svc:1884' uses");
        assertThat(of(findings, "maestro-script-variables")).isEmpty();
        assertThat(of(run(yaml.replace(":1884", "")), "maestro-broker")).isEmpty();
    }

    @Test
    void aClientDeploymentNeverCompletes() {
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: client}
                spec:
                  selector: {matchLabels: {app: c}}
                  template:
                    metadata: {labels: {app: c}}
                    spec:
                      containers: [{name: client, image: maestroperf/maestro-client:1.5.5}]
                """;
        assertThat(of(run(yaml), "maestro-client-completes")).extracting(Finding::pointer).containsExactly("/kind");
    }

    @Test
    void skippedRulesAndChecksReportNothingAndUnknownIdsAreRefused() {
        String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: x:latest, bogus: 1}]\n";
        assertThat(run(yaml)).extracting(Finding::rule).contains("schema", "floating-tag");
        assertThat(run(Set.of("schema", "floating-tag"), Set.of(), yaml)).extracting(Finding::rule)
                .doesNotContain("schema", "floating-tag").contains("resources");
        assertThatThrownBy(() -> Rules.selected(Set.of("nope"), Set.of())).isInstanceOf(UserException.class)
                .hasMessageContaining("unknown rule 'nope'");
        assertThat(Rules.selected(Set.of(), Set.of())).extracting(Rule::id).doesNotContain("probes");
        assertThat(Rules.selected(Set.of(), Set.of("probes"))).extracting(Rule::id).contains("probes");
    }
}
