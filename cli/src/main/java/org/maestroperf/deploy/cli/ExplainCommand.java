package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.generator.profile.ProfileExplainer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy explain}: the effective profile, and for each value the layer that set it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prints the effective profile, one line per value, with the file:line:col (or --set) that set it.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profileOptions;

    @Parameters(arity = "0..1", paramLabel = "KEY", description = "Only this key, or everything below it (e.g. worker, reports.storage.size).")
    String key;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProfileExplainer.explain(profileOptions.load(), key).forEach(out::println);
        return ExitCode.OK;
    }
}
