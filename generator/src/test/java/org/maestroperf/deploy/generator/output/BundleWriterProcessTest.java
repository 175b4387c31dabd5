package org.maestroperf.deploy.generator.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;

/** Real processes, signalled and killed while they hold a staged bundle. */
class BundleWriterProcessTest {

    @TempDir
    Path dir;

    private Process holding(Path target) throws IOException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStaged.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the child staged its bundle").startsWith("staged");
        return child;
    }

    private List<String> hidden() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.") && !n.equals(".out.lock")).toList();
        }
    }

    private static void signal(Process child, String signal) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(child.pid())).start().waitFor()).isZero();
    }

    @Test
    void anInterruptedOrTerminatedRunLeavesNoStagingDirectory() throws Exception {
        for (String signal : List.of("INT", "TERM")) {
            Process child = holding(dir.resolve("out"));
            assertThat(hidden()).singleElement().asString().startsWith(".out.tmp-");
            signal(child, signal);
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(hidden()).as(signal).isEmpty();
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anotherProcessIsRefusedWhileOneWritesAndAKilledOnesLeftoversAreCleanedUp() throws Exception {
        Path out = dir.resolve("out");
        Process child = holding(out);
        try {
            assertThatThrownBy(() -> {
                try (BundleWriter.Staged staged = BundleWriter.stage(BundleWriterTest.files("c.yaml", "c\n"), out)) {
                    staged.commit();
                }
            }).isInstanceOf(UserException.class).hasMessageContaining("another maestro-deploy is writing it");
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(hidden()).as("SIGKILL runs no hook").singleElement().asString().startsWith(".out.tmp-");
        try (BundleWriter.Staged staged = BundleWriter.stage(BundleWriterTest.files("c.yaml", "c\n"), out)) {
            staged.commit();
        }
        assertThat(out.resolve("c.yaml")).hasContent("c");
        assertThat(hidden()).isEmpty();
    }
}
