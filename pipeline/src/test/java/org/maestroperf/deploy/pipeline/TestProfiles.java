package org.maestroperf.deploy.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.generator.profile.ProfileLoader;

/** Loads a built-in profile with overrides given as values (each becomes a --set with the value as JSON). */
final class TestProfiles {

    private TestProfiles() {
    }

    static EffectiveProfile load(String name, Map<String, Object> overrides) {
        List<String> sets = new ArrayList<>();
        overrides.forEach((path, value) -> sets.add(path + "=" + org.maestroperf.deploy.openshift.TreeWriter.json(value).strip()));
        return new ProfileLoader().load(List.of(name), sets);
    }
}
