package org.maestroperf.deploy.generator.render;

import java.util.Map;

import org.maestroperf.deploy.contract.RenderedObject.Part;

/**
 * One object to render: which template, into which file, with which variables.
 *
 * @param template  template path under the template roots ({@code broker/service.yaml.vm})
 * @param file      output path inside the bundle directory ({@code broker/service.yaml}); objects
 *                  planned into the same path share that file
 * @param variables template variables besides {@code $b} and {@code $y}
 * @param part      the part of the bundle it belongs to (infrastructure, a test case, a one-off command)
 */
public record PlannedObject(String template, String file, Map<String, Object> variables, Part part) {
}
