package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's own build step, on a copy of the launcher in a scratch tree with a stand-in for
 * Maven that records how it was called: it rebuilds when a source is newer than the jar, rebuilds
 * from clean when a source was deleted (Maven would keep a deleted profile's copy in target/), does
 * nothing when the tree is as built, and lets only one of two simultaneous first runs build.
 */
class LauncherBuildIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/maestro-deploy.jar");

    @TempDir
    Path tree;

    Path calls;

    @BeforeEach
    void scratchTree() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "no packaged jar: run through mvn verify");
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script; no bash here");
        Files.copy(ROOT.resolve("maestro-deploy"), tree.resolve("maestro-deploy"));
        Files.createDirectories(tree.resolve("cli/src/build"));
        for (String sourced : List.of("java-options", "inputs")) {
            Files.copy(ROOT.resolve("cli/src/build/" + sourced), tree.resolve("cli/src/build/" + sourced));
        }
        Files.writeString(tree.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(tree.resolve("profiles"));
        Files.writeString(tree.resolve("profiles/lab.yaml"), "extends: kubernetes-mosquitto\n");
        Files.createDirectories(tree.resolve("generator/src/main/java"));
        Files.writeString(tree.resolve("generator/src/main/java/A.java"), "class A {}\n");
        calls = tree.resolve("mvn-calls");
        // the stand-in: records its goals, takes a moment (so that two launchers overlap), and leaves
        // the real jar plus stamps saying no archive was made for this JDK (so nothing is trained)
        Path bin = Files.createDirectories(tree.resolve("bin"));
        Files.writeString(bin.resolve("mvn"), "#!/bin/bash\n"
                + "echo \"$*\" >> '" + calls + "'\n"
                + "sleep 1\n"
                + "mkdir -p cli/target && cp '" + JAR + "' cli/target/maestro-deploy.jar\n"
                + "java=$(readlink -f \"$(command -v \"${JAVA_HOME:+$JAVA_HOME/bin/}java\")\")\n"
                + "for job in generate validate; do echo \"none $java\" > cli/target/maestro-deploy.$job.archive.for; done\n");
        Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder("bash", tree.resolve("maestro-deploy").toString(), "--version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PATH", tree.resolve("bin") + ":" + System.getenv("PATH"));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return builder.start();
    }

    private List<String> launch() throws IOException, InterruptedException {
        Process p = start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        return builds();
    }

    private List<String> builds() throws IOException {
        List<String> out = Files.exists(calls) ? Files.readAllLines(calls) : List.of();
        Files.deleteIfExists(calls);
        return out;
    }

    @Test
    void rebuildsForANewerSourceFromCleanForADeletedOneAndNotAtAllWhenUpToDate() throws Exception {
        assertThat(launch()).singleElement().asString().contains("clean package");
        assertThat(launch()).isEmpty();

        Path source = tree.resolve("generator/src/main/java/A.java");
        Files.setLastModifiedTime(source, FileTime.from(Instant.now()));
        assertThat(launch()).singleElement().asString().contains("package").doesNotContain("clean");
        assertThat(launch()).isEmpty();

        // an old mtime, as git gives a file it checks out: noticed by the list, not by the time
        Files.delete(tree.resolve("profiles/lab.yaml"));
        assertThat(launch()).singleElement().asString().contains("clean package");
        Files.writeString(tree.resolve("profiles/new.yaml"), "extends: kubernetes-mosquitto\n");
        Files.setLastModifiedTime(tree.resolve("profiles/new.yaml"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(launch()).singleElement().asString().contains("clean package");
        assertThat(launch()).isEmpty();
    }

    @Test
    void twoFirstRunsAtOnceBuildOnce() throws Exception {
        List<Process> runs = new ArrayList<>(List.of(start(), start()));
        for (Process p : runs) {
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(p.exitValue()).isZero();
        }
        assertThat(builds()).hasSize(1);
    }

    @Test
    void aJarBuiltByHandIsTakenAsBuiltFromTheTreeAsItIs() throws Exception {
        Files.createDirectories(tree.resolve("cli/target"));
        Files.copy(JAR, tree.resolve("cli/target/maestro-deploy.jar"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.setLastModifiedTime(tree.resolve("cli/target/maestro-deploy.jar"), FileTime.from(Instant.now().plusSeconds(60)));
        for (String job : List.of("generate", "validate")) {
            Files.writeString(tree.resolve("cli/target/maestro-deploy." + job + ".archive.for"), "none "
                    + Path.of(System.getProperty("java.home"), "bin", "java").toRealPath() + "\n");
            Files.setLastModifiedTime(tree.resolve("cli/target/maestro-deploy." + job + ".archive.for"),
                    FileTime.from(Instant.now().plusSeconds(120)));
        }
        assertThat(launch()).isEmpty();
        assertThat(tree.resolve("cli/target/maestro-deploy.inputs")).content().contains("profiles/lab.yaml");
    }
}
