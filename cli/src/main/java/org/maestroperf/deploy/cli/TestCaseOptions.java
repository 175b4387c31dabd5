package org.maestroperf.deploy.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maestroperf.deploy.generator.testcase.TestCase;
import org.maestroperf.deploy.generator.testcase.TestCaseLoader;

import picocli.CommandLine.Option;

/** The test cases a command adds to the bundle it generates ({@code @Mixin}): -t/--testcase. */
public final class TestCaseOptions {

    @Option(names = {"-t", "--testcase"}, paramLabel = "FILE|DIR",
            description = "A test case file, or a directory of them: each adds its ConfigMap and client Job. Repeatable.")
    List<Path> paths = new ArrayList<>();

    /** The test cases these options name, each checked (none when none were given). */
    public List<TestCase> load() {
        return new TestCaseLoader().load(paths);
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }
}
