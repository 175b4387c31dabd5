package org.maestroperf.deploy.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.hostile.HostileInputs;

/** Profiles of the shapes that took minutes or ended in StackOverflowError: bounded work, one line each. */
class HostileProfileTest {

    @TempDir
    Path dir;

    private final HostileInputs inputs = new HostileInputs(11);

    private EffectiveProfile load(String... refs) {
        return new ProfileLoader(BuiltinProfiles.fromClasspath(), dir).load(List.of(refs), List.of());
    }

    /** 494 bytes whose aliases expand to 43 million values ran past 400 s at 6.4 GB. */
    @Test
    void anAliasFanOutIsRefusedWithItsPosition() throws IOException {
        Files.writeString(dir.resolve("fan.yaml"), inputs.profileWithAliasFanOut(3, 16));
        assertThatThrownBy(() -> load("fan.yaml")).isInstanceOf(UserException.class)
                .hasMessageMatching("fan\\.yaml:\\d+:\\d+: the document expands to more than 500000 values through its"
                        + " aliases; refused");
    }

    /** 10,000 environment variables took 33 s: every list item's path asked whether the whole list was named. */
    @Test
    void tenThousandEnvironmentVariablesInTwoLayersMergeByName() throws IOException {
        String env = inputs.profileWithEnv(10_000);
        Files.writeString(dir.resolve("env.yaml"), env);
        // a second layer over it sets every variable again: merged by name, not scanned per item
        Files.writeString(dir.resolve("again.yaml"), env.replace("extends: kubernetes-mosquitto", "extends: env.yaml")
                .replaceAll("value: \"[a-z0-9]+\"", "value: \"again\""));
        EffectiveProfile profile = load("again.yaml");
        List<?> merged = (List<?>) profile.get("worker.env");
        assertThat(merged).hasSize(10_000).allSatisfy(item -> assertThat(((Map<?, ?>) item).get("value")).isEqualTo("again"));
        String first = (String) ((Map<?, ?>) merged.get(0)).get("name");
        assertThat(profile.origins().get("worker.env[" + first + "].value")).hasToString("again.yaml:5:12");
    }

    /** A 10,000-deep chain of extends ended in StackOverflowError. */
    @Test
    void aVeryDeepExtendsChainIsRefusedWhereItGoesTooDeep() throws IOException {
        for (Map.Entry<String, String> file : inputs.extendsChain(10_000).entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue());
        }
        assertThatThrownBy(() -> load("p0.yaml")).isInstanceOf(UserException.class)
                .hasMessage("p99.yaml:1:10: extends: profiles extend each other more than " + ProfileResolver.MAX_EXTENDS_DEPTH
                        + " levels deep (p0.yaml -> ... -> p99.yaml -> p100.yaml); refused");
        // a chain within the limit loads
        assertThat(load("p9950.yaml").layers()).hasSize(50 + 4);
    }
}
