package org.maestroperf.deploy.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Differ;
import org.maestroperf.deploy.diff.Side;
import org.maestroperf.deploy.diff.output.DiffWriter;
import org.maestroperf.deploy.diff.output.JsonWriter;
import org.maestroperf.deploy.diff.output.MarkdownWriter;
import org.maestroperf.deploy.diff.output.TextWriter;
import org.maestroperf.deploy.diff.read.SideReader;
import org.maestroperf.deploy.runner.bundle.BundleSource;
import org.maestroperf.deploy.runner.cluster.BundleOnCluster;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy diff}: two bundles offline, or a bundle against the cluster. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Shows what changes between two bundles, or what 'run' would change on the cluster.", "",
                "Objects are matched by kind, namespace and name; for each changed one the changed fields and",
                "a YAML diff, and one line on what the change means for Maestro (a restart, a scale, a test",
                "case). A side is a generated directory, its bundle.yaml, manifest files, - for stdin, or",
                "--profile/--set/--testcase generated in memory; two sides are separated by -- when the first",
                "one is given by options. With one side, it is compared with the cluster: a server-side",
                "dry-run apply of each object against the live one, prunes shown as removals. Secret values",
                "are never shown.", "",
                "Exit code: 0 no differences, 1 differences, 2 usage or input error, 4 cluster error."},
        footer = {"", "Examples:",
                "  maestro-deploy diff old-out/ out/",
                "  maestro-deploy diff out/ -- -p openshift-activemq --set worker.replicas=4",
                "  maestro-deploy diff -p openshift-activemq -- -p openshift-activemq --set worker.replicas=4 -o markdown",
                "  maestro-deploy diff out/ --kubeconfig ~/.kube/lab -n perf"})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    enum When { auto, always, never }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SIDE",
            description = "OLD NEW (two bundles), or one BUNDLE to compare with the cluster.")
    List<String> arguments = new ArrayList<>();

    @Mixin
    GenerationOptions generation;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--bundle-name", paramLabel = "NAME", defaultValue = "maestro",
            description = "Live diff: the name run records the bundle under, for its prunes (default: ${DEFAULT-VALUE}).")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a unified diff per object), json (schema in docs/diff.md) or markdown (for a review).")
    Format format;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text output: auto (on a terminal, unless NO_COLOR is set), always or never.")
    When color;

    /** The options a side given after {@code --} may have. */
    static final class LaterSide {
        @Parameters(arity = "0..1", paramLabel = "NEW")
        String path;

        @Mixin
        GenerationOptions generation;
    }

    @Override
    public Integer call() {
        BundleDiff diff;
        try {
            diff = compare();
        } catch (InvalidBundle invalid) {
            // as every generating command refuses it, but exit code 1 would say "differences" here
            invalid.print(spec.commandLine().getErr());
            return ExitCode.USAGE;
        }
        PrintWriter target = spec.commandLine().getOut();
        // one buffer for the whole output: the console writer flushes on every line otherwise
        PrintWriter out = new PrintWriter(new BufferedWriter(target, 1 << 16));
        writer(format, colour(color)).write(diff, out);
        out.flush();
        target.flush();
        return diff.hasDifferences() ? ExitCode.DIFFERENCES : ExitCode.OK;
    }

    /** The diff the arguments ask for: two sides offline, or one against the cluster. */
    private BundleDiff compare() {
        List<String> original = spec.commandLine().getParseResult().originalArgs();
        int separator = original.indexOf("--");
        boolean fromProfile = generation.generates();
        if (separator >= 0) {
            // everything after -- is positional to picocli: the last of the arguments
            List<String> after = original.subList(separator + 1, original.size());
            String first = single(arguments.subList(0, arguments.size() - after.size()), "before --");
            noClusterOptions();
            LaterSide later = laterSide(after);
            SideReader reader = new SideReader();
            return offline(() -> side(reader, first, generation), () -> side(reader, later.path, later.generation));
        }
        if (arguments.size() == 2 && !fromProfile) {
            noClusterOptions();
            requireProfileFor(generation);
            if (arguments.get(0).equals("-") && arguments.get(1).equals("-")) {
                throw new UserException("only one side can be read from stdin (-)");
            }
            SideReader reader = new SideReader();
            return offline(() -> reader.read(arguments.get(0), System.in), () -> reader.read(arguments.get(1), System.in));
        }
        if (arguments.size() == 1 && !fromProfile || arguments.isEmpty() && fromProfile) {
            return live(arguments.isEmpty() ? null : Path.of(arguments.get(0)));
        }
        if (arguments.size() == 1) {
            throw new UserException("to compare " + arguments.get(0) + " with a bundle generated in memory, separate the"
                    + " sides with --: diff " + arguments.get(0) + " -- -p NAME ...; with one side alone, it is compared"
                    + " with the cluster");
        }
        throw new UserException("give two sides (OLD NEW, or OLD -- NEW where a side may be --profile/--set/--testcase),"
                + " or one bundle to compare with the cluster");
    }

    /** The side after {@code --}, parsed on its own. */
    private LaterSide laterSide(List<String> after) {
        LaterSide later = new LaterSide();
        try {
            new CommandLine(later).parseArgs(after.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            boolean ours = e instanceof CommandLine.UnmatchedArgumentException unmatched && unmatched.getUnmatched()
                    .stream().anyMatch(a -> spec.findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a) != null);
            throw new UserException("after --: " + e.getMessage()
                    + (ours ? " (the options of diff itself, such as -o and --color, go before --)" : ""));
        }
        return later;
    }

    /**
     * Reads the old side on a thread of its own while this one reads the new side (one reader, so
     * that a document on both sides is parsed once), then compares them.
     */
    private static BundleDiff offline(Supplier<Side> old, Supplier<Side> nu) {
        CompletableFuture<Side> reading = CompletableFuture.supplyAsync(old, DiffCommand::onOwnThread);
        Side after;
        try {
            after = nu.get();
        } catch (RuntimeException e) {
            await(reading); // a problem of the old side is reported first, as the sides are given
            throw e;
        }
        return Differ.compare(await(reading), after);
    }

    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "diff");
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
            throw e;
        }
    }

    private BundleDiff live(Path path) {
        BundleSource source = BundleArgument.source(path, generation, name);
        String label = path != null ? path.toString() : InMemoryBundle.describe(generation);
        try (BundleOnCluster target = BundleOnCluster.open(source, cluster.options())) {
            return LiveDiff.compute(target.cluster(), target.bundle(), label);
        }
    }

    private Side side(SideReader reader, String path, GenerationOptions options) {
        if (options.generates() == (path != null)) {
            throw new UserException("each side is a bundle path or --profile (to generate one in memory), not both"
                    + " and not neither");
        }
        if (!options.generates()) {
            requireProfileFor(options);
            return reader.read(path, System.in);
        }
        return InMemoryBundle.side(reader, options, spec.commandLine().getErr());
    }

    private static void requireProfileFor(GenerationOptions options) {
        if (!options.generates() && options.refinesProfile()) {
            throw new UserException("--testcase, --set and --templates need --profile on the same side; a bundle already"
                    + " holds its test cases");
        }
    }

    private static String single(List<String> paths, String where) {
        if (paths.size() > 1) {
            throw new UserException("one side " + where + ", found " + paths.size() + ": " + String.join(" ", paths));
        }
        return paths.isEmpty() ? null : paths.get(0);
    }

    private void noClusterOptions() {
        if (cluster.connection.kubeconfig != null || cluster.connection.context != null || cluster.namespace != null) {
            throw new UserException("--kubeconfig, --context and -n are for a diff against the cluster (one side);"
                    + " two sides are compared offline");
        }
    }

    static DiffWriter writer(Format format, boolean colour) {
        return switch (format) {
            case text -> new TextWriter(colour);
            case json -> new JsonWriter();
            case markdown -> new MarkdownWriter();
        };
    }

    /** Whether text is coloured: always, never, or on a terminal that is not dumb unless NO_COLOR is set (no-color.org). */
    static boolean colour(When when) {
        return switch (when) {
            case always -> true;
            case never -> false;
            case auto -> System.console() != null && isEmpty(System.getenv("NO_COLOR"))
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
