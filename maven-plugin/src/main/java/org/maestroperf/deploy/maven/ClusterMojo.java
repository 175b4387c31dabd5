package org.maestroperf.deploy.maven;

import java.io.File;

import org.apache.maven.plugins.annotations.Parameter;
import org.maestroperf.deploy.runner.bundle.BundleSource;
import org.maestroperf.deploy.runner.bundle.DirectoryBundleSource;
import org.maestroperf.deploy.runner.cluster.ConnectOptions;

/**
 * What the goals that work on a cluster share: the bundle ({@code maestro:generate}'s directory by
 * default) and the cluster, found as kubectl finds it. The cluster named, or an error: never another.
 */
abstract class ClusterMojo extends MaestroMojo {

    /** The generated bundle directory, or its {@code bundle.yaml}. */
    @Parameter(property = "maestro.bundle", defaultValue = "${project.build.directory}/maestro")
    File bundle;

    /** The name the applied objects are recorded under (one deployment per name and namespace). */
    @Parameter(property = "maestro.bundleName", defaultValue = "maestro")
    String bundleName;

    /** The kubeconfig file; by default {@code $KUBECONFIG}, then {@code ~/.kube/config}. */
    @Parameter(property = "maestro.kubeconfig")
    File kubeconfig;

    /** The kubeconfig context; by default its current one. */
    @Parameter(property = "maestro.context")
    String context;

    /** The namespace; by default the bundle's, then the context's. */
    @Parameter(property = "maestro.namespace")
    String namespace;

    BundleSource source() {
        return new DirectoryBundleSource(resolve(bundle), bundleName);
    }

    ConnectOptions connect() {
        return new ConnectOptions(kubeconfig == null ? null : resolve(kubeconfig), context, namespace);
    }
}
