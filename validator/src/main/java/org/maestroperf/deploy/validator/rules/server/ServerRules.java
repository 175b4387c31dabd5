package org.maestroperf.deploy.validator.rules.server;

import java.util.List;

import org.maestroperf.deploy.validator.rules.Rule;

/**
 * The {@code server-*} rules: the API server's own field validation beyond the OpenAPI schema
 * (pkg/apis/{core,apps,batch,networking}/validation upstream), so that a bundle that passes is one
 * the server accepts. Checks an existing rule already makes are left to it: object names
 * ({@code dns-name}), label syntax ({@code label-syntax}), selector against template labels
 * ({@code selector-match}), NodePort range and clashes ({@code node-port}).
 */
public final class ServerRules {

    private ServerRules() {
    }

    public static List<Rule> all() {
        return List.of(new MetadataRules.NameRequired(), new MetadataRules.NamespaceName(), new MetadataRules.AnnotationKey(),
                new MetadataRules.AnnotationSize(),
                new ContainerRules.Required(), new ContainerRules.NameDuplicate(), new ContainerRules.Ports(),
                new ContainerRules.PortNames(), new ContainerRules.HostPortDuplicate(), new ContainerRules.Protocol(),
                new ContainerRules.ImagePullPolicy(), new ContainerRules.TerminationMessagePolicy(),
                new EnvRules.Name(), new EnvRules.ValueFrom(),
                new VolumeRules.Name(), new VolumeRules.Source(), new VolumeRules.Items(), new VolumeRules.Mounts(),
                new ProbeRules.Handler(), new ProbeRules.Values(),
                new ResourceRules.QuantitySyntax(), new ResourceRules.Name(), new ResourceRules.RequestsWithinLimits(),
                new PodSpecRules.RestartPolicy(), new PodSpecRules.DnsPolicy(), new PodSpecRules.DnsConfig(),
                new PodSpecRules.Tolerations(), new PodSpecRules.Affinity(), new PodSpecRules.PodFields(),
                new PodSpecRules.SecurityContext(),
                new WorkloadRules.Replicas(), new WorkloadRules.SelectorRequired(), new WorkloadRules.LabelSelector(),
                new WorkloadRules.UpdateStrategy(), new WorkloadRules.Counts(),
                new JobRules.Counts(), new JobRules.Selector(), new JobRules.Schedule(), new JobRules.CronJobFields(),
                new ServiceRules.Type(), new ServiceRules.Ports(), new ServiceRules.ClusterIp(), new ServiceRules.ExternalName(),
                new ServiceRules.ExternalTrafficPolicy(), new ServiceRules.SessionAffinity(),
                new IngressRules.Paths(), new IngressRules.Backends(), new IngressRules.Hosts(),
                new DataRules.Keys(), new DataRules.Size(), new DataRules.Base64Data(), new DataRules.SecretType(),
                new PvcRules.AccessModes(), new PvcRules.Storage(), new PvcRules.VolumeMode());
    }
}
