package org.maestroperf.deploy.generator.render;

import java.util.Map;

/**
 * One object to render: which template, into which file, with which variables.
 *
 * @param template  template path under the template roots ({@code broker/service.yaml.vm})
 * @param file      output path inside the bundle directory ({@code broker/service.yaml}); objects
 *                  planned into the same path share that file
 * @param variables template variables besides {@code $b} and {@code $y}
 * @param inBundle  whether it belongs to bundle.yaml and the kustomization (one-off commands do not)
 */
public record PlannedObject(String template, String file, Map<String, Object> variables, boolean inBundle) {
}
