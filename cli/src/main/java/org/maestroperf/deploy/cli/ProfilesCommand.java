package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.maestroperf.deploy.generator.profile.BuiltinProfiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy profiles}: lists the built-in profiles with their descriptions. */
@Command(name = "profiles", mixinStandardHelpOptions = true, description = "Lists the built-in profiles, one line each.")
final class ProfilesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<BuiltinProfiles.Summary> summaries = BuiltinProfiles.fromClasspath().summaries();
        int width = summaries.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        PrintWriter out = spec.commandLine().getOut();
        for (BuiltinProfiles.Summary summary : summaries) {
            out.println(String.format("%-" + width + "s  %s", summary.name(), summary.description()).stripTrailing());
        }
        return ExitCode.OK;
    }
}
