package org.maestroperf.deploy.runner.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.Resource;

import org.maestroperf.deploy.runner.cluster.Cluster;

/**
 * Applies single objects: server-side apply as field manager {@code maestro-deploy} with forced
 * conflicts; where the server lacks server-side apply (415), create-or-replace instead.
 */
public final class Applier {

    /** The field manager recorded in managedFields. */
    public static final String FIELD_MANAGER = "maestro-deploy";

    private final Cluster cluster;
    private final boolean dryRun;
    private boolean serverSideApply = true;

    /** @param dryRun send everything with {@code dryRun=All}: the server validates and persists nothing */
    public Applier(Cluster cluster, boolean dryRun) {
        this.cluster = cluster;
        this.dryRun = dryRun;
    }

    /** Applies {@code object} and returns the server's version of it. */
    public HasMetadata apply(HasMetadata object) {
        if (serverSideApply) {
            try {
                return serverSideApply(object);
            } catch (KubernetesClientException e) {
                if (e.getCode() == 415) {
                    serverSideApply = false;
                } else if (e.getCode() != 404) {
                    // 404: a server without apply-patch support answers so for objects it does not have yet
                    throw e;
                }
            }
        }
        return operation(object).createOr(NonDeletingOperation::update);
    }

    /**
     * Server-side apply alone, without the fallback: what a live diff compares, since a
     * create-or-replace would answer with another object than the apply makes. Safe from several
     * threads at once.
     */
    public HasMetadata serverSideApply(HasMetadata object) {
        return operation(object).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
    }

    /** True until the server turned out not to support server-side apply. */
    public boolean usesServerSideApply() {
        return serverSideApply;
    }

    private NonDeletingOperation<HasMetadata> operation(HasMetadata object) {
        Resource<HasMetadata> resource = cluster.client().resource(object);
        return dryRun ? resource.dryRun() : resource;
    }
}
