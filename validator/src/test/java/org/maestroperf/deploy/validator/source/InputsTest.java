package org.maestroperf.deploy.validator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private void write(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
    }

    private List<String> discovered(Path root) {
        return Inputs.discover(List.of(root.toString())).stream()
                .map(i -> root.relativize(i.path()).toString().replace('\\', '/')).toList();
    }

    @Test
    void aGeneratedDirectoryGivesOnlyItsBundleAndCommands() throws IOException {
        for (String f : List.of("gen/.maestro-deploy", "gen/bundle.yaml", "gen/kustomization.yaml", "gen/namespace.yaml",
                "gen/broker/broker-deployment.yaml", "gen/commands/stop.yaml", "gen/commands/unassign.yaml",
                "gen/commands/notes.txt", "other.yaml")) {
            write(f);
        }
        assertThat(discovered(dir)).containsExactly("gen/bundle.yaml", "gen/commands/stop.yaml",
                "gen/commands/unassign.yaml", "other.yaml");
    }

    @Test
    void aDirectoryWithoutTheMarkerOrWithoutABundleIsSearchedWhole() throws IOException {
        for (String f : List.of("plain/bundle.yaml", "plain/broker/a.yaml", "marked/.maestro-deploy", "marked/broker/a.yaml")) {
            write(f);
        }
        assertThat(discovered(dir)).containsExactly("marked/broker/a.yaml", "plain/broker/a.yaml", "plain/bundle.yaml");
    }

    @Test
    void aFileInsideAGeneratedDirectoryIsReadWhenNamed() throws IOException {
        write("gen/.maestro-deploy");
        write("gen/bundle.yaml");
        write("gen/broker/a.yaml");
        assertThat(Inputs.discover(List.of(dir.resolve("gen/broker/a.yaml").toString()))).hasSize(1);
        assertThat(discovered(dir.resolve("gen/broker"))).containsExactly("a.yaml");
    }

    @Test
    void aSymbolicLinkToAFileIsReadAndOneToADirectoryOrNowhereIsNot() throws IOException {
        write("real/a.yaml");
        write("elsewhere/b.yaml");
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("to-file.yaml"), dir.resolve("real/a.yaml"));
        Files.createSymbolicLink(links.resolve("to-dir.yaml"), dir.resolve("elsewhere"));
        Files.createSymbolicLink(links.resolve("dangling.yaml"), dir.resolve("missing.yaml"));
        write("links/plain.yml");
        assertThat(discovered(links)).containsExactly("plain.yml", "to-file.yaml");
    }
}
