package org.maestroperf.deploy.runner.bundle;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.contract.RenderedObject;
import org.maestroperf.deploy.contract.RenderedObject.Part;
import org.maestroperf.deploy.runner.testing.BundleFixture;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedBundleSourceTest {

    @Test
    void theTestCasesBesideTheBundleAreRunToo() {
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<RenderedObject> rendered = new ArrayList<>();
        for (HasMetadata object : BundleFixture.kubernetes().testCase("a", 0).objects()) {
            boolean testCase = object.getMetadata().getLabels().containsKey(Bundle.TESTCASE_LABEL);
            rendered.add(new RenderedObject("x.yaml", serialization.asYaml(object), testCase ? Part.TEST_CASE : Part.INFRASTRUCTURE));
        }
        for (HasMetadata command : BundleFixture.kubernetes().build().commands().values()) {
            java.util.Map<String, String> labels = new java.util.HashMap<>(command.getMetadata().getLabels());
            labels.put(GeneratedBundleSource.COMMAND_LABEL, "stop");
            command.getMetadata().setLabels(labels);
            rendered.add(new RenderedObject("commands/stop.yaml", serialization.asYaml(command), Part.COMMAND));
        }

        Bundle bundle = new GeneratedBundleSource(new GeneratedBundle(rendered, "# header\n"), "maestro").load();

        assertThat(bundle.testCases()).extracting(RenderedTestCase::name).containsExactly("a");
        assertThat(bundle.commands()).containsOnlyKeys("stop");
        assertThat(bundle.infrastructure()).noneMatch(o -> o.getMetadata().getName().equals("maestro-stop"));
    }
}
