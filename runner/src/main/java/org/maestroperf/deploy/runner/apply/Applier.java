package org.maestroperf.deploy.runner.apply;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.contract.BundleContract;

/**
 * Applies single objects: server-side apply as field manager {@code maestro-deploy} with forced
 * conflicts; where the server lacks server-side apply (415), create-or-replace instead.
 */
public final class Applier {

    /** What the server defaults a Service port's protocol to. */
    static final String DEFAULT_PROTOCOL = "TCP";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

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
     * Has the server admit and validate {@code object} as a new object, persisting nothing (a
     * create with {@code dryRun=All}, whatever this applier's mode). An answer of AlreadyExists
     * counts as passed: the server checks that only after validation and admission.
     */
    public void checkAsNew(HasMetadata object) {
        try {
            cluster.client().resource(object).dryRun().create();
        } catch (KubernetesClientException e) {
            boolean alreadyExists = e.getCode() == 409 && e.getStatus() != null
                    && "AlreadyExists".equals(e.getStatus().getReason());
            if (!alreadyExists) {
                throw e;
            }
        }
    }

    /**
     * Server-side apply alone, without the fallback: what a live diff compares, since a
     * create-or-replace would answer with another object than the apply makes. Safe from several
     * threads at once.
     */
    public HasMetadata serverSideApply(HasMetadata object) {
        return operation(withPortProtocols(object)).fieldManager(BundleContract.FIELD_MANAGER).forceConflicts()
                .serverSideApply();
    }

    /** True until the server turned out not to support server-side apply. */
    public boolean usesServerSideApply() {
        return serverSideApply;
    }

    private NonDeletingOperation<HasMetadata> operation(HasMetadata object) {
        Resource<HasMetadata> resource = cluster.client().resource(object);
        return dryRun ? resource.dryRun() : resource;
    }

    /**
     * A Service whose ports omit {@code protocol} gets the server's default spelled out. Servers of
     * Kubernetes 1.20 refuse such an apply patch with a 500 ("associative list with keys has an
     * element that omits key field protocol"): {@code protocol} is a key of the ports list, and their
     * apply code does not fill in its default. Other objects are returned as they are.
     */
    static HasMetadata withPortProtocols(HasMetadata object) {
        if (!(object instanceof Service service) || service.getSpec() == null || service.getSpec().getPorts() == null
                || service.getSpec().getPorts().stream().allMatch(p -> p.getProtocol() != null)) {
            return object;
        }
        Service copy = SERIALIZATION.clone(service);
        for (ServicePort port : copy.getSpec().getPorts()) {
            if (port.getProtocol() == null) {
                port.setProtocol(DEFAULT_PROTOCOL);
            }
        }
        return copy;
    }
}
