package org.maestroperf.deploy.openshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diag.UserException;

/** Processing hand-written Templates: oc's substitution and typing rules, and the user errors. */
class TemplateProcessorTest {

    private static final String TEMPLATE = """
            apiVersion: template.openshift.io/v1
            kind: Template
            metadata: {name: demo}
            message: "Scaled to ${REPLICAS}; password ${PASSWORD}"
            labels: {template: demo, owner: "${OWNER}"}
            parameters:
              - {name: REPLICAS, value: "3", required: true}
              - {name: OWNER, value: team-a}
              - {name: PASSWORD, generate: expression, from: "[a-z0-9]{8}"}
              - {name: DEBUG, value: "false"}
              - {name: HOST}
              - {name: SIZE, required: true}
            objects:
              - apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web-${OWNER}
                  namespace: hard-coded
                spec:
                  replicas: "${{REPLICAS}}"
                  template:
                    spec:
                      automountServiceAccountToken: "${{DEBUG}}"
                      containers:
                        - name: web
                          image: "example/web:1"
                          env:
                            - {name: OWNER_AND_HOST, value: "${OWNER}@${HOST}:${UNDECLARED}"}
                            - {name: SHELL, value: "$HOME ${{REPLICAS}}x"}
              - apiVersion: v1
                kind: PersistentVolumeClaim
                metadata: {name: data, namespace: "${NS}"}
                spec:
                  storageClassName: "${{HOST}}"
                  resources: {requests: {storage: "${SIZE}"}}
            """;

    private final TemplateProcessor processor = new TemplateProcessor(new ExpressionGenerator(new Random(7)));

    private ProcessedTemplate process(Map<String, String> given) {
        return processor.process("demo.yaml", TreeReader.readOne("demo.yaml", TEMPLATE), given, false);
    }

    @Test
    void substitutesLikeOc() {
        ProcessedTemplate result = process(Map.of("SIZE", "1Gi", "HOST", "fast"));
        Map<String, Object> web = result.objects().get(0);
        assertThat(Trees.get(web, List.of("metadata", "name"))).isEqualTo("web-team-a");
        assertThat(Trees.get(web, List.of("metadata", "namespace"))).as("hard-coded namespace stripped").isNull();
        assertThat(Trees.get(web, List.of("spec", "replicas"))).isEqualTo(3);
        assertThat(Trees.get(web, List.of("spec", "template", "spec", "automountServiceAccountToken"))).isEqualTo(false);
        List<Object> env = List.of("spec", "template", "spec", "containers", 0, "env");
        assertThat(Trees.get(web, append(env, 0, "value"))).as("undeclared references stay as written")
                .isEqualTo("team-a@fast:${UNDECLARED}");
        assertThat(Trees.get(web, append(env, 1, "value"))).as("${{X}} inside text is left alone, like oc")
                .isEqualTo("$HOME ${{REPLICAS}}x");
        assertThat(Trees.get(web, List.of("metadata", "labels"))).isEqualTo(Map.of("template", "demo", "owner", "team-a"));

        Map<String, Object> pvc = result.objects().get(1);
        assertThat(Trees.get(pvc, List.of("metadata", "namespace"))).as("a parameterised namespace stays").isEqualTo("${NS}");
        assertThat(Trees.get(pvc, List.of("spec", "storageClassName"))).as("not JSON: kept as a string").isEqualTo("fast");
        assertThat(result.values().get("PASSWORD")).matches("[a-z0-9]{8}");
        assertThat(result.message()).isEqualTo("Scaled to 3; password " + result.values().get("PASSWORD"));
    }

    @Test
    void typedValuesAreReadAsJson() {
        ProcessedTemplate result = process(Map.of("SIZE", "1Gi", "HOST", "null", "REPLICAS", "12"));
        assertThat(((Map<?, ?>) Trees.get(result.objects().get(1), List.of("spec"))).containsKey("storageClassName"))
                .as("null drops the field, like oc").isFalse();
        assertThat(Trees.get(result.objects().get(0), List.of("spec", "replicas"))).isEqualTo(12);
        ProcessedTemplate quoted = process(Map.of("SIZE", "1Gi", "HOST", "\"123\""));
        assertThat(Trees.get(quoted.objects().get(1), List.of("spec", "storageClassName"))).isEqualTo("123");
    }

    @Test
    void aGivenValueWinsOverTheGenerator() {
        assertThat(process(Map.of("SIZE", "1Gi", "PASSWORD", "chosen")).values()).containsEntry("PASSWORD", "chosen");
    }

    @Test
    void missingRequiredParameterIsAnError() {
        assertThatThrownBy(() -> process(Map.of())).isInstanceOf(UserException.class)
                .hasMessage("demo.yaml: parameter SIZE is required and must be specified (-p SIZE=VALUE)");
        assertThatThrownBy(() -> process(Map.of("SIZE", "1Gi", "REPLICAS", ""))).isInstanceOf(UserException.class)
                .hasMessageContaining("parameter REPLICAS is required");
    }

    @Test
    void unknownParameterIsAnErrorUnlessIgnored() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("SIZE", "1Gi");
        given.put("REPLICA", "2");
        assertThatThrownBy(() -> process(given)).isInstanceOf(UserException.class)
                .hasMessageStartingWith("demo.yaml: unknown parameter 'REPLICA'; did you mean 'REPLICAS'?");
        ProcessedTemplate ignored = processor.process("demo.yaml", TreeReader.readOne("demo.yaml", TEMPLATE), given, true);
        assertThat(Trees.get(ignored.objects().get(0), List.of("spec", "replicas"))).isEqualTo(3);
    }

    @Test
    void aTypedValueThatDoesNotFitItsFieldIsAnError() {
        assertThatThrownBy(() -> process(Map.of("SIZE", "1Gi", "REPLICAS", "three"))).isInstanceOf(UserException.class)
                .hasMessage("demo.yaml: objects[0] (Deployment web-${OWNER}) spec.replicas: parameter REPLICAS='three'"
                        + " is not JSON, and this field needs an integer");
        assertThatThrownBy(() -> process(Map.of("SIZE", "1Gi", "REPLICAS", "\"3\""))).isInstanceOf(UserException.class)
                .hasMessageContaining("gives a string, but this field needs an integer");
        assertThatThrownBy(() -> process(Map.of("SIZE", "1Gi", "DEBUG", "1"))).isInstanceOf(UserException.class)
                .hasMessageContaining("automountServiceAccountToken: parameter DEBUG='1' gives a number, but this field needs a boolean");
        assertThatThrownBy(() -> process(Map.of("SIZE", "1Gi", "HOST", "42"))).isInstanceOf(UserException.class)
                .hasMessageContaining("storageClassName: parameter HOST='42' gives a number, but this field needs a string");
    }

    @Test
    void anIntegerBeyondItsFieldsRangeIsAnErrorNeverWritten() {
        String template = """
                apiVersion: template.openshift.io/v1
                kind: Template
                metadata: {name: ranges}
                parameters:
                  - {name: N, value: "1"}
                  - {name: UID, value: "1000"}
                  - {name: PORT, value: "8080"}
                  - {name: NODE_PORT, value: "30001"}
                  - {name: DEADLINE, value: "60"}
                objects:
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: web}
                    spec:
                      replicas: "${{N}}"
                      template:
                        spec:
                          activeDeadlineSeconds: "${{DEADLINE}}"
                          securityContext: {runAsUser: "${{UID}}", fsGroup: "${{UID}}"}
                          containers: [{name: web, image: "example/web:1", ports: [{containerPort: "${{PORT}}"}]}]
                  - apiVersion: v1
                    kind: Service
                    metadata: {name: web}
                    spec: {ports: [{port: "${{PORT}}", targetPort: "${{PORT}}", nodePort: "${{NODE_PORT}}"}]}
                """;
        Object tree = TreeReader.readOne("ranges.yaml", template);
        assertThat(processor.process("ranges.yaml", tree, Map.of("N", "2147483647", "UID", "2147483647",
                "DEADLINE", "9223372036854775807"), false).objects()).hasSize(2);
        assertThatThrownBy(() -> processor.process("ranges.yaml", tree, Map.of("N", "99999999999", "UID", "4294967296",
                "PORT", "0", "NODE_PORT", "80", "DEADLINE", "9223372036854775808"), false))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.problems()).containsExactly(
                        "ranges.yaml: objects[0] (Deployment web) spec.replicas: parameter N='99999999999' must be"
                                + " from 0 to 2147483647",
                        "ranges.yaml: objects[0] (Deployment web) spec.template.spec.activeDeadlineSeconds: parameter"
                                + " DEADLINE='9223372036854775808' must be from 1 to 9223372036854775807",
                        "ranges.yaml: objects[0] (Deployment web) spec.template.spec.securityContext.runAsUser:"
                                + " parameter UID='4294967296' must be from 0 to 2147483647",
                        "ranges.yaml: objects[0] (Deployment web) spec.template.spec.securityContext.fsGroup:"
                                + " parameter UID='4294967296' must be from 0 to 2147483647",
                        "ranges.yaml: objects[0] (Deployment web) spec.template.spec.containers[0].ports[0].containerPort:"
                                + " parameter PORT='0' must be from 1 to 65535",
                        "ranges.yaml: objects[1] (Service web) spec.ports[0].port: parameter PORT='0' must be from 1 to 65535",
                        "ranges.yaml: objects[1] (Service web) spec.ports[0].targetPort: parameter PORT='0' must be"
                                + " from 1 to 65535",
                        "ranges.yaml: objects[1] (Service web) spec.ports[0].nodePort: parameter NODE_PORT='80' must be"
                                + " from 30000 to 32767"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> process(Map.of("REPLICA", "2", "BOGUS", "x"))).isInstanceOfSatisfying(UserException.class,
                e -> assertThat(e.problems()).hasSize(3));
    }

    @Test
    void notATemplateIsAClearError() {
        assertThatThrownBy(() -> processor.process("x.yaml", TreeReader.readOne("x.yaml", "kind: List\nitems: []\n"),
                Map.of(), false)).hasMessage("x.yaml: kind is 'List', expected Template");
        assertThatThrownBy(() -> TreeReader.readOne("y.yaml", "kind: Template\nobjects: [\n"))
                .isInstanceOf(UserException.class).hasMessageStartingWith("y.yaml:");
        String badGenerator = "kind: Template\nobjects: []\nparameters:\n  - {name: P, generate: expression, from: \"[a-z]{0}\"}\n";
        assertThatThrownBy(() -> processor.process("z.yaml", TreeReader.readOne("z.yaml", badGenerator), Map.of(), false))
                .hasMessageContaining("parameter P: cannot generate a value from '[a-z]{0}'");
    }

    private static List<Object> append(List<Object> path, Object... more) {
        List<Object> out = new java.util.ArrayList<>(path);
        out.addAll(List.of(more));
        return out;
    }
}
