package org.maestroperf.deploy.runner.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.diag.UserException;

/**
 * The rendered objects of one deployment: infrastructure applied once, test cases run one by one,
 * and the one-off command Jobs ({@code stop}, {@code unassign}) keyed by command name.
 */
public record Bundle(String name, List<HasMetadata> infrastructure, List<RenderedTestCase> testCases,
                     Map<String, Job> commands) {

    /** Label that marks the ConfigMap and Job of a test case; its value is the test case name. */
    public static final String TESTCASE_LABEL = "maestro-deploy/testcase";

    public Bundle {
        infrastructure = List.copyOf(infrastructure);
        testCases = List.copyOf(testCases);
        commands = Map.copyOf(commands);
    }

    /** Splits rendered objects into infrastructure and test cases by the {@link #TESTCASE_LABEL} label. */
    public static Bundle of(String name, List<HasMetadata> objects, Map<String, Job> commands) {
        List<HasMetadata> infrastructure = new ArrayList<>();
        Map<String, ConfigMap> configMaps = new LinkedHashMap<>();
        Map<String, Job> jobs = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : objects) {
            String testCase = labels(object).get(TESTCASE_LABEL);
            if (testCase == null) {
                infrastructure.add(object);
            } else if (object instanceof ConfigMap configMap) {
                configMaps.put(testCase, configMap);
            } else if (object instanceof Job job) {
                jobs.put(testCase, job);
            } else {
                problems.add("test case " + testCase + ": unexpected " + object.getKind() + " "
                        + object.getMetadata().getName() + " (a test case is one ConfigMap and one Job)");
            }
        }
        List<RenderedTestCase> testCases = new ArrayList<>();
        for (Map.Entry<String, Job> entry : jobs.entrySet()) {
            ConfigMap configMap = configMaps.remove(entry.getKey());
            if (configMap == null) {
                problems.add("test case " + entry.getKey() + ": its Job has no ConfigMap with label "
                        + TESTCASE_LABEL + "=" + entry.getKey());
            } else {
                testCases.add(new RenderedTestCase(entry.getKey(), configMap, entry.getValue()));
            }
        }
        configMaps.keySet().forEach(tc -> problems.add("test case " + tc + ": its ConfigMap has no client Job"));
        if (!problems.isEmpty()) {
            throw new UserException(problems);
        }
        return new Bundle(name, infrastructure, testCases, commands);
    }

    /** The namespace the objects name (the first namespaced object's), if any. */
    public Optional<String> namespace() {
        return infrastructure.stream()
                .map(o -> o instanceof Namespace ns ? ns.getMetadata().getName() : o.getMetadata().getNamespace())
                .filter(ns -> ns != null && !ns.isBlank())
                .findFirst();
    }

    /** A copy with every object moved to {@code namespace} (the Namespace object renamed with it). */
    public Bundle inNamespace(String namespace) {
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> moved = infrastructure.stream().map(o -> move(serialization.clone(o), namespace)).toList();
        List<RenderedTestCase> cases = testCases.stream().map(tc -> new RenderedTestCase(tc.name(),
                move(serialization.clone(tc.configMap()), namespace), move(serialization.clone(tc.job()), namespace)))
                .toList();
        Map<String, Job> movedCommands = new LinkedHashMap<>();
        commands.forEach((k, v) -> movedCommands.put(k, move(serialization.clone(v), namespace)));
        return new Bundle(name, moved, cases, movedCommands);
    }

    private static <T extends HasMetadata> T move(T object, String namespace) {
        if (object instanceof Namespace) {
            object.getMetadata().setName(namespace);
        } else {
            object.getMetadata().setNamespace(namespace);
        }
        return object;
    }

    private static Map<String, String> labels(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }
}
