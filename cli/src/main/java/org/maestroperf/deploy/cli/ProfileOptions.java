package org.maestroperf.deploy.cli;

import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.generator.profile.ProfileLoader;

import picocli.CommandLine.Option;

/** The profile options every command that works on a profile shares ({@code @Mixin}): --profile and --set. */
public final class ProfileOptions {

    @Option(names = {"-p", "--profile"}, paramLabel = "NAME|FILE",
            description = "A built-in profile name or a profile file; repeatable, later ones win (see 'maestro-deploy profiles').")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one key after all profiles, e.g. worker.replicas=4 or worker.env[JAVA_OPTS].value=-Xmx1g; "
                    + "the value is read as YAML (4 is a number, \"4\" a string, null unsets); repeatable.")
    List<String> sets = new ArrayList<>();

    /** The merged profile these options name. */
    public EffectiveProfile load() {
        return new ProfileLoader().load(profiles, sets);
    }
}
