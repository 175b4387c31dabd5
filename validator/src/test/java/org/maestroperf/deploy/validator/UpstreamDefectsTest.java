package org.maestroperf.deploy.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;

/**
 * Run on the upstream Maestro manifests, the validator reports the upstream defects that are
 * visible in those files (upstream reference, section 10, numbered as there).
 */
class UpstreamDefectsTest {

    private static Report validate(Path dir, String... subdirs) {
        List<String> paths = subdirs.length == 0 ? List.of(dir.toString())
                : java.util.Arrays.stream(subdirs).map(s -> dir.resolve(s).toString()).toList();
        ValidationOptions options = new ValidationOptions(KubernetesVersion.DEFAULT, List.of(), true, false, Set.of(),
                Set.of("probes"), Set.of(), null);
        return new Validator(options).validateInputs(paths, java.io.InputStream.nullInputStream());
    }

    private static List<Finding> find(Report r, String fileSuffix, String rule) {
        return r.findings().stream().filter(f -> f.file().endsWith(fileSuffix) && f.rule().equals(rule)).toList();
    }

    @Test
    void currentManifests() {
        Path upstream = SharedReference.require("reference/maestro-upstream");
        Report r = validate(upstream, "agent", "broker", "client", "inspector", "reports", "worker");
        // 1. client.yaml maps testComment to TEST_COMMENT, the scripts read TEST_COMMENTS
        assertThat(find(r, "client/client.yaml", "maestro-unused-variable")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("TEST_COMMENT is not read by FixedRateTest; did you mean TEST_COMMENTS?"));
        // 3. FixedRateTest's RATE and PARALLEL_COUNT come only from the client image's defaults
        assertThat(find(r, "client/client.yaml", "maestro-script-variables")).extracting(Finding::severity, Finding::message)
                .anySatisfy(t -> assertThat(t.toList()).containsExactly(Severity.WARNING,
                        "Pod/maestro-client: FixedRateTest requires RATE, which only the client image's default (RATE=0) provides"))
                .anySatisfy(t -> assertThat(t.toList().get(1).toString()).contains("PARALLEL_COUNT=2"));
        // 4. SEND_URL / RECEIVE_URL are mapped although only multipoint scripts read them
        assertThat(find(r, "client/client.yaml", "maestro-unused-variable")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("SEND_URL is not read"))
                .anySatisfy(m -> assertThat(m).contains("RECEIVE_URL is not read"));
        // 5. the client pods use the old affinity key nodetype
        for (String pod : List.of("client/client.yaml", "client/stop.yaml", "client/unassign.yaml")) {
            assertThat(find(r, pod, "maestro-affinity")).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("'nodetype' differs from the key 'maestro-node-role'"));
        }
        // 6. the reports PVC has a selector
        assertThat(find(r, "reports/reports-data-pvc.yaml", "pvc-selector")).hasSize(1);
        // 8. floating :edge tags on the infrastructure images
        for (String file : List.of("agent/agent-deployment.yaml", "broker/activemq-deployment.yaml",
                "inspector/inspector-deployment.yaml", "reports/reports-deployment.yaml", "worker/worker-deployment.yaml")) {
            assertThat(find(r, file, "floating-tag")).as(file).isNotEmpty();
        }
        // 11. the test-scripts ConfigMap is created by a command from a source checkout, not shipped
        assertThat(find(r, "client/client.yaml", "references")).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("ConfigMap 'test-scripts' is not in the bundle"));
        // 12-14. no resources, no readiness probes, no securityContext anywhere
        assertThat(find(r, "worker/worker-deployment.yaml", "resources")).isNotEmpty();
        assertThat(find(r, "broker/mosquitto-deployment.yaml", "probes")).isNotEmpty();
        assertThat(find(r, "broker/activemq-deployment.yaml", "probes")).extracting(Finding::message)
                .singleElement().satisfies(m -> assertThat(m).contains("no readinessProbe").doesNotContain("livenessProbe"));
        assertThat(find(r, "agent/agent-deployment.yaml", "security-context")).isNotEmpty();
        // 17. both broker variants are Deployment maestro-broker
        assertThat(find(r, "broker/mosquitto-deployment.yaml", "duplicate-object")).hasSize(1);
        // 18. the test, stop and unassign pods share the name maestro-client
        assertThat(find(r, "client/stop.yaml", "duplicate-object")).hasSize(1);
        assertThat(find(r, "client/unassign.yaml", "duplicate-object")).hasSize(1);
        // and nothing schema-invalid in the current files, and MAESTRO_BROKER=mqtt://broker resolves
        assertThat(r.findings()).extracting(Finding::rule).doesNotContain("schema", "schema-missing", "maestro-broker");
    }

    @Test
    void historicManifests() {
        Path history = SharedReference.require("reference/maestro-upstream/history");
        Report preRework = validate(history.resolve("2018-12-03_6be7849d-parent_pre-1.5-rework"));
        // 7. strategy: Recreate placed under the pod template instead of Deployment.spec
        assertThat(find(preRework, "reports/reports-deployment.yaml", "schema")).extracting(Finding::pointer)
                .contains("/spec/template/spec/strategy");
        // 10. the invalid inmemory: {} volume of the idle sidecar
        assertThat(find(preRework, "client/client.yaml", "schema")).extracting(Finding::message)
                .contains("/spec/volumes/2/inmemory: unknown field 'inmemory'");
        // the idle sidecar kept the client pod from completing
        Report sidecar = validate(history.resolve("2018-12-07_5ae8fbc2-parent_client-with-idle-sidecar"));
        assertThat(find(sidecar, "client/client.yaml", "maestro-client-completes")).extracting(Finding::message)
                .containsExactly("Pod/maestro-client: container 'idle' runs beside the client and keeps the pod running after the test; "
                        + "drop it or make it a native sidecar");
    }
}
