package org.maestroperf.deploy.cli;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code maestro-deploy completion bash|zsh}: the shell completion script, made by picocli from the commands. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for bash or zsh.", "",
                "One script serves both: in zsh it loads bash completion (bashcompinit) first."},
        footer = {"", "Examples:",
                "  source <(maestro-deploy completion bash)        # in ~/.bashrc",
                "  source <(maestro-deploy completion zsh)         # in ~/.zshrc"})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        // every subcommand, not only this one (a command line gets only the subcommand it names)
        CommandLine all = new CommandLine(new MaestroDeploy());
        MaestroDeploy.SUBCOMMANDS.forEach(all::addSubcommand);
        spec.commandLine().getOut().print(AutoComplete.bash("maestro-deploy", all));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
