package org.maestroperf.deploy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GeneratedBundleTest {

    private static final GeneratedBundle BUNDLE = new GeneratedBundle(List.of(
            new RenderedObject("broker/service.yaml", "kind: Service\n", true),
            new RenderedObject("client/testcase-a.yaml", "kind: ConfigMap\n", true),
            new RenderedObject("client/testcase-a.yaml", "kind: Job\n", true),
            new RenderedObject("commands/stop.yaml", "kind: Job\nmetadata: {name: stop}\n", false)), "# header\n");

    @Test
    void objectsPlannedIntoOnePathShareItsFileAsSeparateDocumentsInPlanOrder() {
        List<GeneratedBundle.ObjectFile> files = BUNDLE.objectFiles();
        assertThat(files).extracting(GeneratedBundle.ObjectFile::path)
                .containsExactly("broker/service.yaml", "client/testcase-a.yaml", "commands/stop.yaml");
        assertThat(files.get(1).objects()).containsExactly(1, 2);
        assertThat(files.get(1).content()).isEqualTo("kind: ConfigMap\n---\nkind: Job\n");
        assertThat(files.get(0).objects()).containsExactly(0);
        assertThat(files.get(0).content()).isEqualTo("kind: Service\n");
    }

    @Test
    void theKustomizationNamesASharedFileOnceAndLeavesTheCommandsOut() {
        Map<String, String> files = BUNDLE.files();
        assertThat(files.get("kustomization.yaml")).endsWith("resources:\n"
                + "  - broker/service.yaml\n"
                + "  - client/testcase-a.yaml\n");
        assertThat(files.keySet()).containsExactly(BundleContract.MARKER, "bundle.yaml", "kustomization.yaml",
                "broker/service.yaml", "client/testcase-a.yaml", "commands/stop.yaml");
        // bundle.yaml still heads each object with the file it is in
        assertThat(files.get("bundle.yaml")).isEqualTo("# header\n"
                + "---\n# broker/service.yaml\nkind: Service\n"
                + "---\n# client/testcase-a.yaml\nkind: ConfigMap\n"
                + "---\n# client/testcase-a.yaml\nkind: Job\n");
    }
}
