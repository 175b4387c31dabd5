package org.maestroperf.deploy.diff;

import java.nio.file.Path;
import java.util.List;

import org.maestroperf.deploy.diff.read.SideReader;
import org.maestroperf.deploy.generator.Generator;
import org.maestroperf.deploy.generator.output.GeneratedBundle;
import org.maestroperf.deploy.generator.profile.ProfileLoader;
import org.maestroperf.deploy.generator.render.Rendering;
import org.maestroperf.deploy.generator.testcase.TestCaseLoader;
import org.maestroperf.deploy.validator.source.SourceDocument;

/** A bundle generated in memory, as the files generate would write, read as a side. */
final class Generated {

    private Generated() {
    }

    static Side side(String label, List<String> profiles, List<String> sets, List<Path> testCases) {
        Rendering rendering = new Generator(null).render(new ProfileLoader().load(profiles, sets),
                new TestCaseLoader().load(testCases));
        List<GeneratedBundle.Entry> entries = rendering.objects().stream().filter(t -> t.planned().inBundle())
                .map(t -> new GeneratedBundle.Entry(t.planned().file(), t.yaml(), true)).toList();
        return new SideReader().fromDocuments(label, GeneratedBundle.objectFiles(entries).stream()
                .map(f -> new SourceDocument(f.path(), f.content())).toList());
    }
}
