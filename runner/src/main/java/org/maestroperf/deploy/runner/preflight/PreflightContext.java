package org.maestroperf.deploy.runner.preflight;

import java.util.ArrayList;
import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.cluster.ApiInfo;
import org.maestroperf.deploy.runner.cluster.Cluster;

/** What every check looks at: the connection, the bundle and what discovery found. */
public record PreflightContext(Cluster cluster, Bundle bundle, ApiInfo api) {

    /** Every object a run creates: infrastructure, test-case ConfigMaps and Jobs, command Jobs. */
    public List<HasMetadata> allObjects() {
        List<HasMetadata> all = new ArrayList<>(bundle.infrastructure());
        bundle.testCases().forEach(tc -> {
            all.add(tc.configMap());
            all.add(tc.job());
        });
        all.addAll(bundle.commands().values());
        return all;
    }
}
