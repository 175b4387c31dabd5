package org.maestroperf.deploy.validator.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.source.SourceDocument;

import com.sun.net.httpserver.HttpServer;

/** The built-in strict pack and the schema locations, through the public validation API. */
class SchemaCheckTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 2
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:1.27
                      ports: [{containerPort: 80}]
                      resources:
                        requests: {cpu: 100m, memory: 64Mi}
                        limits: {cpu: 1, memory: 128Mi}
            """;

    @TempDir
    Path tmp;

    private static List<Finding> schemaFindings(ValidationOptions options, String yaml) {
        return new Validator(options).validate(List.of(new SourceDocument("in.yaml", yaml))).stream()
                .filter(f -> f.rule().startsWith("schema")).toList();
    }

    private static List<Finding> schemaFindings(String yaml) {
        return schemaFindings(ValidationOptions.defaults(), yaml);
    }

    /** What a loopback HTTP server answers for a path: a body, or null for 404. */
    private interface Body {
        byte[] of(String path) throws IOException;
    }

    /** A started loopback server counting its requests. */
    private static HttpServer serving(AtomicInteger requests, Body body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] bytes = body.of(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(bytes == null ? 404 : 200, bytes == null || bytes.length == 0 ? -1 : bytes.length);
            if (bytes != null) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
        return server;
    }

    private static ValidationOptions options(String version, List<String> locations, boolean strict, boolean ignoreMissing, Path cache) {
        return new ValidationOptions(KubernetesVersion.parse(version), locations, strict, ignoreMissing, Set.of(), Set.of(),
                Set.of(), cache);
    }

    @Test
    void aValidDeploymentPassesWithQuantitiesAsStringsAndNumbers() {
        assertThat(schemaFindings(DEPLOYMENT)).isEmpty();
    }

    @Test
    void unknownFieldIsReportedAtItsLineUnlessNotStrict() {
        String typo = DEPLOYMENT.replace("  replicas: 2", "  replica: 2");
        assertThat(schemaFindings(typo)).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/spec/replica");
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.column()).isEqualTo(3);
            assertThat(f.message()).contains("unknown field 'replica'");
        });
        assertThat(schemaFindings(options("1.33", List.of(), false, false, null), typo)).isEmpty();
    }

    @Test
    void wrongTypesAndMissingRequiredFieldsAreReported() {
        String bad = DEPLOYMENT.replace("replicas: 2", "replicas: two").replace("    - name: web\n", "    - image2: x\n")
                .replace("containerPort: 80", "containerPort: 80, protocol: 6");
        assertThat(schemaFindings(bad)).extracting(Finding::pointer).contains("/spec/replicas",
                "/spec/template/spec/containers/0", "/spec/template/spec/containers/0/image2",
                "/spec/template/spec/containers/0/ports/0/protocol");
        assertThat(schemaFindings(bad)).anySatisfy(f -> assertThat(f.message()).contains("missing required field 'name'"));
    }

    @Test
    void wrongTypesAreNamedAsYamlNamesThemNotAsJavaClasses() {
        String svc = """
                apiVersion: v1
                kind: Service
                metadata: {name: x}
                spec:
                  ports: [{port: "80"}]
                  selector: {a: [1]}
                  clusterIP: {a: 1}
                  externalIPs: 4
                  publishNotReadyAddresses: "yes"
                """;
        assertThat(schemaFindings(svc)).extracting(Finding::message).containsExactly(
                "/spec/ports/0/port: expected integer, found string '80'",
                "/spec/selector/a: expected string, found list",
                "/spec/clusterIP: expected string, found mapping",
                "/spec/externalIPs: expected list, found integer 4",
                "/spec/publishNotReadyAddresses: expected boolean, found string 'yes'");
    }

    @Test
    void intOrStringAcceptsBothAndRejectsOthers() {
        String svc = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - {port: 80, targetPort: %s}\n";
        assertThat(schemaFindings(svc.formatted("http"))).isEmpty();
        assertThat(schemaFindings(svc.formatted("8080"))).isEmpty();
        assertThat(schemaFindings(svc.formatted("true"))).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("/spec/ports/0/targetPort: expected integer or string,"
                        + " found boolean true"));
    }

    @Test
    void optionalFieldsMayBeNull() {
        assertThat(schemaFindings(DEPLOYMENT.replace("  replicas: 2", "  replicas: null"))).isEmpty();
    }

    @Test
    void apiVersionAndKindAreChecked() {
        assertThat(schemaFindings("apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: {name: a}\n"))
                .extracting(Finding::rule).containsExactly("schema-missing");
    }

    @Test
    void theVersionSelectsTheSchema() {
        String pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  resources: {limits: {cpu: 1}}\n"
                + "  containers: [{name: c, image: x}]\n";
        assertThat(schemaFindings(pod)).isEmpty();
        assertThat(schemaFindings(options("1.30", List.of(), true, false, null), pod)).extracting(Finding::pointer)
                .containsExactly("/spec/resources");
    }

    @Test
    void versionsWithoutABuiltInPackNeedALocation() {
        assertThatThrownBy(() -> new Validator(options("1.31", List.of(), true, false, null)))
                .isInstanceOf(UserException.class).hasMessageContaining("schema-location");
    }

    @Test
    void openShiftKindsAreBuiltIn() {
        String route = """
                apiVersion: route.openshift.io/v1
                kind: Route
                metadata: {name: reports}
                spec:
                  to: {kind: Service, name: reports}
                  port: {targetPort: http}
                  tls: {termination: edge, insecureEdgeTerminationPolicy: Redirect}
                """;
        assertThat(schemaFindings(route)).isEmpty();
        assertThat(schemaFindings(route.replace("termination: edge", "termination: edge, bogus: 1")))
                .extracting(Finding::pointer).containsExactly("/spec/tls/bogus");
        String dc = """
                apiVersion: apps.openshift.io/v1
                kind: DeploymentConfig
                metadata: {name: dc}
                spec:
                  replicas: 1
                  selector: {app: dc}
                  template:
                    metadata: {labels: {app: dc}}
                    spec:
                      containers: [{image: x}]
                """;
        assertThat(schemaFindings(dc)).extracting(Finding::message)
                .containsExactly("/spec/template/spec/containers/0: missing required field 'name'");
    }

    @Test
    void missingSchemasAreErrorsUnlessIgnored() {
        String crd = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n";
        assertThat(schemaFindings(crd)).extracting(Finding::rule).containsExactly("schema-missing");
        assertThat(schemaFindings(options("1.33", List.of(), true, true, null), crd)).isEmpty();
    }

    @Test
    void localLocationsAreTriedInOrderBeforeTheBuiltInPack() throws IOException {
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        Files.writeString(pack.resolve("widget-example-v1.json"),
                "{\"type\": \"object\", \"required\": [\"spec\"], \"properties\": {\"spec\": {\"type\": \"object\"}}}");
        String crd = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n";
        ValidationOptions opts = options("1.33", List.of(pack.toString(), "default"), true, false, null);
        assertThat(schemaFindings(opts, crd)).extracting(Finding::message).containsExactly("/: missing required field 'spec'");
        assertThat(schemaFindings(opts, DEPLOYMENT)).isEmpty();
        String template = tmp + "/{{ .NormalizedKubernetesVersion }}{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
        Files.createDirectories(tmp.resolve("v1.33.0-strict"));
        Files.copy(pack.resolve("widget-example-v1.json"), tmp.resolve("v1.33.0-strict/widget-example-v1.json"));
        assertThat(schemaFindings(options("1.33", List.of(template), true, false, null), crd)).hasSize(1);
    }

    @Test
    void aBrokenSchemaIsAUserErrorAndOddKindsHaveNoSchema() throws IOException {
        Path pack = Files.createDirectories(tmp.resolve("broken"));
        Files.writeString(pack.resolve("widget-example-v1.json"), "{not json");
        ValidationOptions opts = options("1.33", List.of(pack.toString()), true, false, null);
        assertThatThrownBy(() -> schemaFindings(opts, "apiVersion: example.com/v1\nkind: Widget\n"))
                .isInstanceOf(UserException.class).hasMessageContaining("not a usable JSON schema");
        Files.writeString(pack.resolve("widget-example-v1.json"), "{\"type\": \"object\", \"properties\": []}");
        assertThatThrownBy(() -> schemaFindings(opts, "apiVersion: example.com/v1\nkind: Widget\n"))
                .isInstanceOf(UserException.class).hasMessageContaining("not a usable JSON schema")
                .hasMessageEndingWith("#/properties: expected type: mapping, found: list");
        assertThat(schemaFindings(opts, "apiVersion: example.com/v1\nkind: ../../etc/passwd\n"))
                .extracting(Finding::rule).containsExactly("schema-missing");
    }

    @Test
    void remoteSchemasAreFetchedOnceAndCached() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = serving(requests, path -> {
            try (InputStream in = SchemaCheckTest.class.getResourceAsStream(
                    "/org/maestroperf/deploy/validator/schemas/v1.33/" + path.substring(path.lastIndexOf('/') + 1))) {
                return in == null ? null : in.readAllBytes();
            }
        });
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/{{ .NormalizedKubernetesVersion }}/{{ .ResourceKind }}{{ .KindSuffix }}.json";
        Path cache = tmp.resolve("cache");
        try {
            assertThat(schemaFindings(options("1.33", List.of(url), true, false, cache), DEPLOYMENT)).isEmpty();
            assertThat(schemaFindings(options("1.33", List.of(url), true, false, cache), "apiVersion: x/v1\nkind: Nope\n"))
                    .extracting(Finding::rule).containsExactly("schema-missing");
        } finally {
            server.stop(0);
        }
        assertThat(requests.get()).isEqualTo(2);
        assertThat(schemaFindings(options("1.33", List.of(url), true, false, cache),
                DEPLOYMENT.replace("replicas: 2", "replicas: x"))).hasSize(1);
    }

    private static final String CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: x\n";

    private static String configMapSchema(String dataRef) {
        return "{\"type\": \"object\", \"properties\": {\"apiVersion\": {\"type\": \"string\"}, \"kind\": {\"type\": \"string\"},"
                + " \"metadata\": {\"type\": \"object\"}, \"data\": {\"$ref\": \"" + dataRef + "\"}}}";
    }

    /** validate works offline: a pack's $ref to a URL or a file elsewhere is refused, not fetched or read. */
    @Test
    void aReferenceOutsideTheSchemaLocationsIsNeverFollowed() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = serving(requests, path -> "{\"type\": \"object\"}".getBytes());
        Path outside = Files.writeString(Files.createDirectories(tmp.resolve("outside")).resolve("data.json"), "{\"type\": \"object\"}");
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        try {
            for (String ref : List.of("http://127.0.0.1:" + server.getAddress().getPort() + "/data.json",
                    outside.toUri().toString(), "../outside/data.json")) {
                Files.writeString(pack.resolve("configmap-v1.json"), configMapSchema(ref));
                assertThatThrownBy(() -> schemaFindings(options("1.33", List.of(pack.toString()), true, false, null), CONFIG_MAP))
                        .as(ref).isInstanceOf(UserException.class)
                        .hasMessageContaining("configmap-v1.json")
                        .hasMessageContaining("refers to " + (ref.startsWith("http") ? ref : outside.toString()))
                        .hasMessageContaining("outside the schema locations");
            }
        } finally {
            server.stop(0);
        }
        assertThat(requests.get()).as("nothing was fetched").isZero();
    }

    /** kubeconform's non-standalone packs refer to _definitions.json beside the kind's file. */
    @Test
    void referencesInsideAPackAreFollowed() throws IOException {
        Path pack = Files.createDirectories(tmp.resolve("pack"));
        Files.writeString(pack.resolve("_definitions.json"),
                "{\"definitions\": {\"data\": {\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}}}");
        for (String ref : List.of("_definitions.json#/definitions/data", pack.resolve("_definitions.json").toUri() + "#/definitions/data")) {
            Files.writeString(pack.resolve("configmap-v1.json"), configMapSchema(ref));
            assertThat(schemaFindings(options("1.33", List.of(pack.toString()), true, false, null), CONFIG_MAP))
                    .as(ref).singleElement().extracting(Finding::message).asString().contains("/data/a");
            assertThat(schemaFindings(options("1.33", List.of(pack.toString()), true, false, null), CONFIG_MAP.replace("a: x", "a: 1")))
                    .as(ref).isEmpty();
        }
    }

    @Test
    void kubeconformTemplateVariablesExpand() {
        SchemaKey key = SchemaKey.of("networking.k8s.io/v1", "Ingress");
        assertThat(SchemaSource.expand("{{ .ResourceKind }}{{ .KindSuffix }}|{{.Group}}|{{ .ResourceAPIVersion }}|"
                + "{{ .NormalizedKubernetesVersion }}{{ .StrictSuffix }}", key, KubernetesVersion.parse("1.30"), true))
                .isEqualTo("ingress-networking-v1|networking.k8s.io|v1|v1.30.0-strict");
        assertThat(SchemaKey.of("v1", "Pod").fileName()).isEqualTo("pod-v1.json");
    }

    @Test
    void aFloatJsonCannotHoldIsAnErrorAtItsField() {
        List<Finding> findings = schemaFindings(DEPLOYMENT.replace("replicas: 2", "replicas: .inf"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/spec/replicas");
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.message()).isEqualTo("/spec/replicas: Infinity is not a number JSON can hold,"
                    + " so the API server would refuse the object");
        });
        assertThat(schemaFindings(DEPLOYMENT.replace("memory: 64Mi", "memory: .nan")))
                .singleElement().satisfies(f -> assertThat(f.pointer())
                        .isEqualTo("/spec/template/spec/containers/0/resources/requests/memory"));
    }
}
