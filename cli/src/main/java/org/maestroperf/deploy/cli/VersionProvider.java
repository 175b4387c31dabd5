package org.maestroperf.deploy.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.maestroperf.deploy.validator.schema.BuiltinPack;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;

import picocli.CommandLine;

/**
 * What this build is, for {@code --version} and {@code version}: the version and the git commit the
 * build recorded in build.properties (git never runs here), and the schemas built in.
 */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return lines().toArray(String[]::new);
    }

    static List<String> lines() {
        Properties build = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            // unreadable: reported as unknown below, which is what it is
        }
        String commit = build.getProperty("commit", "unknown");
        BuiltinPack pack = BuiltinPack.describe();
        List<String> kubernetes = new ArrayList<>();
        for (String version : pack.kubernetesVersions()) {
            kubernetes.add(version.equals(KubernetesVersion.DEFAULT.minorName()) ? version + " (default)" : version);
        }
        return List.of("maestro-deploy " + build.getProperty("version", "(development build)"),
                "git commit: " + commit + (Boolean.parseBoolean(build.getProperty("dirty")) ? " (with uncommitted changes)" : ""),
                "Kubernetes schemas: " + String.join(", ", kubernetes),
                "OpenShift schemas: " + pack.openShiftSource());
    }
}
