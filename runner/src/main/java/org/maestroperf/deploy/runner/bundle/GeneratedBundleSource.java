package org.maestroperf.deploy.runner.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.contract.RenderedObject;

/**
 * A bundle generated in memory from profiles and test cases, run without writing it anywhere. Its
 * objects are read from their rendered text with fabric8's serialization, as a directory's are.
 */
public final class GeneratedBundleSource implements BundleSource {

    /** The label the generator puts on the one-off command Jobs. */
    static final String COMMAND_LABEL = "maestro-deploy/command";

    private final GeneratedBundle generated;
    private final String name;
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /**
     * A bundle rendered in memory.
     *
     * @param generated the rendering, e.g. {@code CheckedBundle.bundle()} of a bundle that validated
     * @param name      the bundle name recorded in the inventory (one deployment per name and namespace)
     */
    public GeneratedBundleSource(GeneratedBundle generated, String name) {
        this.generated = generated;
        this.name = name;
    }

    @Override
    public Bundle load() {
        List<HasMetadata> objects = new ArrayList<>();
        Map<String, Job> commands = new LinkedHashMap<>();
        for (RenderedObject o : generated.objects()) {
            HasMetadata object = serialization.unmarshal(o.yaml());
            if (o.part() != RenderedObject.Part.COMMAND) {
                // the infrastructure and the test cases beside it: Bundle.of tells them apart by label
                objects.add(object);
            } else if (object instanceof Job job && job.getMetadata().getLabels() != null
                    && job.getMetadata().getLabels().containsKey(COMMAND_LABEL)) {
                commands.put(job.getMetadata().getLabels().get(COMMAND_LABEL), job);
            }
        }
        return Bundle.of(name, objects, commands);
    }
}
