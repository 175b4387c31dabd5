package org.maestroperf.deploy.runner.cluster;

import java.util.Set;

/** What API discovery found: the server version and the served group versions ({@code apps/v1}, ...). */
public record ApiInfo(String version, Set<String> groupVersions) {

    /** The OpenShift Route API group. */
    public static final String ROUTE_GROUP = "route.openshift.io";

    public ApiInfo {
        groupVersions = Set.copyOf(groupVersions);
    }

    /** True when {@code apiVersion} (e.g. {@code v1}, {@code apps/v1}) is served; the core group always is. */
    public boolean serves(String apiVersion) {
        return !apiVersion.contains("/") || groupVersions.contains(apiVersion);
    }

    /** True on OpenShift and OKD, where Routes replace Ingress for the reports UI. */
    public boolean routesServed() {
        return groupVersions.stream().anyMatch(gv -> gv.startsWith(ROUTE_GROUP + "/"));
    }
}
