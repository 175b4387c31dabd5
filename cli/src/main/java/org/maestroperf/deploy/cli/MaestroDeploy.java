package org.maestroperf.deploy.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.maestroperf.deploy.diag.UserException;

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
            "stop", CommandJobCommand.Stop.class, "unassign", CommandJobCommand.Unassign.class);

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
            err.println("maestro-deploy: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            if (ex instanceof UserException user) {
                for (String problem : user.problems()) {
                    err.println("error: " + problem);
                }
            } else if (ex instanceof KubernetesClientException api) {
                err.println("error: cluster API: " + api.getMessage().lines().findFirst().orElse(""));
            } else {
                err.println("maestro-deploy: internal error, please report it:");
                ex.printStackTrace(err);
            }
            err.flush();
            return getExitCode(ex);
        }

        @Override
        public int getExitCode(Throwable ex) {
            if (ex instanceof UserException) {
                return ExitCode.USAGE;
            }
            return ex instanceof KubernetesClientException ? ExitCode.INFRASTRUCTURE : ExitCode.INTERNAL;
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
