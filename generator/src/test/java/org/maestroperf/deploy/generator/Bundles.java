package org.maestroperf.deploy.generator;

import java.nio.file.Path;
import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.generator.profile.ProfileLoader;
import org.maestroperf.deploy.contract.RenderedObject;
import org.maestroperf.deploy.generator.testcase.TestCaseLoader;

/** Test helpers: generate a bundle from built-in profiles and look objects up by kind and name. */
public final class Bundles {

    /** The six ready-made combinations. */
    public static final List<String> COMBINATIONS = List.of(
            "kubernetes-mosquitto", "kubernetes-activemq", "okd-mosquitto", "okd-activemq",
            "openshift-mosquitto", "openshift-activemq");

    /** The built-in test case the output/ bundles carry. */
    public static final Path FIXED_RATE = Path.of("..", "profiles", "testcases", "fixed-rate.yaml");

    private Bundles() {
    }

    public static GeneratedBundle generate(List<String> profiles, List<String> sets, List<Path> testCases) {
        return new Generator(null).generate(new ProfileLoader().load(profiles, sets),
                new TestCaseLoader().load(testCases));
    }

    /** A built-in profile's bundle with the fixed-rate test case; made once per arguments, tests only read it. */
    public static GeneratedBundle generate(String profile, String... sets) {
        List<String> key = new java.util.ArrayList<>(List.of(sets));
        key.add(0, profile);
        return CACHE.computeIfAbsent(key, k -> generate(List.of(profile), List.of(sets), List.of(FIXED_RATE)));
    }

    private static final java.util.Map<List<String>, GeneratedBundle> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** A rendered object read into fabric8's model, as the runner reads it. */
    public static HasMetadata object(RenderedObject rendered) {
        return SERIALIZATION.unmarshal(rendered.yaml());
    }

    public static String kind(RenderedObject rendered) {
        return object(rendered).getKind();
    }

    public static String name(RenderedObject rendered) {
        return object(rendered).getMetadata().getName();
    }

    public static <T extends HasMetadata> T find(GeneratedBundle bundle, Class<T> type, String name) {
        return bundle.objects().stream().map(Bundles::object)
                .filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    public static boolean has(GeneratedBundle bundle, String kind, String name) {
        return bundle.objects().stream().anyMatch(o -> kind(o).equals(kind) && name(o).equals(name));
    }

    /** The pod template of a workload object (Deployment, Job) or the spec of a bare Pod. */
    public static PodSpec podSpec(HasMetadata workload) {
        if (workload instanceof Pod p) {
            return p.getSpec();
        }
        return template(workload).getSpec();
    }

    /** The labels of a workload's pods. */
    public static java.util.Map<String, String> podLabels(HasMetadata workload) {
        if (workload instanceof Pod p) {
            return p.getMetadata().getLabels();
        }
        return template(workload).getMetadata().getLabels();
    }

    /** Whether the object makes pods. */
    public static boolean isWorkload(HasMetadata o) {
        return o instanceof Deployment || o instanceof Job || o instanceof Pod;
    }

    private static PodTemplateSpec template(HasMetadata workload) {
        if (workload instanceof Deployment d) {
            return d.getSpec().getTemplate();
        }
        if (workload instanceof Job j) {
            return j.getSpec().getTemplate();
        }
        throw new AssertionError("not a workload: " + workload.getKind());
    }
}
