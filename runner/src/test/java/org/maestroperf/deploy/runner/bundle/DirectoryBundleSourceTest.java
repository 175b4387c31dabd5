package org.maestroperf.deploy.runner.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.runner.testing.BundleFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryBundleSourceTest {

    @TempDir
    Path dir;

    private static String yaml(java.util.List<?> objects) {
        KubernetesSerialization serialization = new KubernetesSerialization();
        return objects.stream().map(serialization::asYaml).collect(Collectors.joining());
    }

    @Test
    void splitsInfrastructureFromTestCasesAndReadsCommands() throws Exception {
        Files.writeString(dir.resolve("bundle.yaml"), yaml(BundleFixture.kubernetes().testCase("a", 1).testCase("b", 2).objects()));
        Files.createDirectories(dir.resolve("commands"));
        Files.writeString(dir.resolve("commands/stop.yaml"), yaml(BundleFixture.kubernetes().build().commands().values().stream().toList()));

        Bundle bundle = new DirectoryBundleSource(dir, "maestro").load();

        assertThat(bundle.infrastructure()).hasSize(11).noneMatch(o -> o.getMetadata().getLabels().containsKey(Bundle.TESTCASE_LABEL));
        assertThat(bundle.testCases()).extracting(RenderedTestCase::name).containsExactly("a", "b");
        assertThat(bundle.testCases().get(1).retries()).isEqualTo(2);
        assertThat(bundle.commands()).containsOnlyKeys("stop");
        assertThat(bundle.namespace()).contains("maestro");
        assertThat(new DirectoryBundleSource(dir.resolve("bundle.yaml"), "maestro").load().testCases()).hasSize(2);
    }

    @Test
    void testCasesBesideTheBundleAreReadFromTheirOwnFilesInFileNameOrder() throws Exception {
        java.util.List<io.fabric8.kubernetes.api.model.HasMetadata> all = BundleFixture.kubernetes().testCase("b", 0)
                .testCase("a", 3).objects();
        java.util.List<io.fabric8.kubernetes.api.model.HasMetadata> infrastructure = all.stream()
                .filter(o -> !o.getMetadata().getLabels().containsKey(Bundle.TESTCASE_LABEL)).toList();
        Files.writeString(dir.resolve("bundle.yaml"), yaml(infrastructure));
        Files.createDirectories(dir.resolve("client"));
        for (String name : java.util.List.of("a", "b")) {
            Files.writeString(dir.resolve("client/testcase-" + name + ".yaml"), yaml(all.stream()
                    .filter(o -> name.equals(o.getMetadata().getLabels().get(Bundle.TESTCASE_LABEL))).toList()));
        }
        // the infrastructure's own files in client/ are not test cases
        Files.writeString(dir.resolve("client/test-scripts.yaml"), yaml(infrastructure.subList(1, 2)));

        Bundle bundle = new DirectoryBundleSource(dir, "maestro").load();

        assertThat(bundle.infrastructure()).hasSize(infrastructure.size());
        assertThat(bundle.testCases()).extracting(RenderedTestCase::name).containsExactly("a", "b");
        assertThat(bundle.testCases().get(0).retries()).isEqualTo(3);
        assertThat(new DirectoryBundleSource(dir.resolve("bundle.yaml"), "maestro").load().testCases()).hasSize(2);
    }

    @Test
    void anEarlierBundleWithItsTestCasesInBundleYamlIsReadAsBeforeWithoutDoublingThem() throws Exception {
        java.util.List<io.fabric8.kubernetes.api.model.HasMetadata> all = BundleFixture.kubernetes().testCase("a", 1).objects();
        Files.writeString(dir.resolve("bundle.yaml"), yaml(all));
        Files.createDirectories(dir.resolve("client"));
        Files.writeString(dir.resolve("client/testcase-a.yaml"), yaml(all.stream()
                .filter(o -> o.getMetadata().getLabels().containsKey(Bundle.TESTCASE_LABEL)).toList()));

        assertThat(new DirectoryBundleSource(dir, "maestro").load().testCases()).extracting(RenderedTestCase::name)
                .containsExactly("a");
    }

    @Test
    void movingToAnotherNamespaceMovesEveryObject() throws Exception {
        Bundle moved = BundleFixture.kubernetes().testCase("a", 0).build().inNamespace("perf");

        assertThat(moved.namespace()).contains("perf");
        assertThat(moved.infrastructure()).filteredOn(Deployment.class::isInstance)
                .allMatch(d -> d.getMetadata().getNamespace().equals("perf"));
        assertThat(moved.testCases().get(0).job().getMetadata().getNamespace()).isEqualTo("perf");
    }

    @Test
    void missingOrMalformedInputIsAUserMistake() throws Exception {
        assertThatThrownBy(() -> new DirectoryBundleSource(dir, "maestro").load()).isInstanceOf(UserException.class)
                .hasMessageContaining("no bundle here");
        Files.writeString(dir.resolve("bundle.yaml"), "kind: [unclosed\n");
        assertThatThrownBy(() -> new DirectoryBundleSource(dir, "maestro").load()).isInstanceOf(UserException.class)
                .hasMessageContaining("not Kubernetes YAML");
    }

    @Test
    void aTestCaseJobWithoutItsConfigMapIsRefused() throws Exception {
        java.util.List<io.fabric8.kubernetes.api.model.HasMetadata> objects = BundleFixture.kubernetes().testCase("a", 0).objects();
        objects.removeIf(o -> o.getMetadata().getName().equals("testcase-a"));

        assertThatThrownBy(() -> Bundle.of("maestro", objects, java.util.Map.of())).isInstanceOf(UserException.class)
                .hasMessageContaining("test case a: its Job has no ConfigMap");
    }
}
