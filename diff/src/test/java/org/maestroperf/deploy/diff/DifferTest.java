package org.maestroperf.deploy.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diag.UserException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maestroperf.deploy.diff.Trees.diff;
import static org.maestroperf.deploy.diff.Trees.fields;
import static org.maestroperf.deploy.diff.Trees.object;

class DifferTest {

    private static final String POD_SPEC = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: maestro-worker, namespace: maestro, labels: {app.kubernetes.io/component: worker}}
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                    - name: worker
                      image: maestroperf/maestro-worker:1.5.5
                      env:
                        - {name: MAESTRO_BROKER, value: "mqtt://broker:1883"}
                        - {name: JAVA_OPTS, value: -Xmx512m}
                      ports:
                        - {containerPort: 8080}
                        - {containerPort: 8443}
                      volumeMounts:
                        - {name: data, mountPath: /data}
                        - {name: data, mountPath: /logs, subPath: logs}
                      command: [/bin/bash, -c, run]
            """;

    @Test
    void oneInsertedEnvVariableIsOneChangeNotAShiftOfEveryLaterItem() {
        String broker = "- {name: MAESTRO_BROKER, value: \"mqtt://broker:1883\"}\n";
        BundleDiff diff = diff(POD_SPEC, POD_SPEC.replace(broker, broker + "            - {name: EXTRA, value: \"1\"}\n"));

        assertThat(fields(diff)).containsExactly(
                "added spec.template.spec.containers[worker].env[EXTRA]: null -> {name=EXTRA, value=1}");
    }

    @Test
    void namedItemsAreMatchedByNameWhateverTheirOrder() {
        String both = "- {name: MAESTRO_BROKER, value: \"mqtt://broker:1883\"}\n            - {name: JAVA_OPTS, value: -Xmx512m}\n";
        assertThat(POD_SPEC).contains(both);
        BundleDiff diff = diff(POD_SPEC, POD_SPEC.replace(both,
                "- {name: JAVA_OPTS, value: -Xmx1g}\n            - {name: MAESTRO_BROKER, value: \"mqtt://broker:1883\"}\n"));

        assertThat(fields(diff)).containsExactly(
                "changed spec.template.spec.containers[worker].env[JAVA_OPTS].value: -Xmx512m -> -Xmx1g");
    }

    @Test
    void portsWithoutNamesAreMatchedByPortNumberAndMountsOfOneVolumeByPath() {
        BundleDiff diff = diff(POD_SPEC, POD_SPEC
                .replace("- {containerPort: 8080}\n", "")
                .replace("{name: data, mountPath: /logs, subPath: logs}", "{name: data, mountPath: /logs, subPath: log}"));

        assertThat(fields(diff)).containsExactly(
                "removed spec.template.spec.containers[worker].ports[containerPort=8080]: {containerPort=8080} -> null",
                "changed spec.template.spec.containers[worker].volumeMounts[mountPath=/logs].subPath: logs -> log");
    }

    @Test
    void aListOfScalarsIsOneValueAndOtherListsGoByPosition() {
        String selector = """
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  command: [a, b]
                  tolerations:
                    - {key: k1, operator: Exists}
                    - {key: k2, operator: Exists}
                """;
        BundleDiff diff = diff(selector, selector.replace("[a, b]", "[a, c]").replace("k2, operator: Exists", "k2, operator: Equal"));

        assertThat(fields(diff)).containsExactly("changed spec.command: [a, b] -> [a, c]",
                "changed spec.tolerations[1].operator: Exists -> Equal");
    }

    @Test
    void aKeyThatIsNotAWordIsQuotedAndNumbersOfEveryTypeCompareByValue() {
        BundleDiff diff = diff("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c, labels: {"app.kubernetes.io/name": a}}
                data: {n: 1}
                spec: {x: 2, y: 1.5}
                """, """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c, labels: {"app.kubernetes.io/name": b}}
                data: {n: "1"}
                spec: {x: 2.0, y: 1.5}
                """);

        assertThat(fields(diff)).containsExactly(
                "changed metadata.labels[\"app.kubernetes.io/name\"]: a -> b", "changed data.n: 1 -> 1");
        assertThat(diff.objects().get(0).fields().get(1).newValue()).isEqualTo("1");
    }

    @Test
    void serverManagedFieldsAreNeverDifferences() {
        String base = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: c, namespace: n}
                data: {a: "1"}
                """;
        String live = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                  namespace: n
                  uid: 1234
                  resourceVersion: "77"
                  creationTimestamp: "2026-01-01T00:00:00Z"
                  generation: 3
                  managedFields: [{manager: kubectl, operation: Update}]
                data: {a: "1"}
                status: {phase: Active}
                """;
        BundleDiff diff = diff(live, base);

        assertThat(diff.hasDifferences()).isFalse();
        assertThat(diff.unchanged()).isEqualTo(1);
    }

    @Test
    void secretValuesAreMaskedAndOnlyToldChangedOrUnchanged() {
        String secret = """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: s
                  annotations: {kubectl.kubernetes.io/last-applied-configuration: '{"data":{"password":"aHVudGVyMg=="}}'}
                data: {password: aHVudGVyMg==, user: YWRtaW4=}
                stringData: {token: hunter2}
                """;
        BundleDiff diff = diff(secret, secret.replace("aHVudGVyMg==", "c2VjcmV0").replace("{token: hunter2}",
                "{token: hunter2, extra: topsecret}"));

        assertThat(fields(diff)).containsExactly(
                "changed metadata.annotations[\"kubectl.kubernetes.io/last-applied-configuration\"]: *** (before) -> *** (after)",
                "changed data.password: *** (before) -> *** (after)",
                "added stringData.extra: null -> ***");
        assertThat(diff.objects().get(0).oldTree().toString() + diff.objects().get(0).newTree())
                .doesNotContain("aHVudGVyMg", "c2VjcmV0", "hunter2", "topsecret", "YWRtaW4");
        assertThat(diff.objects().get(0).meaning()).isEqualTo("Secret s: values changed (not shown)");
    }

    @Test
    void anAddedOrRemovedSecretShowsNoValueEither() {
        BundleDiff diff = Differ.compare(new Side("old", List.of()), new Side("new", List.of(object("s.yaml:1", """
                apiVersion: v1
                kind: Secret
                metadata: {name: s}
                data: {password: aHVudGVyMg==}
                """))));

        assertThat(diff.objects().get(0).newTree().toString()).doesNotContain("aHVudGVyMg").contains("***");
    }

    @Test
    void objectsAreMatchedByKindNamespaceAndNameAndOrderedByThem() {
        Side old = new Side("old", List.of(
                object("a.yaml:1", "{apiVersion: v1, kind: Service, metadata: {name: b, namespace: x}}"),
                object("a.yaml:5", "{apiVersion: v1, kind: ConfigMap, metadata: {name: a, namespace: x}, data: {k: v}}"),
                object("a.yaml:9", "{apiVersion: v1, kind: ConfigMap, metadata: {name: a, namespace: y}}")));
        Side nu = new Side("new", List.of(
                object("b.yaml:1", "{apiVersion: v1, kind: ConfigMap, metadata: {name: a, namespace: x}, data: {k: w}}"),
                object("b.yaml:5", "{apiVersion: v1, kind: Service, metadata: {name: b, namespace: x}}"),
                object("b.yaml:9", "{apiVersion: v1, kind: Service, metadata: {name: c, namespace: x}}")));

        BundleDiff diff = Differ.compare(old, nu);

        assertThat(diff.objects()).extracting(o -> o.change().symbol() + " " + o.key().describe() + " "
                        + o.oldOrigin() + " " + o.newOrigin())
                .containsExactly("~ ConfigMap x/a a.yaml:5 b.yaml:1", "- ConfigMap y/a a.yaml:9 null",
                        "+ Service x/c null b.yaml:9");
        assertThat(diff.unchanged()).isEqualTo(1);
        assertThat(diff.summary()).isEqualTo("1 changed, 1 added, 1 removed, 1 unchanged");
    }

    @Test
    void anObjectTwiceOnOneSideIsRefusedWithBothPlaces() {
        assertThatThrownBy(() -> new Side("old", List.of(object("a.yaml:1", "{kind: ConfigMap, metadata: {name: a}}"),
                object("b.yaml:3", "{kind: ConfigMap, metadata: {name: a}}"))))
                .isInstanceOf(UserException.class)
                .hasMessage("b.yaml:3: ConfigMap a is already at a.yaml:1 (each object may appear once on a side)");
    }

    @Test
    void theResultDoesNotDependOnTheOrderObjectsComeIn() {
        List<KubeObject> old = new ArrayList<>();
        List<KubeObject> nu = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            old.add(object("o:" + i, "{apiVersion: v1, kind: ConfigMap, metadata: {name: c" + i + "}, data: {v: '" + i + "'}}"));
            nu.add(object("n:" + i, "{apiVersion: v1, kind: ConfigMap, metadata: {name: c" + i + "}, data: {v: '"
                    + (i % 3 == 0 ? i + 1 : i) + "'}}"));
        }
        BundleDiff first = Differ.compare(new Side("old", old), new Side("new", nu));
        Collections.shuffle(old, new Random(1));
        Collections.shuffle(nu, new Random(2));
        BundleDiff second = Differ.compare(new Side("old", old), new Side("new", nu));

        assertThat(second).isEqualTo(first);
        assertThat(first.objects()).hasSize(67);
    }

    @Test
    void fieldsAnotherManagerOwnsOnTheClusterNameThatManager() {
        String live = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: maestro-broker
                  labels: {app.kubernetes.io/component: broker}
                  managedFields:
                    - manager: maestro-deploy
                      operation: Apply
                      fieldsV1:
                        f:spec:
                          f:template:
                            f:spec:
                              f:containers:
                                k:{"name":"broker"}:
                                  .: {}
                                  f:name: {}
                                  f:ports:
                                    k:{"containerPort":1883,"protocol":"TCP"}:
                                      .: {}
                                      f:containerPort: {}
                    - manager: kubectl-edit
                      operation: Update
                      fieldsV1:
                        f:spec:
                          f:replicas: {}
                          f:template:
                            f:spec:
                              f:containers:
                                k:{"name":"broker"}:
                                  f:image: {}
                                  f:ports:
                                    k:{"containerPort":1883,"protocol":"TCP"}:
                                      f:name: {}
                    - manager: kube-controller-manager
                      operation: Update
                      subresource: status
                      fieldsV1: {f:status: {f:replicas: {}}}
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: broker
                          image: eclipse-mosquitto:2.0
                          ports: [{name: mqtt, containerPort: 1883, protocol: TCP}]
                """;
        Map<String, String> owners = FieldOwners.foreign(Trees.yaml(live), "maestro-deploy");
        assertThat(owners).containsExactly(
                Map.entry("spec.replicas", "kubectl-edit"),
                Map.entry("spec.template.spec.containers[broker].image", "kubectl-edit"),
                Map.entry("spec.template.spec.containers[broker].ports[mqtt].name", "kubectl-edit"));

        KubeObject old = object("live", live).withForeignOwners(owners);
        KubeObject nu = object("dry-run", live.replace("replicas: 3", "replicas: 1").replace("eclipse-mosquitto:2.0",
                "eclipse-mosquitto:1.4.12").replace("managedFields", "ignored"));
        BundleDiff diff = Differ.compare(new Side("cluster", List.of(old)), new Side("bundle", List.of(nu)));

        ObjectDiff broker = diff.objects().get(0);
        assertThat(broker.fields()).extracting(FieldChange::path, FieldChange::changedBy).contains(
                org.assertj.core.groups.Tuple.tuple("spec.replicas", "kubectl-edit"),
                org.assertj.core.groups.Tuple.tuple("spec.template.spec.containers[broker].image", "kubectl-edit"));
        assertThat(broker.meaning()).isEqualTo("broker scales 3 → 1, and broker pod restarts (pod template changed);"
                + " reverts what kubectl-edit changed on the cluster");
    }

    @Test
    void aFieldSharedWithMaestroDeployIsNotDrift() {
        String live = """
                kind: ConfigMap
                metadata:
                  name: c
                  managedFields:
                    - {manager: maestro-deploy, operation: Apply, fieldsV1: {f:data: {f:a: {}}}}
                    - {manager: other, operation: Apply, fieldsV1: {f:data: {f:a: {}, f:b: {}}}}
                data: {a: "1", b: "2"}
                """;
        assertThat(FieldOwners.foreign(Trees.yaml(live), "maestro-deploy")).containsExactly(Map.entry("data.b", "other"));
    }
}
