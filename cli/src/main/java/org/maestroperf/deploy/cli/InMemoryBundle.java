package org.maestroperf.deploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.generator.output.GeneratedBundle;
import org.maestroperf.deploy.generator.render.RenderedText;
import org.maestroperf.deploy.generator.render.Rendering;
import org.maestroperf.deploy.validator.source.SourceDocument;

/**
 * A bundle generated in memory for {@code diff}: the files {@code generate} would write for these
 * options (the component files, a test case's ConfigMap and Job in one), unwritten and unvalidated,
 * each named by its path in the bundle directory so that an object's origin reads like a file of
 * it. The one place that calls the generator for a diff.
 */
final class InMemoryBundle {

    private InMemoryBundle() {
    }

    static List<SourceDocument> documents(ProfileOptions profile, TestCaseOptions testCases) {
        Rendering rendering = new Generator(null).render(profile.load(), testCases.load());
        for (RenderedText text : rendering.objects()) {
            if (text.error() != null) {
                throw text.error();
            }
        }
        List<GeneratedBundle.Entry> entries = rendering.objects().stream().filter(t -> t.planned().inBundle())
                .map(t -> new GeneratedBundle.Entry(t.planned().file(), t.yaml(), true)).toList();
        return GeneratedBundle.objectFiles(entries).stream().map(f -> new SourceDocument(f.path(), f.content())).toList();
    }

    /** The options as a command line would give them: {@code -p openshift-activemq --set worker.replicas=4}. */
    static String describe(ProfileOptions profile, TestCaseOptions testCases) {
        List<String> words = new ArrayList<>();
        profile.profiles.forEach(p -> words.add("-p " + p));
        profile.sets.forEach(s -> words.add("--set " + s));
        for (Path path : testCases.paths) {
            words.add("-t " + path);
        }
        return "generated: " + String.join(" ", words);
    }
}
