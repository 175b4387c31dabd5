package org.maestroperf.deploy.validator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.input.InputLimits;
import org.maestroperf.deploy.validator.report.Finding;

class DocumentParserTest {

    private static DocumentParser.Result parse(String text) {
        return DocumentParser.parse(new SourceDocument("in.yaml", text));
    }

    @Test
    void readsEveryDocumentOfAMultiDocumentStreamWithPositions() {
        DocumentParser.Result r = parse("""
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: a
                ---
                # only a comment
                ---
                apiVersion: v1
                kind: Service
                metadata:
                  name: b
                spec:
                  ports:
                    - port: 80
                """);
        assertThat(r.findings()).isEmpty();
        assertThat(r.manifests()).extracting(Manifest::describe).containsExactly("ConfigMap/a", "Service/b");
        assertThat(r.manifests().get(1).document()).isEqualTo(2);
        int[] port = Pointers.position(r.manifests().get(1).root(), "/spec/ports/0/port");
        assertThat(port).containsExactly(15, 7);
        assertThat(r.manifests().get(1).root().path("spec", "ports").get(0).get("port"))
                .isEqualTo(new ScalarValue(80L, 15, 13));
    }

    @Test
    void readsJson() {
        DocumentParser.Result r = parse("{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\",\n \"metadata\": {\"name\": \"x\"}, \"data\": {\"k\": \"1\"}}");
        assertThat(r.findings()).isEmpty();
        assertThat(r.manifests().get(0).root().path("data", "k")).isEqualTo(new ScalarValue("1", 2, 43));
    }

    @Test
    void expandsListItemsWithTheirPointers() {
        DocumentParser.Result r = parse("""
                apiVersion: v1
                kind: List
                items:
                  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
                  - {apiVersion: v1, kind: Secret, metadata: {name: b}}
                """);
        assertThat(r.manifests()).extracting(Manifest::describe).containsExactly("ConfigMap/a", "Secret/b");
        assertThat(r.manifests()).extracting(Manifest::pointer).containsExactly("/items/0", "/items/1");
    }

    @Test
    void expandsTemplateObjectsWithParameterDefaults() {
        DocumentParser.Result r = parse("""
                apiVersion: template.openshift.io/v1
                kind: Template
                metadata: {name: t}
                parameters:
                  - {name: NAME, value: broker}
                  - {name: REPLICAS, value: "2"}
                  - {name: PASSWORD, generate: expression, from: "[a-z]{8}"}
                objects:
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: "maestro-${NAME}"}
                    spec:
                      replicas: "${{REPLICAS}}"
                      template:
                        spec:
                          containers: [{name: c, image: x, env: [{name: P, value: "${PASSWORD}"}]}]
                """);
        assertThat(r.findings()).isEmpty();
        assertThat(r.manifests()).extracting(Manifest::describe).containsExactly("Template/t", "Deployment/maestro-broker");
        Manifest d = r.manifests().get(1);
        assertThat(d.pointer()).isEqualTo("/objects/0");
        assertThat(((ScalarValue) d.root().path("spec", "replicas")).value()).isEqualTo(2L);
        assertThat(d.root().path("spec", "template", "spec", "containers").get(0).get("env").get(0).get("value").text())
                .isEqualTo("placeholder");
    }

    @Test
    void syntaxErrorIsAFindingWithItsPosition() {
        DocumentParser.Result r = parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [unclosed\n");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("yaml-syntax");
            assertThat(f.line()).isEqualTo(5);
        });
    }

    @Test
    void duplicateKeysAreErrorsAtTheSecondKey() {
        DocumentParser.Result r = parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-key");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.column()).isEqualTo(3);
            assertThat(f.pointer()).isEqualTo("/metadata/name");
        });
        assertThat(r.manifests().get(0).name()).isEqualTo("b");
    }

    @Test
    void missingApiVersionAndKindAreFindings() {
        DocumentParser.Result r = parse("metadata:\n  name: a\n");
        assertThat(r.findings()).extracting(Finding::rule).containsExactly("missing-api-version", "missing-kind");
        assertThat(r.manifests()).isEmpty();
    }

    @Test
    void aScalarDocumentIsNotAnObject() {
        assertThat(parse("just text\n").findings()).extracting(Finding::rule).containsExactly("not-an-object");
    }

    @Test
    void aliasBombIsRefusedNotExpanded() {
        StringBuilder b = new StringBuilder("apiVersion: v1\nkind: ConfigMap\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            b.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                b.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            b.append("]\n");
        }
        DocumentParser.Result r = parse(b.toString());
        assertThat(r.manifests()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.rule()).isIn("yaml-syntax", "document-too-large"));
    }

    @Test
    void anAliasInsideTheCollectionItNamesIsAFindingNotAnEndlessValue() {
        DocumentParser.Result r = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: &x {b: [1, *x]}\n");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("yaml-recursive-alias");
            assertThat(f.pointer()).isEqualTo("/data/b/1");
            assertThat(f.line()).isEqualTo(4);
        });
        assertThat(r.manifests().get(0).root().path("data", "b").get(0).text()).isEqualTo("1");
    }

    @Test
    void oneRecursiveAliasIsOneFindingHoweverOftenItsCollectionIsReached() {
        DocumentParser.Result r = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"
                + "x: &a\n  k: *a\ny: *a\nz: [*a, *a, *a]\n");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("yaml-recursive-alias");
            assertThat(f.pointer()).isEqualTo("/x/k");
        });
        // two recursive collections are two findings
        DocumentParser.Result two = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n"
                + "x: &a [*a]\ny: &b [*b, *b]\n");
        assertThat(two.findings()).extracting(Finding::pointer).containsExactly("/x/0", "/y/0");
    }

    @Test
    void theSameAnchorUsedTwiceSideBySideIsNoRecursion() {
        DocumentParser.Result r = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\nx: &l {k: v}\ndata: {a: *l, b: *l}\n");
        assertThat(r.findings()).isEmpty();
        assertThat(r.manifests().get(0).root().path("data", "b", "k").text()).isEqualTo("v");
    }

    @Test
    void mergeKeysAreExpanded() {
        DocumentParser.Result r = parse("base: &b {app: x}\napiVersion: v1\nkind: ConfigMap\ndata:\n  <<: *b\n  own: y\n");
        assertThat(r.manifests().get(0).root().path("data", "app").text()).isEqualTo("x");
    }

    @Test
    void aKeyWrittenOutOverridesTheMergedOneWithoutBeingADuplicate() {
        DocumentParser.Result r = parse("base: &b {app: x, tier: web}\napiVersion: v1\nkind: ConfigMap\n"
                + "data:\n  <<: *b\n  app: y\n  app: z\n");
        assertThat(r.manifests().get(0).root().path("data", "app").text()).isEqualTo("z");
        assertThat(r.manifests().get(0).root().path("data", "tier").text()).isEqualTo("web");
        // only the second explicit 'app' repeats a key
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-key");
            assertThat(f.line()).isEqualTo(7);
        });
    }

    @Test
    void aLargeMappingKeepsItsKeysInOrderAndStillFindsARepeatedOne() {
        // more keys than a mapping builder starts with, then the third key again
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            data.append("  k").append(i).append(": v").append(i).append('\n');
        }
        DocumentParser.Result r = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n" + data + "  k2: again\n");
        MapValue values = (MapValue) r.manifests().get(0).root().get("data");
        assertThat(values.size()).isEqualTo(20);
        assertThat(values.key(0)).isEqualTo("k0");
        assertThat(values.key(19)).isEqualTo("k19");
        assertThat(values.get("k2").text()).isEqualTo("again");
        assertThat(values.get("k19").text()).isEqualTo("v19");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("duplicate-key");
            assertThat(f.line()).isEqualTo(25);
            assertThat(f.message()).contains("line 7");
        });
    }

    @Test
    void aMergeIntoALargeMappingIsOverriddenOnceWithoutAFinding() {
        StringBuilder data = new StringBuilder("  <<: *b\n");
        for (int i = 0; i < 12; i++) {
            data.append("  k").append(i).append(": v").append(i).append('\n');
        }
        DocumentParser.Result r = parse("base: &b {app: x, tier: web}\napiVersion: v1\nkind: ConfigMap\ndata:\n" + data + "  app: y\n");
        MapValue values = (MapValue) r.manifests().get(0).root().get("data");
        assertThat(values.size()).isEqualTo(14);
        assertThat(values.get("app").text()).isEqualTo("y");
        assertThat(values.get("tier").text()).isEqualTo("web");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anchorsInALaterDocumentGiveTheSameObjectsAndFindingsAsWithoutThem() {
        String first = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, name: a2}\ndata: {k: 1Gi}\n";
        String plain = first + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata: {x: y, z: y}\n";
        String anchored = first + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata: {x: &v y, z: *v}\n";
        DocumentParser.Result r = parse(plain);
        DocumentParser.Result withAnchors = parse(anchored);
        assertThat(withAnchors.findings()).isEqualTo(r.findings()).extracting(Finding::rule).containsExactly("duplicate-key");
        assertThat(withAnchors.manifests()).extracting(Manifest::describe).isEqualTo(r.manifests().stream().map(Manifest::describe).toList())
                .containsExactly("ConfigMap/a2", "ConfigMap/b");
        assertThat(withAnchors.manifests().get(1).root().path("data", "z").text()).isEqualTo("y");
    }

    @Test
    void nonScalarKeysAreFindingsAndNestingIsLimited() {
        DocumentParser.Result r = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata:\n  ? [a, {b: 1, b: 2}]\n  : v\n");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("yaml-key");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.pointer()).isEqualTo("/data");
        });
        String deep = "a: " + "[".repeat(InputLimits.MAX_DEPTH + 1) + "]".repeat(InputLimits.MAX_DEPTH + 1) + "\n";
        assertThat(parse(deep).findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("yaml-syntax");
            assertThat(f.message()).contains("Nesting Depth exceeded max " + InputLimits.MAX_DEPTH);
        });
        String deepButAllowed = "apiVersion: v1\nkind: X\na: " + "[".repeat(InputLimits.MAX_DEPTH - 1)
                + "]".repeat(InputLimits.MAX_DEPTH - 1) + "\n";
        assertThat(parse(deepButAllowed).findings()).isEmpty();
    }

    @Test
    void aDocumentOfTooManyNodesIsRefusedAndTheNextOneRead() {
        String big = "apiVersion: v1\nkind: ConfigMap\ndata:\n  x: [" + "1,".repeat(InputLimits.MAX_NODES) + "1]\n";
        DocumentParser.Result r = parse(big + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: next}\n");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("document-too-large");
            assertThat(f.line()).isEqualTo(1);
        });
        assertThat(r.manifests()).extracting(Manifest::describe).containsExactly("ConfigMap/next");
    }

    @Test
    void binaryInputIsReportedNotParsed() {
        Inputs.Read read = Inputs.decode("blob.yaml", new byte[] {'a', 0, 'b'});
        assertThat(read.document()).isNull();
        assertThat(read.problem()).contains("binary");
        Inputs.Read invalid = Inputs.decode("latin1.yaml", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(invalid.problem()).contains("UTF-8");
    }

    @Test
    void tooLargeInputIsRefusedBeforeParsing() {
        String huge = "a".repeat(InputLimits.MAX_CODE_POINTS + 1);
        assertThat(parse(huge).findings()).extracting(Finding::rule).containsExactly("input-too-large");
    }

    @Test
    void yamlOneOneScalarsResolveAsKubernetesReadsThem() {
        Manifest m = parse("apiVersion: v1\nkind: X\na: 0x1F\nb: yes\nc: '8080'\nd: 1.5\ne: ~\nf: 2024-01-01\n"
                + "g: 8080\nh: 010\ni: 089\nj: 100m\nk: 0\nl: 99999999999999999999\nm: nope\n").manifests().get(0);
        assertThat(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m"))
                .map(k -> ((ScalarValue) m.root().get(k)).value())
                .containsExactly(31L, true, "8080", 1.5, null, "2024-01-01", 8080L, 8L, "089", "100m", 0L, "nope");
        assertThat(((ScalarValue) m.root().get("l")).value()).isEqualTo(new java.math.BigInteger("99999999999999999999"));
    }

    @Test
    void kustomizationFilesAreNotObjects() {
        DocumentParser.Result r = parse("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [broker.yaml]
                ---
                apiVersion: v1
                kind: List
                items:
                  - {apiVersion: kustomize.config.k8s.io/v1beta1, kind: Kustomization}
                  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
                """);
        assertThat(r.findings()).isEmpty();
        assertThat(r.manifests()).extracting(Manifest::describe).containsExactly("ConfigMap/a");
    }

    @Test
    void aTemplateAndItsObjectsShareAScopeOfTheirOwn() {
        DocumentParser.Result r = parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: a}
                ---
                apiVersion: template.openshift.io/v1
                kind: Template
                metadata: {name: t}
                objects:
                  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
                """);
        assertThat(r.manifests()).extracting(Manifest::scope).containsExactly(Manifest.SHARED, "in.yaml#1", "in.yaml#1");
    }
}
