package org.maestroperf.deploy.generator.model;

import java.util.Map;

/**
 * The whole Maestro deployment, every platform decision already made.
 *
 * @param namespace       where every object goes
 * @param platform        kubernetes, okd or openshift
 * @param createNamespace whether the bundle carries the Namespace object
 * @param labels          labels every object carries
 * @param broker          the control-plane broker
 * @param reports         the reports tool
 * @param worker          the worker Deployment
 * @param inspector       the inspector Deployment, or null when disabled
 * @param agent           the agent Deployment, or null when disabled
 * @param exporter        the exporter, or null when disabled
 * @param client          test cases and one-off commands
 */
public record MaestroModel(String namespace, String platform, boolean createNamespace, Map<String, String> labels,
                     Broker broker, Reports reports, Workload worker, Workload inspector, Workload agent,
                     Exporter exporter, Client client) {
}
