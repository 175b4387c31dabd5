package org.maestroperf.deploy.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.contract.RenderedObject;
import org.maestroperf.deploy.generator.testcase.TestCase;
import org.maestroperf.deploy.generator.testcase.TestCaseLoader;
import org.maestroperf.deploy.openshift.ExpressionGenerator;
import org.maestroperf.deploy.openshift.ProcessedTemplate;
import org.maestroperf.deploy.openshift.PublishedTemplate;
import org.maestroperf.deploy.openshift.TemplateBuilder;
import org.maestroperf.deploy.openshift.TemplateChecks;
import org.maestroperf.deploy.openshift.TemplateProcessor;
import org.maestroperf.deploy.openshift.TreeReader;
import org.maestroperf.deploy.openshift.Trees;

/**
 * The published Templates against the generator: processing with the defaults gives exactly the
 * bundle's objects, and a parameter set to another value gives exactly what generate gives with the
 * profile changed the same way, touching only the fields the parameter owns.
 */
class TemplateRoundTripTest {

    /** For each parameter: a non-default value, and the profile keys that value corresponds to. */
    private static final Map<String, String> VALUES = new LinkedHashMap<>();
    static {
        VALUES.put("WORKER_REPLICAS", "5");
        VALUES.put("BROKER_NODE_PORT", "31000");
        VALUES.put("REPORTS_HOST", "maestro.apps.example.com");
        VALUES.put("REPORTS_NODE_PORT", "30100");
        VALUES.put("REPORTS_STORAGE_SIZE", "50Gi");
        VALUES.put("REPORTS_STORAGE_CLASS", "fast-ssd");
        VALUES.put("MAESTRO_IMAGE_TAG", "1.6.0");
        VALUES.put("NODE_ROLE_KEY", "example.com/maestro-role");
    }

    private static Map<String, Object> sets(String parameter, String value) {
        return switch (parameter) {
            case "WORKER_REPLICAS" -> Map.of("worker.replicas", Integer.parseInt(value));
            case "BROKER_NODE_PORT" -> Map.of("broker.externalNodePort", Integer.parseInt(value));
            case "REPORTS_HOST" -> Map.of("reports.host", value);
            case "REPORTS_NODE_PORT" -> Map.of("reports.nodePort", Integer.parseInt(value));
            case "REPORTS_STORAGE_SIZE" -> Map.of("reports.storage.size", value);
            case "REPORTS_STORAGE_CLASS" -> Map.of("reports.storage.className", value);
            case "MAESTRO_IMAGE_TAG" -> Map.of("images.activemq", "maestroperf/maestro-broker:" + value,
                    "images.reports", "maestroperf/maestro-reports:" + value,
                    "images.worker", "maestroperf/maestro-worker:" + value,
                    "images.inspector", "maestroperf/maestro-inspector:" + value,
                    "images.agent", "maestroperf/maestro-agent:" + value,
                    "images.exporter", "maestroperf/maestro-exporter:" + value,
                    "images.client", "maestroperf/maestro-client:" + value);
            case "NODE_ROLE_KEY" -> Map.of("nodeAffinity.key", value);
            default -> throw new AssertionError(parameter);
        };
    }

    private static final Generator GENERATOR = new Generator(null);

    private final TemplateProcessor processor = new TemplateProcessor(new ExpressionGenerator(new Random(1)));

    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "okd-activemq", "openshift-mosquitto", "openshift-activemq"})
    void processingWithTheDefaultsGivesExactlyTheGeneratedObjects(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of());
        GeneratedBundle bundle = GENERATOR.generate(profile, List.of());
        PublishedTemplate template = new TemplateBuilder().build(profile, bundle.deployed());

        assertThat(TemplateChecks.check(template.tree())).isEmpty();
        assertThat(names(template)).containsExactlyElementsOf(VALUES.keySet());

        ProcessedTemplate processed = processor.process(combination, template.tree(), Map.of(), false);
        assertThat(processed.objects()).isEqualTo(generated(bundle));
        assertThat(processed.message()).doesNotContain("${").contains("2 worker(s)", "port 30002", "port 31883");
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "okd-activemq", "openshift-mosquitto", "openshift-activemq"})
    void eachParameterChangesExactlyItsFieldsLikeTheSameProfileChange(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of());
        PublishedTemplate template = new TemplateBuilder().build(profile, GENERATOR.generate(profile, List.of()).deployed());
        List<Map<String, Object>> defaults = processor.process(combination, template.tree(), Map.of(), false).objects();

        for (Map.Entry<String, String> p : VALUES.entrySet()) {
            List<Map<String, Object>> changed = processor.process(combination, template.tree(),
                    Map.of(p.getKey(), p.getValue()), false).objects();

            EffectiveProfile altered = TestProfiles.load(combination, sets(p.getKey(), p.getValue()));
            assertThat(changed).as("%s=%s", p.getKey(), p.getValue())
                    .isEqualTo(generated(GENERATOR.generate(altered, List.of())));

            List<String> owned = template.owned().stream().filter(f -> f.parameter().equals(p.getKey()))
                    .map(f -> "objects[" + f.object() + "]." + Trees.pathString(f.path())).sorted().toList();
            assertThat(owned).as("fields owned by %s", p.getKey()).isNotEmpty();
            assertThat(differences(defaults, changed)).as("fields changed by %s", p.getKey()).isEqualTo(owned);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-activemq", "openshift-mosquitto"})
    void typedParametersKeepTheirApiTypes(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of());
        PublishedTemplate template = new TemplateBuilder().build(profile, GENERATOR.generate(profile, List.of()).deployed());
        List<Map<String, Object>> objects = processor.process(combination, template.tree(), VALUES, false).objects();
        Map<String, Object> worker = find(objects, "Deployment", "maestro-worker");
        assertThat(Trees.get(worker, List.of("spec", "replicas"))).isEqualTo(5);
        Map<String, Object> broker = find(objects, "Service", "broker-external");
        assertThat(Trees.get(broker, List.of("spec", "ports", 0, "nodePort"))).isEqualTo(31000);
        Map<String, Object> pvc = find(objects, "PersistentVolumeClaim", "reports-data");
        assertThat(Trees.get(pvc, List.of("spec", "storageClassName"))).isEqualTo("fast-ssd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "openshift-activemq"})
    void disabledNodePortsAreNotOffered(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, mapOf("broker.externalNodePort", null, "reports.nodePort", null));
        PublishedTemplate template = new TemplateBuilder().build(profile, GENERATOR.generate(profile, List.of()).deployed());
        assertThat(names(template)).doesNotContain("BROKER_NODE_PORT", "REPORTS_NODE_PORT");
        assertThat(TemplateChecks.check(template.tree())).isEmpty();
        assertThat(String.valueOf(template.tree().get("message"))).doesNotContain("NODE_PORT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-activemq", "openshift-mosquitto"})
    void noNodeAffinityMeansNoRoleKeyParameter(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of("nodeAffinity.mode", "none"));
        PublishedTemplate template = new TemplateBuilder().build(profile, GENERATOR.generate(profile, List.of()).deployed());
        assertThat(names(template)).doesNotContain("NODE_ROLE_KEY").contains("WORKER_REPLICAS");
    }

    /** {@code ""} means "no class": the Template's default keeps it, and processing gives the generated claim. */
    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "openshift-activemq"})
    void anEmptyStorageClassStaysAnEmptyStringThroughTheTemplate(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of("reports.storage.className", ""));
        GeneratedBundle bundle = GENERATOR.generate(profile, List.of());
        PublishedTemplate template = new TemplateBuilder().build(profile, bundle.bundled());
        assertThat(TemplateChecks.check(template.tree())).isEmpty();
        List<Map<String, Object>> processed = processor.process(combination, template.tree(), Map.of(), false).objects();
        assertThat(Trees.get(find(processed, "PersistentVolumeClaim", "reports-data"), List.of("spec", "storageClassName"))).isEqualTo("");
        assertThat(processed).isEqualTo(generated(bundle));
        // and an empty value given when processing means the same, as the parameter's description says
        EffectiveProfile byDefault = TestProfiles.load(combination, Map.of());
        PublishedTemplate defaults = new TemplateBuilder().build(byDefault, GENERATOR.generate(byDefault, List.of()).bundled());
        List<Map<String, Object>> emptied = processor.process(combination, defaults.tree(), Map.of("REPORTS_STORAGE_CLASS", ""), false)
                .objects();
        assertThat(Trees.get(find(emptied, "PersistentVolumeClaim", "reports-data"), List.of("spec", "storageClassName"))).isEqualTo("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "openshift-activemq"})
    void aProfileThatSetsTheOptionalFieldsKeepsThemAsDefaults(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination,
                Map.of("reports.host", "reports.example.com", "reports.storage.className", "123"));
        GeneratedBundle bundle = GENERATOR.generate(profile, List.of());
        PublishedTemplate template = new TemplateBuilder().build(profile, bundle.deployed());
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Object p : (List<?>) template.tree().get("parameters")) {
            Map<?, ?> m = (Map<?, ?>) p;
            defaults.put((String) m.get("name"), (String) m.get("value"));
        }
        // a class named "123" would read as a number: the default is JSON-quoted so it stays a string
        assertThat(defaults).containsEntry("REPORTS_HOST", "reports.example.com").containsEntry("REPORTS_STORAGE_CLASS", "\"123\"");
        assertThat(processor.process(combination, template.tree(), Map.of(), false).objects())
                .isEqualTo(generated(bundle));
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-activemq", "openshift-mosquitto"})
    void testCasesTravelInTheTemplateToo(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of());
        List<TestCase> testCases = new TestCaseLoader().load(List.of(Path.of("..", "profiles", "testcases", "fixed-rate.yaml")));
        GeneratedBundle bundle = GENERATOR.generate(profile, testCases);
        PublishedTemplate template = new TemplateBuilder().build(profile, bundle.deployed());
        assertThat(TemplateChecks.check(template.tree())).isEmpty();
        assertThat(processor.process(combination, template.tree(), Map.of(), false).objects())
                .isEqualTo(generated(bundle));
        assertThat(template.owned()).anySatisfy(f -> assertThat(f.kind() + "/" + f.parameter()).isEqualTo("Job/MAESTRO_IMAGE_TAG"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "openshift-activemq"})
    void hostileProfileValuesRoundTripThroughTheTemplateText(String combination) {
        String hostile = "line one\n  key: value # not a comment\n---\n\"quoted\" 'single' \\ back\ttab $HOME #set($x) \u00e9\u2028";
        EffectiveProfile profile = TestProfiles.load(combination, Map.of("broker.mosquittoConfig", hostile + "\n",
                "worker.env", List.of(Map.of("name", "NOTE", "value", hostile))));
        GeneratedBundle bundle = GENERATOR.generate(profile, List.of());
        String yaml = new TemplateBuilder().build(profile, bundle.deployed()).yaml();
        Object reread = TreeReader.readOne("template", yaml);
        assertThat(TemplateChecks.check(reread)).isEmpty();
        assertThat(processor.process(combination, reread, Map.of(), false).objects()).isEqualTo(generated(bundle));
    }

    @ParameterizedTest
    @ValueSource(strings = {"${WORKER_REPLICAS}", "${{REPORTS_HOST}}", "${SOMETHING_ELSE}"})
    void aLiteralReferenceInAProfileValueIsRefused(String value) {
        EffectiveProfile profile = TestProfiles.load("okd-activemq", Map.of("worker.env", List.of(Map.of("name", "X", "value", value))));
        GeneratedBundle bundle = GENERATOR.generate(profile, List.of());
        assertThatThrownBy(() -> new TemplateBuilder().build(profile, bundle.deployed())).isInstanceOf(UserException.class)
                .hasMessageStartingWith("Deployment maestro-worker spec.template.spec.containers[0].env[1].value: '" + value
                        + "' contains a Template parameter reference");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kubernetes-mosquitto", "kubernetes-activemq"})
    void kubernetesProfilesAreRefused(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of());
        GeneratedBundle bundle = GENERATOR.generate(profile, List.of());
        assertThatThrownBy(() -> new TemplateBuilder().build(profile, bundle.deployed())).isInstanceOf(UserException.class)
                .hasMessageContaining("Templates are an OKD/OpenShift feature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"okd-mosquitto", "openshift-activemq"})
    void sameInputsGiveByteIdenticalTemplates(String combination) {
        EffectiveProfile profile = TestProfiles.load(combination, Map.of());
        String first = new TemplateBuilder().build(profile, GENERATOR.generate(profile, List.of()).deployed()).yaml();
        String second = new TemplateBuilder().build(TestProfiles.load(combination, Map.of()),
                new Generator(null).generate(TestProfiles.load(combination, Map.of()), List.of()).deployed()).yaml();
        assertThat(second).isEqualTo(first);
    }

    static List<String> names(PublishedTemplate template) {
        return ((List<?>) template.tree().get("parameters")).stream().map(p -> (String) ((Map<?, ?>) p).get("name")).toList();
    }

    /** The bundle's objects as the Template carries them: parsed trees, no Namespace, no namespace field. */
    static List<Object> generated(GeneratedBundle bundle) {
        List<Object> objects = new ArrayList<>();
        for (RenderedObject o : bundle.deployed()) {
            Map<?, ?> tree = (Map<?, ?>) TreeReader.readOne(o.file(), o.yaml());
            if (!"Namespace".equals(tree.get("kind"))) {
                ((Map<?, ?>) tree.get("metadata")).remove("namespace");
                objects.add(tree);
            }
        }
        return objects;
    }

    /** Paths (as objects[i].a.b[0].c) whose leaf differs between two object lists of the same shape. */
    static List<String> differences(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        Map<String, Object> left = new TreeMap<>();
        Map<String, Object> right = new TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            flatten(a.get(i), "objects[" + i + "]", left);
        }
        for (int i = 0; i < b.size(); i++) {
            flatten(b.get(i), "objects[" + i + "]", right);
        }
        List<String> changed = new ArrayList<>();
        for (String key : union(left, right)) {
            if (!java.util.Objects.equals(left.get(key), right.get(key)) || left.containsKey(key) != right.containsKey(key)) {
                changed.add(key);
            }
        }
        return changed.stream().sorted().toList();
    }

    private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return List.copyOf(keys);
    }

    private static void flatten(Object node, String path, Map<String, Object> out) {
        if (node instanceof Map<?, ?> m && !m.isEmpty()) {
            m.forEach((k, v) -> flatten(v, path + "." + k, out));
        } else if (node instanceof List<?> l && !l.isEmpty()) {
            for (int i = 0; i < l.size(); i++) {
                flatten(l.get(i), path + "[" + i + "]", out);
            }
        } else {
            out.put(path, node);
        }
    }

    static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(Trees.name(o)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
