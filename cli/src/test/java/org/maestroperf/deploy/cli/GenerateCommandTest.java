package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class GenerateCommandTest {

    private static final String FIXED_RATE = Path.of("..", "profiles", "testcases", "fixed-rate.yaml").toString();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return MaestroDeploy.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesTheBundleDirectory() {
        Path target = dir.resolve("out");
        assertThat(run("generate", "--profile", "openshift-activemq", "--testcase", FIXED_RATE, "--output-dir", target.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(target.resolve("bundle.yaml")).isRegularFile();
        assertThat(target.resolve("kustomization.yaml")).content().contains("  - reports/reports-route.yaml");
        assertThat(target.resolve("commands/stop.yaml")).isRegularFile();
        assertThat(err.toString()).contains("wrote 11 objects to " + target + " (bundle.yaml, kustomization.yaml)"
                + " and 1 test case(s) beside them (client/testcase-*.yaml)");
    }

    @Test
    void aTestCaseIsOneFileHoldingItsConfigMapAndTheJobThatRunsIt() throws IOException {
        Path target = dir.resolve("out");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "-t", FIXED_RATE, "--output-dir", target.toString())).isEqualTo(ExitCode.OK);
        List<String> objects = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(Files.readString(target.resolve("client/testcase-fixed-rate-1.yaml")))) {
            Map<?, ?> object = (Map<?, ?>) doc;
            objects.add(object.get("kind") + "/" + ((Map<?, ?>) object.get("metadata")).get("name"));
        }
        assertThat(objects).containsExactly("ConfigMap/testcase-fixed-rate-1", "Job/maestro-client-fixed-rate-1");
        try (var client = Files.list(target.resolve("client"))) {
            assertThat(client.map(p -> p.getFileName().toString())).containsExactly("testcase-fixed-rate-1.yaml");
        }
        // beside the bundle, not in it: applying the bundle deploys Maestro and starts no test
        assertThat(target.resolve("kustomization.yaml")).content().doesNotContain("testcase-");
        assertThat(target.resolve("bundle.yaml")).content().doesNotContain("kind: Job").doesNotContain("name: testcase-")
                .contains("# Then, once the broker is ready, 'kubectl apply -f client/testcase-NAME.yaml' runs one test case");
    }

    @Test
    void stdoutWithTestCasesIsRefusedItWouldPrintNoneOfThem() {
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "-t", FIXED_RATE, "--stdout")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: --stdout prints bundle.yaml, which holds no test case");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFindingInATestCasesJobGivesItsLineInTheSharedFile() throws IOException {
        Path written = dir.resolve("written");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "-t", FIXED_RATE, "--output-dir", written.toString())).isEqualTo(ExitCode.OK);
        List<String> lines = Files.readAllLines(written.resolve("client/testcase-fixed-rate-1.yaml"));
        int line = lines.indexOf("  backoffLimit: 1") + 1;
        assertThat(line).as("the Job's backoffLimit comes after the ConfigMap").isGreaterThan(lines.indexOf("---") + 1).isGreaterThan(1);

        Path templates = Files.createDirectories(dir.resolve("templates/client"));
        String builtIn = new String(getClass().getResourceAsStream("/maestro-templates/client/job.yaml.vm").readAllBytes());
        Files.writeString(templates.resolve("job.yaml.vm"), builtIn.replace("  backoffLimit:", "  backofLimit:"));
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "-t", FIXED_RATE, "--templates", dir.resolve("templates").toString(),
                "--output-dir", dir.resolve("out").toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("client/testcase-fixed-rate-1.yaml:" + line + ":3 error schema")
                .contains("backofLimit")
                // the ConfigMap and the Job were one file to check
                .contains("16 objects in 15 files: 1 error");
    }

    @Test
    void stdoutPrintsEveryObjectOfTheBundleInApplyOrder() {
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--set", "worker.replicas=4", "--stdout")).isEqualTo(ExitCode.OK);
        List<String> kinds = new ArrayList<>();
        for (Object doc : new Yaml().loadAll(out.toString())) {
            kinds.add((String) ((java.util.Map<?, ?>) doc).get("kind"));
        }
        assertThat(kinds).startsWith("Namespace", "ConfigMap", "PersistentVolumeClaim", "Service")
                .endsWith("Deployment").doesNotContain("Job");
        assertThat(out.toString()).contains("  replicas: 4\n");
    }

    @Test
    void refusesToOverwriteADirectoryItDidNotGenerateEvenWithForce() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        for (List<String> force : List.of(List.<String>of(), List.of("--force"))) {
            List<String> args = new ArrayList<>(List.of("generate", "-p", "okd-mosquitto", "--output-dir", mine.toString()));
            args.addAll(force);
            assertThat(run(args.toArray(String[]::new))).isEqualTo(ExitCode.USAGE);
            assertThat(err.toString()).contains("error: " + mine + "/: not replaced: it holds notes.txt, which maestro-deploy did not write")
                    .doesNotContain("Exception");
            assertThat(mine.resolve("notes.txt")).hasContent("keep me");
        }
        assertThat(err.toString()).contains("warning: --force is deprecated and changes nothing");
        assertThat(entries(dir)).containsExactlyInAnyOrder("mine", ".mine.lock");
    }

    /** It was a NullPointerException and exit 70. */
    @Test
    void theRootIsRefusedInOneLine() {
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--output-dir", "/", "--force")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines().filter(l -> l.startsWith("error: ")))
                .containsExactly("error: /: not replaced: it is the root directory");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("internal error");
    }

    @Test
    void aPreviousBundleIsReplacedWithoutForce() throws IOException {
        Path out = dir.resolve("out");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "-t", FIXED_RATE, "--output-dir", out.toString())).isEqualTo(ExitCode.OK);
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--output-dir", out.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.resolve("client")).doesNotExist();
        assertThat(out.resolve("bundle.yaml")).isRegularFile();
    }

    @Test
    void aBadTestCaseWritesNothingAndSaysWhere() throws IOException {
        Path tc = Files.writeString(dir.resolve("tc.yaml"), "name: t\nscript: FixedRateTest\nparameters: {rate: 1}\n");
        Path target = dir.resolve("out");
        assertThat(run("generate", "-p", "kubernetes-activemq", "-t", tc.toString(), "--output-dir", target.toString()))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines()).contains(
                "error: " + tc + ":3:1: test case 't': script FixedRateTest requires parameter 'sendReceiveUrl' (SEND_RECEIVE_URL)");
        assertThat(target).doesNotExist();
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("tc.yaml");
        }
    }

    @Test
    void aMisspeltProfileKeyIsPositionedWithASuggestion() throws IOException {
        Path profile = Files.writeString(dir.resolve("mine.yaml"), "extends: kubernetes-mosquitto\nworker:\n  replcas: 3\n");
        assertThat(run("generate", "-p", profile.toString(), "--stdout")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains(profile + ":3:3: worker.replcas: unknown key; did you mean 'replicas'?");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void templatesCanBeOverriddenAndTheirErrorsNameFileAndLine() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        String builtIn = new String(getClass().getResourceAsStream("/maestro-templates/worker/deployment.yaml.vm").readAllBytes());
        Files.writeString(templates.resolve("deployment.yaml.vm"), builtIn.replace("        - name: worker\n", "        - name: load-worker\n"));
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("- name: load-worker");

        Files.writeString(templates.resolve("deployment.yaml.vm"), "apiVersion: apps/v1\nkind: Deployment\n#if($w.name()\n");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("error: " + templates.resolve("deployment.yaml.vm").toAbsolutePath()
                + ":4:1: template syntax error: Encountered the end of the template");

        Files.writeString(templates.resolve("deployment.yaml.vm"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: $w.nmae()\n");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains(templates.resolve("deployment.yaml.vm").toAbsolutePath() + ":4:");

    }

    @Test
    void numbersAndBooleansGivenAsEnvValuesAreWrittenAsTheStringsKubernetesWants() throws IOException {
        Path profile = Files.writeString(dir.resolve("env.yaml"), String.join("\n",
                "extends: kubernetes-mosquitto",
                "worker:",
                "  env:",
                "    - {name: THREADS, value: 4}",
                "    - {name: VERBOSE, value: true}",
                "    - {name: RATIO, value: 0.5}",
                "") );
        assertThat(run("generate", "-p", profile.toString(), "--set", "agent.env[LIMIT].value=10", "--stdout"))
                .as(err.toString()).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("- name: THREADS\n              value: \"4\"\n")
                .contains("- name: VERBOSE\n              value: \"true\"\n")
                .contains("- name: RATIO\n              value: \"0.5\"\n")
                .contains("- name: LIMIT\n              value: \"10\"\n");
    }

    @Test
    void aTemplateOverrideThatReplacesNoBuiltInTemplateIsRefusedWithASuggestion() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        String builtIn = new String(getClass().getResourceAsStream("/maestro-templates/worker/deployment.yaml.vm").readAllBytes());
        Files.writeString(templates.resolve("deploymnet.yaml.vm"), builtIn);
        Files.writeString(Files.createDirectories(dir.resolve("templates/brokr")).resolve("service.yaml.vm"), "x");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString().lines()).containsExactly(
                "error: --templates " + dir.resolve("templates") + ": brokr/service.yaml.vm replaces no built-in template;"
                        + " did you mean 'broker/service.yaml.vm'?",
                "error: --templates " + dir.resolve("templates") + ": worker/deploymnet.yaml.vm replaces no built-in"
                        + " template; did you mean 'worker/deployment.yaml.vm'?");
        assertThat(out.toString()).isEmpty();

        // files that are no templates (notes, a README) are no mistake
        Files.delete(templates.resolve("deploymnet.yaml.vm"));
        Files.delete(dir.resolve("templates/brokr/service.yaml.vm"));
        Files.writeString(dir.resolve("templates/README.md"), "my overrides");
        Files.writeString(templates.resolve("deployment.yaml.vm"), builtIn);
        err.getBuffer().setLength(0);
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout"))
                .as(err.toString()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aTemplateSyntaxErrorIsOneLineWithoutVelocitysOwnLog() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        Files.writeString(templates.resolve("deployment.yaml.vm"), "apiVersion: apps/v1\n#if(\nkind: x\n");
        java.io.ByteArrayOutputStream processErr = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.err;
        System.setErr(new java.io.PrintStream(processErr, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(),
                    "--stdout")).isEqualTo(ExitCode.USAGE);
        } finally {
            System.setErr(original);
        }
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("error: " + templates.resolve("deployment.yaml.vm").toAbsolutePath() + ":3:1: template syntax error");
        assertThat(processErr.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aTemplateMistakeIsNamedInTemplateWordsWithoutJavaClassesOrRepeatedPositions() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        Path template = templates.resolve("deployment.yaml.vm");
        Map<String, String> mistakes = new LinkedHashMap<>();
        mistakes.put("  name: $w.imag()\n", ":4:12: $w has no method imag(); did you mean 'image()'?");
        mistakes.put("  name: $nothing\n", ":4:9: Variable $nothing has not been set");
        for (Map.Entry<String, String> mistake : mistakes.entrySet()) {
            Files.writeString(template, "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n" + mistake.getKey());
            err.getBuffer().setLength(0);
            assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(),
                    "--stdout")).isEqualTo(ExitCode.USAGE);
            assertThat(err.toString()).isEqualTo("error: " + template.toAbsolutePath() + mistake.getValue()
                    + System.lineSeparator());
        }
    }

    @Test
    void aTemplateRendersOneObjectAndWhatDoesNotParseIsAValidationError() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        String head = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n";
        Files.writeString(templates.resolve("deployment.yaml.vm"), head + "---\n" + head);
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout"))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: " + templates.resolve("deployment.yaml.vm").toAbsolutePath()
                + ": must render exactly one object, but line 5 of its output starts another YAML document");

        // what the rendered text says is the validator's to judge, positioned in the file it is written to
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put(head + "  name: y\n", "worker/worker-deployment.yaml:5:3 error duplicate-key duplicate key 'name'");
        refusals.put(head + "  name: [x\n", "worker/worker-deployment.yaml:6:1 error yaml-syntax ");
        // what kubectl and fabric8 cannot read, now that nothing rendered is read back into fabric8
        refusals.put(head + "  labels: {a: !custom b}\n", "worker/worker-deployment.yaml:5:15 error yaml-tag YAML tag !custom");
        refusals.put(head + "  labels: {~: a}\n", "worker/worker-deployment.yaml:5:12 error yaml-key a mapping key must be a string");
        refusals.put(head + "  labels: {[a]: b}\n", "worker/worker-deployment.yaml:5:12 error yaml-key mapping keys must be scalars");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Files.writeString(templates.resolve("deployment.yaml.vm"), refusal.getKey());
            err.getBuffer().setLength(0);
            out.getBuffer().setLength(0);
            assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(), "--stdout"))
                    .as(refusal.getKey()).isEqualTo(ExitCode.FAILED);
            assertThat(err.toString()).as(refusal.getKey()).startsWith(refusal.getValue())
                    .contains("error: nothing written: the rendered bundle does not validate");
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test
    void whatDoesNotValidateIsNotWritten() throws IOException {
        // a template that renders a field the Deployment schema does not have
        Path templates = Files.createDirectories(dir.resolve("templates/worker"));
        String builtIn = new String(getClass().getResourceAsStream("/maestro-templates/worker/deployment.yaml.vm").readAllBytes());
        Files.writeString(templates.resolve("deployment.yaml.vm"), builtIn.replace("  replicas:", "  replics:"));
        Path target = dir.resolve("out");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(),
                "--output-dir", target.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(err.toString()).contains("worker/worker-deployment.yaml:").contains(" error ")
                .contains("error: nothing written: the rendered bundle does not validate");
        assertThat(target).doesNotExist();
        // the files were staged while validating: nothing of them is left either (the empty lock file stays)
        assertThat(entries(dir)).containsExactlyInAnyOrder("templates", ".out.lock");

        // an earlier bundle in that place survives untouched
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--output-dir", target.toString())).isEqualTo(ExitCode.OK);
        String earlier = Files.readString(target.resolve("bundle.yaml"));
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--templates", dir.resolve("templates").toString(),
                "--output-dir", target.toString())).isEqualTo(ExitCode.FAILED);
        assertThat(target.resolve("bundle.yaml")).hasContent(earlier);
        assertThat(entries(dir)).containsExactlyInAnyOrder("templates", "out", ".out.lock");
    }

    private static List<String> entries(Path folder) throws IOException {
        try (var children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void outputAndStdoutAreExclusiveAndOneIsRequired() {
        assertThat(run("generate", "-p", "kubernetes-mosquitto")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).startsWith("error: missing required argument");
    }

    @Test
    void namespaceFlagIsTheNamespaceOfEveryObjectAndTheNamespaceObjectsName() throws IOException {
        Path target = dir.resolve("out");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "-t", FIXED_RATE, "-n", "2024", "--output-dir",
                target.toString())).as(err.toString()).isEqualTo(ExitCode.OK);
        List<Map<?, ?>> objects = new ArrayList<>();
        for (String file : List.of("bundle.yaml", "client/testcase-fixed-rate-1.yaml", "commands/stop.yaml")) {
            new Yaml().loadAll(Files.readString(target.resolve(file))).forEach(o -> objects.add((Map<?, ?>) o));
        }
        assertThat(objects).isNotEmpty().allSatisfy(o -> {
            Map<?, ?> metadata = (Map<?, ?>) o.get("metadata");
            // digits alone stay a string: -n is a name, never read as a number
            assertThat(o.get("kind").equals("Namespace") ? metadata.get("name") : metadata.get("namespace")).isEqualTo("2024");
        });
        assertThat(objects).anySatisfy(o -> assertThat(o.get("kind")).isEqualTo("Namespace"))
                .anySatisfy(o -> assertThat(o.get("kind")).isEqualTo("Job"));
    }

    @Test
    void namespaceFlagWinsOverTheProfilesAndSet() {
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "--set", "namespace=lab", "--namespace", "perf", "--stdout"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("  namespace: perf\n").doesNotContain("namespace: lab");
        assertThat(run("generate", "-p", "kubernetes-mosquitto", "-n", "Not_A_Label", "--stdout")).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Not_A_Label");
    }

    @Test
    void outputDirWritesTheBundleAndTheOldSpellingsStillDoWithADeprecationLine() {
        assertThat(run("generate", "-p", "okd-mosquitto", "--output-dir", dir.resolve("new").toString())).isEqualTo(ExitCode.OK);
        assertThat(dir.resolve("new/bundle.yaml")).isRegularFile();
        assertThat(err.toString()).doesNotContain("deprecated");

        for (String old : List.of("-o", "--output")) {
            err.getBuffer().setLength(0);
            Path target = dir.resolve("old" + old);
            assertThat(run("generate", "-p", "okd-mosquitto", old, target.toString())).isEqualTo(ExitCode.OK);
            assertThat(target.resolve("bundle.yaml")).isRegularFile();
            assertThat(err.toString()).startsWith("warning: -o/--output DIR is deprecated and will mean an output"
                    + " format, as in kubectl; use --output-dir DIR\n");
        }
    }
}
