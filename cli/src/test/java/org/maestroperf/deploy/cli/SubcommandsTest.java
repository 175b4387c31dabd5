package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import picocli.CommandLine.Command;

class SubcommandsTest {

    @Test
    void helpListsEverySubcommandAndEachOneRunsAlone() {
        StringWriter out = new StringWriter();
        assertThat(MaestroDeploy.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())))
                .isEqualTo(ExitCode.OK);
        assertThat(MaestroDeploy.SUBCOMMANDS).hasSize(17);
        for (String name : MaestroDeploy.SUBCOMMANDS.keySet()) {
            assertThat(out.toString()).contains("\n  " + name + " ");
            StringWriter help = new StringWriter();
            assertThat(MaestroDeploy.run(new String[] {name, "--help"}, new PrintWriter(help), new PrintWriter(new StringWriter())))
                    .isEqualTo(ExitCode.OK);
            assertThat(help.toString()).startsWith("Usage: maestro-deploy " + name);
        }
    }

    @Test
    void eachNameIsTheOneItsCommandDeclares() {
        MaestroDeploy.SUBCOMMANDS.forEach((name, type) ->
                assertThat(type.getAnnotation(Command.class).name()).as(type.getSimpleName()).isEqualTo(name));
    }

    @Test
    void aMisspeltSubcommandGetsASuggestion() {
        StringWriter err = new StringWriter();
        assertThat(MaestroDeploy.run(new String[] {"generat"}, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Did you mean: maestro-deploy generate");
    }

    @Test
    void noOptionOrParameterNeedsAConverterThatMainSwitchesOff() {
        // MaestroDeploy.main drops picocli's converters for java.sql and java.time types
        List<String> typed = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            for (CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
                typed.add(arg.type().getName());
                for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                    typed.add(auxiliary.getName());
                }
            }
        }
        assertThat(typed).isNotEmpty().noneMatch(t -> t.startsWith("java.time.") || t.startsWith("java.sql."));
    }

    @Test
    void everyVisibleOutputOptionNamesAFormatDirectoriesAndFilesHaveTheirOwnFlags() {
        List<String> outputs = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            for (String name : List.of("-o", "--output")) {
                CommandLine.Model.OptionSpec option = command.getCommandSpec().findOption(name);
                // as in kubectl, helm and oc: -o/--output is how the output is formatted, never where it goes
                if (option != null && !option.hidden()) {
                    assertThat(option.paramLabel()).as(command.getCommandSpec().qualifiedName() + " " + name)
                            .isEqualTo("FORMAT");
                    outputs.add(command.getCommandSpec().qualifiedName());
                }
            }
        }
        assertThat(outputs).contains("maestro-deploy validate", "maestro-deploy template", "maestro-deploy process",
                "maestro-deploy run", "maestro-deploy scale", "maestro-deploy label-nodes");
    }

    @Test
    void versionNamesTheBuildTheCommitItRecordedAndTheSchemasBuiltIn() throws Exception {
        StringWriter version = new StringWriter();
        StringWriter dashDash = new StringWriter();
        assertThat(MaestroDeploy.run(new String[] {"version"}, new PrintWriter(version), new PrintWriter(new StringWriter())))
                .isEqualTo(ExitCode.OK);
        assertThat(MaestroDeploy.run(new String[] {"--version"}, new PrintWriter(dashDash), new PrintWriter(new StringWriter())))
                .isEqualTo(ExitCode.OK);

        List<String> lines = version.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("maestro-deploy " + System.getProperty("maestro.version"));
        assertThat(lines.get(1)).matches("git commit: ([0-9a-f]{40}( \\(with uncommitted changes\\))?|unknown)");
        assertThat(lines.get(2)).isEqualTo("Kubernetes schemas: v1.33 (default), v1.30");
        assertThat(lines.get(3)).isEqualTo("OpenShift schemas: io.fabric8:openshift-model 6.14.0");
        assertThat(dashDash.toString()).isEqualTo(version.toString());
        // the build wrote the commit of this checkout (a linked worktree's own, not its main repository's)
        String head = Files.exists(Path.of("..", ".git")) ? output("git", "-C", "..", "rev-parse", "HEAD") : null;
        assumeTrue(head != null, "not a git checkout, or no git here");
        assertThat(lines.get(1)).startsWith("git commit: " + head);
    }

    @Test
    void completionIsPicocliScriptForEveryCommandForBashAndZshAndBashLoadsIt(@TempDir Path dir) throws Exception {
        StringWriter bash = new StringWriter();
        StringWriter zsh = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(MaestroDeploy.run(new String[] {"completion", "bash"}, new PrintWriter(bash), new PrintWriter(err)))
                .isEqualTo(ExitCode.OK);
        assertThat(MaestroDeploy.run(new String[] {"completion", "zsh"}, new PrintWriter(zsh), new PrintWriter(err)))
                .isEqualTo(ExitCode.OK);
        assertThat(MaestroDeploy.run(new String[] {"completion", "fish"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isEqualTo(ExitCode.USAGE);

        assertThat(bash.toString()).contains(MaestroDeploy.SUBCOMMANDS.keySet().toArray(String[]::new))
                .contains("--kubeconfig", "--output-dir", "bashcompinit");
        assertThat(zsh.toString()).isEqualTo(bash.toString()); // one script: in zsh it loads bashcompinit first
        assertThat(err.toString()).contains("fish").contains("bash, zsh");
        Path script = Files.writeString(dir.resolve("maestro-deploy.bash"), bash.toString());
        String registered = output("bash", "-c", "source " + script + " && complete -p maestro-deploy");
        assumeTrue(registered != null, "no bash here");
        assertThat(registered).contains("maestro-deploy");
    }

    /** What the command printed, or null when it could not run or failed. */
    private static String output(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? text : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The root command and every subcommand, theirs included. */
    private static List<CommandLine> everyCommand() {
        CommandLine root = new CommandLine(new MaestroDeploy());
        MaestroDeploy.SUBCOMMANDS.forEach(root::addSubcommand);
        List<CommandLine> all = new ArrayList<>();
        List<CommandLine> next = new ArrayList<>(List.of(root));
        while (!next.isEmpty()) {
            CommandLine command = next.remove(0);
            all.add(command);
            next.addAll(command.getSubcommands().values());
        }
        return all;
    }
}
