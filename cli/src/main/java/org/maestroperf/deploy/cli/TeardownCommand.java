package org.maestroperf.deploy.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.runner.apply.Teardown;
import org.maestroperf.deploy.runner.bundle.DirectoryBundleSource;
import org.maestroperf.deploy.runner.cluster.Cluster;
import org.maestroperf.deploy.runner.progress.Progress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy teardown}: removes everything a bundle created. */
@Command(name = "teardown", mixinStandardHelpOptions = true,
        description = "Remove everything the bundle created (its inventory, client Jobs and test-case ConfigMaps).")
final class TeardownCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "BUNDLE",
            description = "Generated directory or bundle.yaml; only used for its namespace.")
    Path path;
    @Option(names = "--bundle-name", paramLabel = "NAME", defaultValue = "maestro",
            description = "Name the objects were recorded under (default: ${DEFAULT-VALUE}).")
    String name;
    @Mixin
    ClusterOptions cluster;
    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        Progress progress = output.progress(spec.commandLine().getOut(), spec.commandLine().getErr());
        String namespace = path == null ? null : new DirectoryBundleSource(path, name).load().namespace().orElse(null);
        try (Cluster connected = cluster.connect(namespace)) {
            int removed = Teardown.run(connected, name, progress);
            progress.emit("done", removed == 0 ? "nothing recorded for bundle " + name + " in namespace "
                    + connected.namespace() : "removed " + removed + " object(s)");
            return ExitCode.OK;
        }
    }
}
