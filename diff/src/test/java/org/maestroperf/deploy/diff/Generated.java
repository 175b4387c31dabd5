package org.maestroperf.deploy.diff;

import java.nio.file.Path;
import java.util.List;

import org.maestroperf.deploy.diff.read.SideReader;
import org.maestroperf.deploy.pipeline.CheckedBundle;
import org.maestroperf.deploy.pipeline.GenerationRequest;
import org.maestroperf.deploy.pipeline.Pipeline;

/** A bundle rendered in memory by the pipeline, as the files generate would write, read as a side. */
final class Generated {

    private Generated() {
    }

    static Side side(String label, List<String> profiles, List<String> sets, List<Path> testCases) {
        CheckedBundle checked = Pipeline.render(new GenerationRequest(profiles, sets, testCases, null));
        if (!checked.valid()) {
            throw new IllegalStateException("the test's bundle does not validate: " + checked.report().findings());
        }
        return new SideReader().fromBundle(label, checked.bundle(), checked.files());
    }
}
