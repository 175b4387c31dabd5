package org.maestroperf.deploy.generator.model;

/**
 * The reports tool: Deployment, its PVC and how its web UI is published.
 *
 * @param workload         its Deployment
 * @param exposure         ingress, route or none: how the UI is published besides the NodePort
 * @param host             Ingress/Route host, or null
 * @param ingressClassName Ingress class, or null for the default
 * @param routeTls         none or edge
 * @param nodePort         NodePort of reports-external, or null for no such Service
 * @param storageSize      PVC request
 * @param storageClassName PVC class, or null for the cluster default; {@code ""} is Kubernetes' explicit
 *                         "no class" (dynamic provisioning off: only a pre-created volume without class binds)
 */
public record Reports(Workload workload, String exposure, String host, String ingressClassName, String routeTls,
                      Integer nodePort, String storageSize, String storageClassName) {

    /** The web UI and REST port. */
    public static final int HTTP_PORT = 6500;

    /** Whether an Ingress is written: only with a host, since an Ingress without one catches every host. */
    public boolean ingress() {
        return "ingress".equals(exposure) && host != null;
    }

    public boolean route() {
        return "route".equals(exposure);
    }

    /**
     * Whether the PVC names its class, {@code ""} included: a template's {@code #if} would take the
     * empty string for false and drop it, and the claim would get the default class instead.
     */
    public boolean storageClassSet() {
        return storageClassName != null;
    }

    public boolean edgeTls() {
        return "edge".equals(routeTls);
    }
}
