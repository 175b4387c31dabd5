package org.maestroperf.deploy.generator.model;

/** The optional Prometheus exporter and the port its Service publishes. */
public record Exporter(Workload workload, int port) {
}
