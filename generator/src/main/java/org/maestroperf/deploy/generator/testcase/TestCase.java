package org.maestroperf.deploy.generator.testcase;

import java.util.Map;

import org.maestroperf.deploy.diag.SourcePosition;

/**
 * One test case as its file states it.
 *
 * @param name        DNS-1123 label, names the ConfigMap and client Job
 * @param script      script name ({@code FixedRateTest}) from the image or the profile's scripts folder
 * @param description free text, becomes TEST_DESCRIPTION
 * @param retries     reruns after a failure (the Job's backoffLimit)
 * @param parameters  parameter name (upstream's lowerCamelCase keys) to its value as written
 * @param positions   where each parameter (and "name", "script", "parameters", the file itself under "") was written
 */
public record TestCase(String name, String script, String description, int retries,
                       Map<String, String> parameters, Map<String, SourcePosition> positions) {

    /** Where this test case was written (the file). */
    public SourcePosition source() {
        return positions.get("");
    }

    /** Where a key was written, falling back to the file. */
    public SourcePosition positionOf(String key) {
        return positions.getOrDefault(key, source());
    }
}
