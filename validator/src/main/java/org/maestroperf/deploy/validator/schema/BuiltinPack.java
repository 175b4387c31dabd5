package org.maestroperf.deploy.validator.schema;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * What the built-in schema pack covers: the Kubernetes versions (the first the default) and where
 * its OpenShift kinds come from, as the build recorded it.
 */
public record BuiltinPack(List<String> kubernetesVersions, String openShiftSource) {

    public static BuiltinPack describe() {
        Properties pack = new Properties();
        try (InputStream in = BuiltinPack.class.getResourceAsStream("pack.properties")) {
            if (in != null) {
                pack.load(in);
            }
        } catch (IOException e) {
            // a jar that cannot be read would not have got this far; say "unknown" rather than fail
        }
        return new BuiltinPack(KubernetesVersion.BUILT_IN, pack.getProperty("openshift", "unknown"));
    }
}
