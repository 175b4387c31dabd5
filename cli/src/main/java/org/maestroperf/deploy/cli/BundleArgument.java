package org.maestroperf.deploy.cli;

import java.nio.file.Path;

import org.maestroperf.deploy.runner.bundle.Bundle;
import org.maestroperf.deploy.runner.bundle.DirectoryBundleSource;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The generated bundle a command works on, and the name its objects are recorded under. */
final class BundleArgument {

    @Parameters(index = "0", paramLabel = "BUNDLE", description = "Generated directory, or its bundle.yaml.")
    Path path;

    @Option(names = "--bundle-name", paramLabel = "NAME", defaultValue = "maestro",
            description = "Name the applied objects are recorded under (default: ${DEFAULT-VALUE}).")
    String name;

    Bundle load(String namespace) {
        Bundle bundle = new DirectoryBundleSource(path, name).load();
        return namespace == null ? bundle : bundle.inNamespace(namespace);
    }
}
