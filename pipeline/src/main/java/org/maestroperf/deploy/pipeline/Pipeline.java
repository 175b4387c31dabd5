package org.maestroperf.deploy.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.maestroperf.deploy.contract.GeneratedBundle;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.generator.output.BundleWriter;
import org.maestroperf.deploy.generator.profile.EffectiveProfile;
import org.maestroperf.deploy.generator.profile.ProfileLoader;
import org.maestroperf.deploy.generator.testcase.TestCase;
import org.maestroperf.deploy.generator.testcase.TestCaseLoader;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Report;
import org.maestroperf.deploy.validator.source.SourceDocument;

/**
 * The one path from a {@link GenerationRequest} to a bundle, and the library's entry point for
 * generating: load the profiles and test cases, render (the generator renders and stops), validate
 * what was rendered exactly as {@code validate} would, then write it, hand it to the runner or
 * publish it ({@link TemplatePublisher}). Every entry point (the command line, the Maven plugin)
 * goes through here, so they all refuse the same invalid rendering with the same findings.
 *
 * <pre>{@code
 * CheckedBundle bundle = Pipeline.render(GenerationRequest.of("openshift-activemq").withSet("worker.replicas", 4));
 * if (!bundle.valid()) {
 *     bundle.report().findings().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A mistake in the inputs themselves (an unknown profile, a misspelt key, a test case naming a
 * script that does not exist) is a {@link UserException} whose problems each start with the
 * file, line and column they are at; a rendering that does not validate is a value,
 * {@link CheckedBundle#valid()} false, with its findings.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Renders and validates; writes nothing.
     *
     * @param request what to generate
     * @return the rendered bundle and its findings
     * @throws UserException for a problem in the inputs themselves
     */
    public static CheckedBundle render(GenerationRequest request) {
        return check(load(request));
    }

    /**
     * Renders, validates and, when valid, replaces {@code directory} with the bundle (atomically:
     * the files are written to a hidden sibling and moved into place). When not valid nothing is
     * written; the findings say why.
     *
     * @param request   what to generate
     * @param directory the bundle directory; it may exist only empty or as a bundle maestro-deploy
     *                  generated (its {@code .maestro-deploy} marker and the files it lists; see BundleWriter)
     * @return the rendered bundle and its findings; written only if {@link CheckedBundle#valid()}
     * @throws UserException for a problem in the inputs, or when the directory cannot be written or replaced
     */
    public static CheckedBundle write(GenerationRequest request, Path directory) {
        Loaded loaded = load(request);
        // creating files is most of a campaign's time: they go into a hidden staging directory while
        // the bundle is validated, and take the directory's place only if it validates
        List<GeneratedBundle.ObjectFile> files = loaded.bundle().objectFiles();
        CompletableFuture<BundleWriter.Staged> staging = CompletableFuture.supplyAsync(
                () -> BundleWriter.stage(loaded.bundle().files(files), directory), Pipeline::onOwnThread);
        try {
            CheckedBundle checked = check(loaded, files);
            if (checked.valid()) {
                await(staging).commit();
            }
            return checked;
        } finally {
            discard(staging);
        }
    }

    private record Loaded(EffectiveProfile profile, GeneratedBundle bundle) {
    }

    private static Loaded load(GenerationRequest request) {
        // three independent start-up jobs share the cores: the profiles and the template engine on
        // threads of their own, the test cases here; problems are reported in that order
        CompletableFuture<EffectiveProfile> profiles = CompletableFuture.supplyAsync(
                () -> new ProfileLoader().load(request.profiles(), request.sets()), Pipeline::onOwnThread);
        CompletableFuture<Generator> engine = CompletableFuture.supplyAsync(() -> new Generator(request.templates()),
                Pipeline::onOwnThread);
        List<TestCase> cases = null;
        UserException caseProblem = null;
        try {
            cases = new TestCaseLoader().load(request.testCases());
        } catch (UserException e) {
            caseProblem = e;
        }
        Generator generator = await(engine);
        EffectiveProfile profile = await(profiles);
        if (caseProblem != null) {
            throw caseProblem;
        }
        return new Loaded(profile, generator.generate(profile, cases));
    }

    private static CheckedBundle check(Loaded loaded) {
        return check(loaded, loaded.bundle().objectFiles());
    }

    /** The component-folder files are validated as they are written, so a finding's line is its line there. */
    private static CheckedBundle check(Loaded loaded, List<GeneratedBundle.ObjectFile> files) {
        List<SourceDocument> documents = files.stream().map(f -> new SourceDocument(f.path(), f.content())).toList();
        Report report = new Report(new Validator(ValidationOptions.defaults()).validate(documents), files.size(),
                loaded.bundle().objects().size());
        return new CheckedBundle(loaded.profile(), loaded.bundle(), files, report);
    }

    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "pipeline");
        thread.setDaemon(true);
        thread.start();
    }

    /** What the task returned, or the exception it threw, as if it had run here. */
    private static <T> T await(CompletableFuture<T> task) {
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
}
