package org.maestroperf.deploy.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.contract.RenderedObject.Part;

class GeneratedBundleTest {

    private static final GeneratedBundle BUNDLE = new GeneratedBundle(List.of(
            new RenderedObject("broker/service.yaml", "kind: Service\n", Part.INFRASTRUCTURE),
            new RenderedObject("broker/deployment.yaml", "kind: Deployment\n", Part.INFRASTRUCTURE),
            new RenderedObject("client/testcase-a.yaml", "kind: ConfigMap\n", Part.TEST_CASE),
            new RenderedObject("client/testcase-a.yaml", "kind: Job\n", Part.TEST_CASE),
            new RenderedObject("commands/stop.yaml", "kind: Job\nmetadata: {name: stop}\n", Part.COMMAND)), "# header\n");

    @Test
    void objectsPlannedIntoOnePathShareItsFileAsSeparateDocumentsInPlanOrder() {
        List<GeneratedBundle.ObjectFile> files = BUNDLE.objectFiles();
        assertThat(files).extracting(GeneratedBundle.ObjectFile::path).containsExactly("broker/service.yaml",
                "broker/deployment.yaml", "client/testcase-a.yaml", "commands/stop.yaml");
        assertThat(files.get(2).objects()).containsExactly(2, 3);
        assertThat(files.get(2).content()).isEqualTo("kind: ConfigMap\n---\nkind: Job\n");
        assertThat(files.get(0).objects()).containsExactly(0);
        assertThat(files.get(0).content()).isEqualTo("kind: Service\n");
    }

    @Test
    void bundleYamlAndTheKustomizationHoldTheInfrastructureTestCasesAndCommandsLieBeside() {
        Map<String, String> files = BUNDLE.files();
        // applying the bundle deploys Maestro; applying a test case's file runs that test, once it is up
        assertThat(files.get("kustomization.yaml")).endsWith("resources:\n"
                + "  - broker/service.yaml\n"
                + "  - broker/deployment.yaml\n");
        assertThat(files.keySet()).containsExactly(BundleContract.MARKER, "bundle.yaml", "kustomization.yaml",
                "broker/service.yaml", "broker/deployment.yaml", "client/testcase-a.yaml", "commands/stop.yaml");
        // bundle.yaml heads each object with the file it is in
        assertThat(files.get("bundle.yaml")).isEqualTo("# header\n"
                + "---\n# broker/service.yaml\nkind: Service\n"
                + "---\n# broker/deployment.yaml\nkind: Deployment\n");
        assertThat(BUNDLE.bundled()).extracting(RenderedObject::file)
                .containsExactly("broker/service.yaml", "broker/deployment.yaml");
        assertThat(BUNDLE.deployed()).extracting(RenderedObject::file).containsExactly("broker/service.yaml",
                "broker/deployment.yaml", "client/testcase-a.yaml", "client/testcase-a.yaml");
    }

    @Test
    void aTestCasesFileIsNamedAfterItInTheClientFolder() {
        assertThat(BundleContract.testCaseFile("fixed-rate-1")).isEqualTo("client/testcase-fixed-rate-1.yaml");
        assertThat(BundleContract.testCaseName("client/testcase-fixed-rate-1.yaml")).hasValue("fixed-rate-1");
        assertThat(BundleContract.testCaseName("client/test-scripts.yaml")).isEmpty();
    }
}
