package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("finished in time").isTrue();
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("stdout")), Files.readString(dir.resolve("stderr")));
    }

    @Test
    void saysItsVersionFromTheManifest() throws Exception {
        Outcome version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out().strip()).isEqualTo("maestro-deploy " + System.getProperty("maestro.version"));
    }

    @Test
    void generatesTheExampleBundleByteForByteAndValidatesIt() throws Exception {
        Path target = dir.resolve("bundle");
        Outcome generate = run("generate", "--profile", "kubernetes-mosquitto",
                "--testcase", ROOT.resolve("profiles/testcases/fixed-rate.yaml").toString(), "--output", target.toString());
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
