package org.maestroperf.deploy.generator.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** docs/profiles.md must keep a row for every key base.yaml defines. */
class ProfilesDocTest {

    @Test
    void everyKeyOfBaseIsInTheKeysTable() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "profiles.md"));
        Object base = YamlTree.parse(BuiltinProfiles.fromClasspath().text("base").orElseThrow(), "base").root();
        List<String> keys = new ArrayList<>();
        documentedKeys((Map<?, ?>) base, "", keys);

        assertThat(keys).hasSizeGreaterThan(40)
                .allSatisfy(key -> assertThat(doc).as("row for " + key).contains("| `" + key + "` |"));
    }

    /** Leaves, except that a resources map is one row. */
    private static void documentedKeys(Map<?, ?> map, String path, List<String> keys) {
        map.forEach((key, value) -> {
            String child = TreePaths.child(path, (String) key);
            if (value instanceof Map<?, ?> inner && !key.equals("resources")) {
                documentedKeys(inner, child, keys);
            } else {
                keys.add(child);
            }
        });
    }
}
