package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.generator.output.BundleWriter;
import org.maestroperf.deploy.generator.output.GeneratedBundle;
import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.generator.render.Rendering;
import org.maestroperf.deploy.generator.testcase.TestCase;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.OutputFormat;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.source.DocumentParser;
import org.maestroperf.deploy.validator.source.MapValue;
import org.maestroperf.deploy.validator.source.Manifest;
import org.maestroperf.deploy.validator.source.SourceDocument;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code maestro-deploy generate}: renders a bundle from profiles and test cases into a directory or stdout. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Renders the bundle of the given profiles and test cases into a directory.", "",
                "One file per object in component folders (one per test case for its ConfigMap and Job),",
                "bundle.yaml (every object in apply order) and kustomization.yaml. What is rendered is",
                "validated first (as 'validate' would); with an error nothing is written. The directory",
                "is replaced as a whole, atomically."},
        footer = {"", "Examples:",
                "  maestro-deploy generate --profile openshift-activemq --output out/",
                "  maestro-deploy generate -p kubernetes-mosquitto --set worker.replicas=4 \\",
                "      --testcase profiles/testcases/fixed-rate.yaml --output out/",
                "  maestro-deploy generate -p okd-mosquitto --stdout | kubectl apply -f -"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ProfileOptions profile;

    @Mixin
    TestCaseOptions testCases;

    @ArgGroup(multiplicity = "1")
    Destination destination;

    static final class Destination {
        @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
                description = "The bundle directory to write (replaced whole; see --force).")
        Path directory;

        @Option(names = "--stdout", required = true, description = "Print bundle.yaml instead of writing files.")
        boolean stdout;
    }

    @Option(names = "--force", description = "Replace --output even if maestro-deploy did not generate it.")
    boolean force;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates that replace built-in ones of the same path (e.g. worker/deployment.yaml.vm).")
    Path templates;

    @Override
    public Integer call() {
        // three independent start-up jobs share the cores: the profiles and the template engine on
        // threads of their own, the test cases here (in parallel); problems are reported in that order
        CompletableFuture<EffectiveProfile> profiles = CompletableFuture.supplyAsync(profile::load,
                GenerateCommand::onOwnThread);
        CompletableFuture<Generator> engine = CompletableFuture.supplyAsync(() -> new Generator(templates),
                GenerateCommand::onOwnThread);
        List<TestCase> cases = null;
        UserException caseProblem = null;
        try {
            cases = testCases.load();
        } catch (UserException e) {
            caseProblem = e;
        }
        Generator generator = await(engine);
        EffectiveProfile effective = await(profiles);
        if (caseProblem != null) {
            throw caseProblem;
        }
        Rendering rendering = generator.render(effective, cases);
        List<GeneratedBundle.Entry> entries = rendering.objects().stream()
                .map(t -> new GeneratedBundle.Entry(t.planned().file(), t.yaml(), t.planned().inBundle()))
                .toList();
        // the component-folder files, each holding one object or a test case's two: staged as they
        // are, and validated as they are, so that a finding's line is its line in the file
        List<GeneratedBundle.ObjectFile> files = rendering.complete() ? GeneratedBundle.objectFiles(entries) : List.of();
        // creating files is most of a campaign's time: they go into a hidden staging directory while
        // the bundle is validated and read back, and take --output's place only if both pass
        CompletableFuture<BundleWriter.Staged> staging = destination.stdout || !rendering.complete() ? null
                : CompletableFuture.supplyAsync(() -> BundleWriter.stage(
                        GeneratedBundle.files(entries, files, rendering.header()), destination.directory, force),
                        GenerateCommand::onOwnThread);
        try {
            return validateAndWrite(generator, rendering, files, staging);
        } finally {
            if (staging != null) {
                discard(staging);
            }
        }
    }

    private int validateAndWrite(Generator generator, Rendering rendering, List<GeneratedBundle.ObjectFile> files,
                                 CompletableFuture<BundleWriter.Staged> staging) {
        // the validator parses every document anyway: its tree is what the read-back reads, so each
        // rendered object is parsed once; a template error is reported by the read-back, in apply order
        List<Finding> findings = List.of();
        MapValue[] trees = new MapValue[rendering.objects().size()];
        if (rendering.complete()) {
            findings = new Validator(ValidationOptions.defaults()).validate(files.stream()
                    .map(f -> new SourceDocument(f.path(), f.content())).toList(),
                    (parsed, i) -> keepTrees(parsed, files.get(i).objects(), trees));
        }
        // converted one at a time, so that only the validator's compact trees stay in memory meanwhile
        GeneratedBundle bundle = generator.readBack(rendering, i -> trees[i] == null ? null : (Map<?, ?>) trees[i].plain());
        PrintWriter err = spec.commandLine().getErr();
        if (!findings.isEmpty()) {
            OutputFormat.TEXT.write(new Report(findings, files.size(), bundle.objects().size()), List.of(), err);
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            err.println("error: nothing written: the rendered bundle does not validate (see above)");
            return ExitCode.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (destination.stdout) {
            out.print(bundle.bundleYaml());
        } else {
            await(staging).commit();
            err.printf("wrote %d objects to %s (bundle.yaml, kustomization.yaml)%n",
                    bundle.bundled().size(), destination.directory);
        }
        out.flush();
        return ExitCode.OK;
    }

    static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "generate");
        thread.setDaemon(true);
        thread.start();
    }

    /** What the task returned, or the exception it threw, as if it had run here. */
    static <T> T await(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Waits for the staging to end, and deletes what it wrote unless that was committed. */
    private static void discard(CompletableFuture<BundleWriter.Staged> staging) {
        try {
            staging.join().close();
        } catch (CompletionException e) {
            // it wrote nothing to delete; when its failure mattered, it was already thrown
        }
    }

    /**
     * Keeps each object's tree when its file parsed cleanly into exactly its objects, one per YAML
     * document; otherwise none, and the read-back parses those objects itself.
     */
    static void keepTrees(DocumentParser.Result parsed, List<Integer> objects, MapValue[] trees) {
        List<Manifest> manifests = parsed.manifests();
        if (!parsed.findings().isEmpty() || manifests.size() != objects.size()) {
            return;
        }
        for (int i = 0; i < objects.size(); i++) {
            if (manifests.get(i).document() != i || !manifests.get(i).pointer().isEmpty()) {
                return;
            }
        }
        for (int i = 0; i < objects.size(); i++) {
            trees[objects.get(i)] = manifests.get(i).root();
        }
    }
}
