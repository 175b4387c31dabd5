package org.maestroperf.deploy.runner.cluster;

import java.util.HashSet;
import java.util.Set;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupList;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.client.VersionInfo;

/** Asks the API server for its version and the API groups it serves (two requests). */
public final class ApiDiscovery {

    private ApiDiscovery() {
    }

    /** Throws {@link io.fabric8.kubernetes.client.KubernetesClientException} when the server cannot be reached. */
    public static ApiInfo discover(Cluster cluster) {
        VersionInfo version = cluster.client().getKubernetesVersion();
        Set<String> groupVersions = new HashSet<>();
        APIGroupList groups = cluster.client().getApiGroups();
        if (groups != null && groups.getGroups() != null) {
            for (APIGroup group : groups.getGroups()) {
                for (GroupVersionForDiscovery gv : group.getVersions()) {
                    groupVersions.add(gv.getGroupVersion());
                }
            }
        }
        String gitVersion = version == null || version.getGitVersion() == null ? "unknown" : version.getGitVersion();
        return new ApiInfo(gitVersion, groupVersions);
    }
}
