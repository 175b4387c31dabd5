package org.maestroperf.deploy.runner.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import org.maestroperf.deploy.generator.output.GeneratedBundle;
import org.maestroperf.deploy.generator.render.RenderedObject;

/** A bundle generated in memory from profiles and test cases, run without writing it anywhere. */
public final class GeneratedBundleSource implements BundleSource {

    /** The label the generator puts on the one-off command Jobs. */
    static final String COMMAND_LABEL = "maestro-deploy/command";

    private final GeneratedBundle generated;
    private final String name;

    /** @param name the bundle name recorded in the inventory (one deployment per name and namespace) */
    public GeneratedBundleSource(GeneratedBundle generated, String name) {
        this.generated = generated;
        this.name = name;
    }

    @Override
    public Bundle load() {
        List<HasMetadata> objects = generated.bundled().stream().map(RenderedObject::object).toList();
        Map<String, Job> commands = new LinkedHashMap<>();
        for (RenderedObject o : generated.objects()) {
            if (!o.inBundle() && o.object() instanceof Job job && job.getMetadata().getLabels() != null
                    && job.getMetadata().getLabels().containsKey(COMMAND_LABEL)) {
                commands.put(job.getMetadata().getLabels().get(COMMAND_LABEL), job);
            }
        }
        return Bundle.of(name, objects, commands);
    }
}
