package org.maestroperf.deploy.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is stated once, in the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = MaestroDeploy.class.getPackage().getImplementationVersion();
        return new String[] {"maestro-deploy " + (version == null ? "(development build)" : version)};
    }
}
