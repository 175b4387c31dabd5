package org.maestroperf.deploy.runner.apply;

import java.util.LinkedHashMap;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.maestroperf.deploy.contract.BundleContract;

/** The label that ties every applied object to its bundle, for pruning and teardown. */
public final class ApplyLabels {

    private ApplyLabels() {
    }

    /** Adds the bundle label to {@code object} (in place) and returns it. */
    public static <T extends HasMetadata> T stamp(T object, String bundle) {
        Map<String, String> labels = object.getMetadata().getLabels() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(object.getMetadata().getLabels());
        labels.put(BundleContract.LABEL_BUNDLE, bundle);
        object.getMetadata().setLabels(labels);
        return object;
    }
}
