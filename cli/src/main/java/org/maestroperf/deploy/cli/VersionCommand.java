package org.maestroperf.deploy.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy version}: what {@code --version} prints. */
@Command(name = "version", mixinStandardHelpOptions = true,
        description = "Print the version, the git commit it was built from and the schema versions built in.")
final class VersionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        VersionProvider.lines().forEach(spec.commandLine().getOut()::println);
        return ExitCode.OK;
    }
}
