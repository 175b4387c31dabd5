package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar that {@code package} builds, as the launcher does: every dependency merged
 * into one jar must behave exactly like the class directories the unit tests use.
 */
class PackagedJarIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("maestro.jar", "target/maestro-deploy.jar"));

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome run(String... args) throws IOException, InterruptedException {
        return runIn(Path.of("").toAbsolutePath(), null, args);
    }

    /** Runs in {@code cwd}, under a shell that sets {@code umask} first when one is given. */
    private Outcome runIn(Path cwd, String umask, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        if (umask != null) {
            List<String> quoted = command.stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList();
            command = List.of("sh", "-c", "umask " + umask + " && exec " + String.join(" ", quoted));
        }
        Process process = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    @Test
    void saysItsVersionAndTheCommitTheBuildRecorded() throws Exception {
        Outcome version = run("version");
        assertThat(version.code()).isZero();
        assertThat(version.out().lines()).first().isEqualTo("maestro-deploy " + System.getProperty("maestro.version"));
        assertThat(version.out().lines()).element(1).asString().matches("git commit: ([0-9a-f]{40}.*|unknown)");
    }

    @Test
    void generatesTheExampleBundleByteForByteAndValidatesIt() throws Exception {
        Path target = dir.resolve("bundle");
        Outcome generate = run("generate", "--profile", "kubernetes-mosquitto",
                "--testcase", ROOT.resolve("profiles/testcases/fixed-rate.yaml").toString(), "--output-dir", target.toString());
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(target.resolve("bundle.yaml")).hasSameTextualContentAs(ROOT.resolve("output/kubernetes-mosquitto/bundle.yaml"));

        Outcome validate = run("validate", target.toString());
        assertThat(validate.code()).as(validate.out()).isZero();
        assertThat(validate.out()).contains("0 errors, 0 warnings");
    }

    @Test
    void aUserMistakeIsStillOneLineAndExitCodeTwo() throws Exception {
        Outcome mistake = run("generate", "--profile", "kubernetes-mosquitto", "--set", "worker.replica=4", "--stdout");
        assertThat(mistake.code()).isEqualTo(ExitCode.USAGE);
        assertThat(mistake.err()).startsWith("error: ").contains("did you mean 'replicas'").doesNotContain("\tat ");
    }

    /** {@code --output ..} from a subfolder deleted the parent with the user's files; {@code .} left the shell in a deleted directory. */
    @Test
    void theWorkingDirectoryAndItsParentAreNeverReplaced() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project/sub"));
        Files.writeString(project.getParent().resolve("notes.txt"), "mine");
        Outcome parent = runIn(project, null, "generate", "-p", "kubernetes-mosquitto", "--output-dir", "..", "--force");
        assertThat(parent.code()).isEqualTo(ExitCode.USAGE);
        assertThat(parent.err()).contains("error: ../: not replaced: it holds the working directory").doesNotContain("\tat ");
        assertThat(project.getParent().resolve("notes.txt")).hasContent("mine");

        Path bundle = dir.resolve("bundle");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--output-dir", bundle.toString()).code()).isZero();
        Outcome here = runIn(bundle, null, "generate", "-p", "kubernetes-mosquitto", "--output-dir", ".");
        assertThat(here.code()).isEqualTo(ExitCode.USAGE);
        assertThat(here.err()).contains("error: ./: not replaced: it is the working directory");
        assertThat(bundle.resolve("bundle.yaml")).isRegularFile();
    }

    /** Directories were 0700 whatever the umask. */
    @Test
    void theBundleIsCreatedWithTheUsersUmask() throws Exception {
        Path bundle = dir.resolve("bundle");
        Outcome generate = runIn(dir, "027", "generate", "-p", "kubernetes-mosquitto", "--output", "bundle");
        assertThat(generate.code()).as(generate.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle))).isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle.resolve("broker")))).isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle.resolve("bundle.yaml")))).isEqualTo("rw-r-----");
    }

    @Test
    void templateOverridesAreCheckedAgainstTheTemplatesInTheJarAndVelocityKeepsQuiet() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        Files.writeString(templates.resolve("deploymnet.yaml.vm"), "x");
        Outcome misnamed = run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout");
        assertThat(misnamed.code()).isEqualTo(ExitCode.USAGE);
        assertThat(misnamed.err()).isEqualTo("error: --templates " + dir.resolve("templates")
                + ": worker/deploymnet.yaml.vm replaces no built-in template; did you mean 'worker/deployment.yaml.vm'?\n");

        Files.delete(templates.resolve("deploymnet.yaml.vm"));
        Files.writeString(templates.resolve("deployment.yaml.vm"), "apiVersion: apps/v1\n#if(\nkind: x\n");
        Outcome broken = run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout");
        assertThat(broken.code()).isEqualTo(ExitCode.USAGE);
        assertThat(broken.err().lines()).singleElement().asString().contains("deployment.yaml.vm:3:1: template syntax error");
    }

    @Test
    void mergesTheModelJarsServiceFilesSoEveryKindStaysKnown() throws IOException {
        // one class from each of: kubernetes-model-core, -batch, openshift-model, openshift-model-config
        assertThat(serviceFile("io.fabric8.kubernetes.api.model.KubernetesResource")).contains(
                "io.fabric8.kubernetes.api.model.Pod",
                "io.fabric8.kubernetes.api.model.batch.v1.Job",
                "io.fabric8.openshift.api.model.Route",
                "io.fabric8.openshift.api.model.config.v1.APIServer");
        // what the runner's cluster client is built with
        assertThat(serviceFile("io.fabric8.kubernetes.client.http.HttpClient$Factory"))
                .contains("io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory");
    }

    private static List<String> serviceFile(String service) throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile());
             InputStream in = jar.getInputStream(jar.getEntry("META-INF/services/" + service))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
