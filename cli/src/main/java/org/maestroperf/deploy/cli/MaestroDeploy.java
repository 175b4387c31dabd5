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
     * command line gets only the subcommand it names (all of them only for help and mistakes).
     */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands(
            GenerateCommand.class, ValidateCommand.class, ProfilesCommand.class, ExplainCommand.class,
            TemplateCommand.class, ProcessCommand.class, SchemasCommand.class, PreflightCommand.class,
            RunCommand.class, TeardownCommand.class, LabelNodesCommand.class, ScaleCommand.class,
            CommandJobCommand.Stop.class, CommandJobCommand.Unassign.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
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
        cli.setExitCodeExceptionMapper(MaestroDeploy::exitCodeOf);
        cli.setParameterExceptionHandler((ex, argv) -> {
            err.println("maestro-deploy: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof UserException user) {
                user.problems().forEach(p -> err.println("error: " + p));
            } else if (ex instanceof KubernetesClientException api) {
                err.println("error: cluster API: " + api.getMessage().lines().findFirst().orElse(""));
            } else {
                err.println("maestro-deploy: internal error, please report it:");
                ex.printStackTrace(err);
            }
            err.flush();
            return exitCodeOf(ex);
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            byName.put(type.getAnnotation(Command.class).name(), type);
        }
        return byName;
    }

    private static int exitCodeOf(Throwable ex) {
        if (ex instanceof UserException) {
            return ExitCode.USAGE;
        }
        return ex instanceof KubernetesClientException ? ExitCode.INFRASTRUCTURE : ExitCode.INTERNAL;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
