package org.maestroperf.deploy.validator.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;

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

    /** kubeconform reads these; they were all "no such file or directory". */
    @Test
    void aFifoADeviceAndStdinByNameAreRead() throws Exception {
        Path fifo = dir.resolve("rendered");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo here");
        Process writer = new ProcessBuilder("sh", "-c", "printf 'apiVersion: v1\\nkind: ConfigMap\\n' > " + fifo).start();
        List<Inputs.Input> inputs = Inputs.discover(List.of(fifo.toString(), "/dev/null"));
        assertThat(inputs).extracting(Inputs.Input::name).containsExactly(fifo.toString(), "/dev/null");
        assertThat(Inputs.read(inputs.get(0), null).document().content()).isEqualTo("apiVersion: v1\nkind: ConfigMap\n");
        assertThat(writer.waitFor()).isZero();
        assertThat(Inputs.read(inputs.get(1), null).document().content()).isEmpty();
        Inputs.Input stdin = Inputs.discover(List.of("-")).get(0);
        assertThat(Inputs.read(stdin, new ByteArrayInputStream("a: 1\n".getBytes())).document().content()).isEqualTo("a: 1\n");
    }

    @Test
    void anEmptyPathIsRefusedNotTakenForTheCurrentDirectory() {
        assertThatThrownBy(() -> Inputs.discover(List.of("")))
                .isInstanceOf(UserException.class)
                .hasMessage("'': an empty path names no file (. is the current directory)");
    }

    @Test
    void whatCannotBeReadSaysWhy() throws IOException {
        assertThatThrownBy(() -> Inputs.discover(List.of(dir.resolve("missing.yaml").toString())))
                .hasMessage(dir.resolve("missing.yaml") + ": no such file or directory");
        Path notDir = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> Inputs.discover(List.of(notDir + "/inside.yaml")))
                .hasMessage(notDir + "/inside.yaml: cannot read: not a directory");
    }

    /**
     * A name that is not UTF-8 reaches Java with U+FFFD for the bytes it cannot decode: the one file
     * of its directory whose name reads the same is read, on the command line as in a directory.
     */
    @Test
    void aFileWhoseNameIsNotUtf8IsRead() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "printf 'apiVersion: v1\\nkind: ConfigMap\\n' > \"$(printf 'odd-\\377.yaml')\"")
                .directory(dir.toFile()).start().waitFor() == 0, "no shell here");
        String named = dir + "/odd-\uFFFD.yaml";
        List<Inputs.Input> inputs = Inputs.discover(List.of(named));
        assertThat(inputs).extracting(Inputs.Input::name).containsExactly(named);
        assertThat(Inputs.read(inputs.get(0), null).document().content()).startsWith("apiVersion: v1");
        List<Inputs.Input> found = Inputs.discover(List.of(dir.toString()));
        assertThat(found).singleElement().satisfies(i -> assertThat(Inputs.read(i, null).document()).isNotNull());
    }
}
