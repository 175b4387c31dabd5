package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script at the repository root on the jar {@code package} built: its JVM options,
 * huge pages where the kernel offers them, and the class-data archive the build trained, mapped in
 * without training again.
 */
class LauncherIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/maestro-deploy.jar");
    private static final Path THP = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome launch(String javaOptions, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("bash", ROOT.resolve("maestro-deploy").toString()),
                Stream.of(args)).toList())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("MAESTRO_DEPLOY_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    @Test
    void validatesWithItsOwnArchiveAndTheJvmOptionsOfThisMachine() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "no packaged jar: run through mvn verify");
        assumeTrue(onPath("bash"), "the launcher is a bash script; no bash here");
        // the launcher rebuilds a jar older than the sources, and a test must not start a nested build
        assumeFalse(sourcesNewerThan(Files.getLastModifiedTime(JAR)), "sources changed after the jar was built");

        Outcome validate = launch("-XX:+PrintCommandLineFlags", "validate", ROOT.resolve("output/openshift-activemq").toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        assertThat(validate.out()).contains("-XX:TieredStopAtLevel=1").contains("objects in 3 files: 0 errors, 0 warnings");
        boolean hugePagesOnRequest = Files.isReadable(THP)
                && (Files.readString(THP).contains("[madvise]") || Files.readString(THP).contains("[always]"));
        assertThat(validate.out().contains("-XX:+UseTransparentHugePages")).isEqualTo(hugePagesOnRequest);
        Path archive = ROOT.resolve("cli/target/maestro-deploy.validate.archive");
        assertThat(archive).isRegularFile();
        assertThat(ROOT.resolve("cli/target/maestro-deploy.validate.archive.for")).content().containsPattern("^(cds|aot) .*java");

        // the next run maps that archive in instead of training a new one
        FileTime trained = Files.getLastModifiedTime(archive);
        Outcome again = launch("-Xshare:on", "validate", ROOT.resolve("output/openshift-activemq").toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(Files.getLastModifiedTime(archive)).isEqualTo(trained);

        Outcome mistake = launch("", "validate", dir.resolve("missing.yaml").toString());
        assertThat(mistake.code()).isEqualTo(ExitCode.USAGE);
        assertThat(mistake.err().lines()).containsExactly("error: " + dir.resolve("missing.yaml") + ": no such file or directory");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    /** The launcher's own staleness test: a pom, a main source or a profile newer than the jar. */
    private static boolean sourcesNewerThan(FileTime jar) throws IOException {
        List<Path> roots = Stream.concat(Stream.of(ROOT.resolve("pom.xml"), ROOT.resolve("profiles")),
                Stream.of("core", "generator", "openshift", "validator", "runner", "pipeline", "cli").flatMap(m -> Stream.of(
                        ROOT.resolve(m).resolve("pom.xml"), ROOT.resolve(m).resolve("src/main")))).toList();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                if (files.anyMatch(f -> {
                    try {
                        return Files.getLastModifiedTime(f).compareTo(jar) > 0;
                    } catch (IOException e) {
                        return true;
                    }
                })) {
                    return true;
                }
            }
        }
        return false;
    }
}
