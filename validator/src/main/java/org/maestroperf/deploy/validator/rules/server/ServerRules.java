package org.maestroperf.deploy.validator.rules.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.rules.ManifestSet;
import org.maestroperf.deploy.validator.rules.PodTemplates;
import org.maestroperf.deploy.validator.rules.Rule;
import org.maestroperf.deploy.validator.source.Manifest;

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

    /** The instances the shared pass runs (rules hold no state, so one set serves every bundle). */
    private static final List<ServerRule> RULES = rules();

    public static List<Rule> all() {
        return List.copyOf(RULES);
    }

    /** Every server rule over every object and pod spec of the bundle, in one pass: the findings by rule id. */
    static Map<String, List<Finding>> run(ManifestSet manifests) {
        List<ServerRule.Errors> errors = new ArrayList<>(RULES.size());
        for (ServerRule rule : RULES) {
            errors.add(rule.errors(manifests.kubernetesVersion()));
        }
        // the rules that look at each kind (a call per object and rule was the pass's main cost)
        Map<String, int[]> byKind = new HashMap<>();
        for (Manifest m : manifests.manifests()) {
            String kind = m.kind();
            for (int i : byKind.computeIfAbsent(kind, ServerRules::lookingAt)) {
                RULES.get(i).object(m, kind, errors.get(i));
            }
        }
        for (PodTemplates.Pods pods : manifests.pods().toList()) {
            PodSpec pod = PodSpec.of(pods);
            for (int i = 0; i < RULES.size(); i++) {
                RULES.get(i).pod(pod, errors.get(i));
            }
        }
        Map<String, List<Finding>> out = new HashMap<>();
        for (int i = 0; i < RULES.size(); i++) {
            out.put(RULES.get(i).id(), errors.get(i).findings());
        }
        return out;
    }

    private static int[] lookingAt(String kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < RULES.size(); i++) {
            Set<String> kinds = RULES.get(i).objectKinds();
            if (kinds == null || kinds.contains(kind)) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<ServerRule> rules() {
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
