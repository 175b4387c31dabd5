package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.diff.Side;
import org.maestroperf.deploy.diff.read.SideReader;
import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.Pipeline;

/**
 * A side of {@code diff} generated in memory: what the pipeline renders for these options, refused
 * unless it validates (as every generating command refuses it), read as the files {@code generate}
 * would write, so that an object's origin reads like a file of the bundle.
 */
final class InMemoryBundle {

    private InMemoryBundle() {
    }

    /** @param err where the findings go: the warnings of a valid bundle, or why it is refused */
    static Side side(SideReader reader, GenerationOptions generation, PrintWriter err) {
        CheckedBundle checked = InvalidBundle.require(Pipeline.render(generation.request()), "nothing compared");
        InvalidBundle.printFindings(checked, err);
        return reader.fromBundle(describe(generation), checked.bundle(), checked.files());
    }

    /** The options as a command line gives them: {@code generated: -p openshift-activemq --set worker.replicas=4}. */
    static String describe(GenerationOptions generation) {
        List<String> words = new ArrayList<>();
        generation.profile.profiles.forEach(p -> words.add("-p " + p));
        generation.profile.sets.forEach(s -> words.add("--set " + s));
        for (Path path : generation.testCases.paths) {
            words.add("-t " + path);
        }
        if (generation.templates != null) {
            words.add("--templates " + generation.templates);
        }
        return "generated: " + String.join(" ", words);
    }
}
