package org.maestroperf.deploy.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.generator.profile.ProfileLoader;
import org.maestroperf.deploy.yaml.HostileValues;
import org.maestroperf.deploy.generator.testcase.TestCase;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Feeds hostile strings into every free-text field a user controls and checks that the bundle's
 * structure is exactly that of a harmless value, with the hostile value read back unchanged.
 */
class InjectionPropertyTest {

    private static final String PLACEHOLDER = "harmless-placeholder";
    private static final EffectiveProfile PROFILE = new ProfileLoader().load(List.of("openshift-mosquitto"), List.of());
    private static final Generator GENERATOR = new Generator(null);

    /** A field: how to put a value into the inputs, giving the profile and test case to generate from. */
    private record Field(String name, BiFunction<EffectiveProfile, String, EffectiveProfile> profile,
                         BiFunction<TestCase, String, TestCase> testCase) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("test case description", (p, v) -> p, (t, v) -> withDescription(t, v)),
            new Field("test case parameter", (p, v) -> p, (t, v) -> withParameter(t, "logLevel", v)),
            new Field("test case metadata parameter", (p, v) -> p, (t, v) -> withParameter(t, "testComments", v)),
            new Field("worker env value", (p, v) -> with(p, List.of("worker", "env"),
                    List.of(Map.of("name", "EXTRA", "value", v))), (t, v) -> t),
            new Field("mosquitto config", (p, v) -> with(p, List.of("broker", "mosquittoConfig"), v), (t, v) -> t),
            new Field("storage class", (p, v) -> with(p, List.of("reports", "storage", "className"), v), (t, v) -> t),
            new Field("namespace", (p, v) -> with(p, List.of("namespace"), v), (t, v) -> t));

    private static final TestCase BASE = new TestCase("fixed-rate-1", "FixedRateTest", null, 0,
            Map.of("sendReceiveUrl", "amqp://sut:5672/q", "messageSize", "256", "testDuration", "30s",
                    "rate", "0", "parallelCount", "2"), Map.of("", org.maestroperf.deploy.diag.SourcePosition.of("t")));
    /** The bundle each field gives with a harmless value, made once. */
    private static final Map<String, List<Object>> BASELINES = new java.util.concurrent.ConcurrentHashMap<>();

    static Stream<String> values() {
        List<String> values = new ArrayList<>(HostileValues.ALL);
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            values.add(HostileValues.random(random, 1 + random.nextInt(30)));
        }
        return values.stream();
    }

    @ParameterizedTest
    @MethodSource("values")
    void aHostileValueChangesNoStructureAndRoundTrips(String value) {
        for (Field field : FIELDS) {
            List<Object> expected = BASELINES.computeIfAbsent(field.name(), n -> documents(generate(field, BASE, PLACEHOLDER)));
            List<Object> actual = documents(generate(field, BASE, value));
            assertThat(replace(actual, value)).as("%s = %s", field.name(), HostileValues.show(value)).isEqualTo(expected);
            assertThat(count(actual, value)).as("%s = %s read back", field.name(), HostileValues.show(value))
                    .isEqualTo(count(expected, PLACEHOLDER)).isPositive();
        }
    }

    @org.junit.jupiter.api.Test
    void aProfileFileNameCannotBreakOutOfTheHeaderComment(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path evil = java.nio.file.Files.writeString(dir.resolve("evil\n---\nkind: Secret\n.yaml"),
                "extends: openshift-mosquitto\n");
        GeneratedBundle bundle = GENERATOR.generate(new ProfileLoader().load(List.of(evil.toString()), List.of()), List.of());
        String header = bundle.bundleYaml().substring(0, bundle.bundleYaml().indexOf("---\n"));
        assertThat(header.lines()).hasSize(2).allMatch(l -> l.startsWith("# "));
        assertThat(documents(bundle)).hasSize(bundle.objects().size());
    }

    private static GeneratedBundle generate(Field field, TestCase base, String value) {
        return GENERATOR.generate(field.profile().apply(PROFILE, value), List.of(field.testCase().apply(base, value)));
    }

    private static List<Object> documents(GeneratedBundle bundle) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        List<Object> docs = new ArrayList<>();
        new Yaml(options).loadAll(bundle.bundleYaml()).forEach(docs::add);
        bundle.objects().stream().filter(o -> !o.inBundle()).forEach(o -> docs.add(new Yaml(options).load(o.yaml())));
        return docs;
    }

    /** The tree with every string equal to {@code value} (or containing it, for text built around it) made the placeholder. */
    private static Object replace(Object node, String value) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(replace(k, value), replace(v, value)));
            return out;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(v -> replace(v, value)).toList();
        }
        return node instanceof String s && s.equals(value) ? PLACEHOLDER : node;
    }

    private static long count(Object node, String value) {
        if (node instanceof Map<?, ?> map) {
            return map.entrySet().stream().mapToLong(e -> count(e.getKey(), value) + count(e.getValue(), value)).sum();
        }
        if (node instanceof List<?> list) {
            return list.stream().mapToLong(v -> count(v, value)).sum();
        }
        return value.equals(node) ? 1 : 0;
    }

    private static TestCase withDescription(TestCase t, String v) {
        return new TestCase(t.name(), t.script(), v, t.retries(), t.parameters(), t.positions());
    }

    private static TestCase withParameter(TestCase t, String key, String v) {
        Map<String, String> parameters = new LinkedHashMap<>(t.parameters());
        parameters.put(key, v);
        return new TestCase(t.name(), t.script(), t.description(), t.retries(), parameters, t.positions());
    }

    /** The profile with one value replaced, bypassing the loader: what reaches the templates. */
    @SuppressWarnings("unchecked")
    private static EffectiveProfile with(EffectiveProfile p, List<String> path, Object value) {
        Map<String, Object> root = (Map<String, Object>) deepCopy(p.values());
        Map<String, Object> node = root;
        for (String key : path.subList(0, path.size() - 1)) {
            node = (Map<String, Object>) node.get(key);
        }
        node.put(path.get(path.size() - 1), value);
        return new EffectiveProfile(p.layers(), root, new HashMap<>(p.origins()));
    }

    private static Object deepCopy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, deepCopy(v)));
            return out;
        }
        if (node instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(InjectionPropertyTest::deepCopy).toList());
        }
        return node;
    }
}
