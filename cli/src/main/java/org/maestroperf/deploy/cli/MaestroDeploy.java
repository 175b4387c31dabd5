package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.diag.Suggestions;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.runner.cluster.ApiErrors;

import io.fabric8.kubernetes.client.KubernetesClientException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code maestro-deploy} command: generates, validates and runs Maestro deployments. */
@Command(name = "maestro-deploy",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates, validates and runs Maestro deployments on Kubernetes, OKD and OpenShift.",
        subcommands = CommandLine.HelpCommand.class)
public final class MaestroDeploy implements Runnable {

    /**
     * Every subcommand by name, in help order. Building a command's model loads its classes, so a
     * command line gets only the subcommand it names (all of them only for help and mistakes). The
     * names are spelled out rather than read from each class's annotation, which would cost a cold
     * start ~50 ms; a test keeps them equal.
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
            "generate", GenerateCommand.class, "validate", ValidateCommand.class,
            "profiles", ProfilesCommand.class, "explain", ExplainCommand.class,
            "template", TemplateCommand.class, "process", ProcessCommand.class,
            "schemas", SchemasCommand.class, "diff", DiffCommand.class, "preflight", PreflightCommand.class,
            "run", RunCommand.class, "teardown", TeardownCommand.class,
            "label-nodes", LabelNodesCommand.class, "scale", ScaleCommand.class,
            "stop", CommandJobCommand.Stop.class, "unassign", CommandJobCommand.Unassign.class,
            "completion", CompletionCommand.class, "version", VersionCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // picocli otherwise probes for Groovy closures (a failed class lookup) and registers converters
        // for java.sql and java.time types through reflection, initialising costly classes: ~35 ms of
        // a cold start, for nothing here (no option has such a type, a test makes sure)
        setIfAbsent("picocli.disable.closures", "true");
        setIfAbsent("picocli.converters.excludes", "java\\.sql\\..*|java\\.time\\..*");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line with the given streams and returns its exit code (used by tests too). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new MaestroDeploy());
        Class<?> named = args.length > 0 ? SUBCOMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(args[0], named);
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
        // kubeconform's -summary or -output is a mistake to point out, not the clustered options -s ummary
        cli.setPosixClusteredShortOptionsAllowed(false);
        cli.registerConverter(Path.class, new PathConverter());
        cli.setOut(out);
        cli.setErr(err);
        Failures failures = new Failures(err);
        cli.setExitCodeExceptionMapper(failures);
        cli.setParameterExceptionHandler(failures);
        cli.setExecutionExceptionHandler(failures);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static Map<String, Class<?>> subcommands(Object... namesAndClasses) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            byName.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
        }
        return byName;
    }

    /**
     * Turns what went wrong into a message and an exit code. A class rather than lambdas: lambdas of
     * picocli's interfaces cannot enter the class-data archive (see the launcher), so each one was
     * spun at every start.
     */
    private static final class Failures implements CommandLine.IExitCodeExceptionMapper,
            CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

        private final PrintWriter err;

        Failures(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            String singleDash = singleDashLongOption(ex);
            if (singleDash != null) {
                err.println("error: " + singleDash);
            } else {
                err.println("error: " + inOurWords(ex.getMessage()));
                CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            }
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        }

        /** "unknown option '-output'; did you mean '--output'?" for a long option written with one dash. */
        private static String singleDashLongOption(CommandLine.ParameterException ex) {
            if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
                return null;
            }
            String written = unmatched.getUnmatched().get(0).replaceFirst("=.*", "");
            if (!written.matches("-[A-Za-z][-A-Za-z]+")) {
                return null;
            }
            String name = "-" + written;
            List<String> longNames = ex.getCommandLine().getCommandSpec().options().stream()
                    .flatMap(option -> Arrays.stream(option.names())).filter(n -> n.startsWith("--")).toList();
            String hint = longNames.contains(name) ? "; did you mean '" + name + "'?"
                    : Suggestions.closest(name, longNames).map(n -> "; did you mean '" + n + "'?")
                            .orElse("; long options start with '--'");
            return "unknown option '" + written + "'" + hint;
        }

        /** picocli's messages in the style of ours: lower case, no second "Error:" prefix, no Java type names. */
        private static String inOurWords(String message) {
            String text = message.startsWith("Error: ") ? message.substring("Error: ".length()) : message;
            text = text.replace("' is not an int", "' is not a whole number").replace("' is not a long", "' is not a whole number")
                    .replaceFirst("^Invalid value for option '([^']+)'(?: \\([^)]*\\))?: ", "$1: ")
                    .replaceFirst("^Invalid value for positional parameter at index \\d+ \\(([^)]*)\\): ", "$1: ");
            return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                    ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            CommandLine.Model.CommandSpec command = commandLine.getCommandSpec();
            // a cluster command with -o json reports its failure as JSON too, on stdout
            OutputOptions output = mixin(command, OutputOptions.class);
            PrintWriter out = commandLine.getOut();
            if (ex instanceof InvalidBundle invalid && output != null && output.json()) {
                invalid.findingLines().forEach(line -> output.problem(out, line));
                error(output, out, invalid.line());
            } else if (ex instanceof InvalidBundle invalid) {
                invalid.print(err);
            } else if (ex instanceof UserException user) {
                for (String problem : user.problems()) {
                    error(output, out, problem);
                }
            } else if (ex instanceof KubernetesClientException api) {
                ConnectionOptions connection = mixin(command, ConnectionOptions.class);
                error(output, out, connection != null ? connection.describe(api) : ApiErrors.describe(api, null));
            } else {
                err.println("error: internal error (a bug in maestro-deploy), please report it:");
                ex.printStackTrace(err);
            }
            err.flush();
            return getExitCode(ex);
        }

        private void error(OutputOptions output, PrintWriter out, String line) {
            if (output != null) {
                output.error(out, err, line);
            } else {
                err.println("error: " + line);
            }
        }

        /** The command's mixin of {@code type} (looked for in its mixins' mixins too), or null. */
        private static <T> T mixin(CommandLine.Model.CommandSpec spec, Class<T> type) {
            for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
                Object options = type.isInstance(mixin.userObject()) ? mixin.userObject() : mixin(mixin, type);
                if (options != null) {
                    return type.cast(options);
                }
            }
            return null;
        }

        @Override
        public int getExitCode(Throwable ex) {
            if (ex instanceof InvalidBundle) {
                return ExitCode.FAILED;
            }
            if (ex instanceof UserException) {
                return ExitCode.USAGE;
            }
            return ex instanceof KubernetesClientException ? ExitCode.INFRASTRUCTURE : ExitCode.INTERNAL;
        }
    }

    /** An option's path: an empty one would silently mean the working directory. */
    private static final class PathConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isEmpty()) {
                throw new CommandLine.TypeConversionException("an empty path");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new CommandLine.TypeConversionException("not a usable path (" + e.getReason() + ")");
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
