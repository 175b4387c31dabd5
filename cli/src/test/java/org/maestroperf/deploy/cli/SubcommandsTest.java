package org.maestroperf.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;

class SubcommandsTest {

    @Test
    void helpListsEverySubcommandAndEachOneRunsAlone() {
        StringWriter out = new StringWriter();
        assertThat(MaestroDeploy.run(new String[] {"--help"}, new PrintWriter(out), new PrintWriter(new StringWriter())))
                .isEqualTo(ExitCode.OK);
        assertThat(MaestroDeploy.SUBCOMMANDS).hasSize(16);
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
        CommandLine root = new CommandLine(new MaestroDeploy());
        MaestroDeploy.SUBCOMMANDS.forEach(root::addSubcommand);
        List<String> typed = new ArrayList<>();
        collectTypes(root, typed);
        assertThat(typed).isNotEmpty().noneMatch(t -> t.startsWith("java.time.") || t.startsWith("java.sql."));
    }

    @Test
    void everyVisibleOutputOptionNamesAFormatDirectoriesAndFilesHaveTheirOwnFlags() {
        CommandLine root = new CommandLine(new MaestroDeploy());
        MaestroDeploy.SUBCOMMANDS.forEach(root::addSubcommand);
        List<String> outputs = new ArrayList<>();
        collectOutputs(root, outputs);
        // as in kubectl, helm and oc: -o/--output is how the output is formatted, never where it goes
        assertThat(outputs).contains("maestro-deploy validate", "maestro-deploy template", "maestro-deploy process",
                "maestro-deploy run", "maestro-deploy scale", "maestro-deploy label-nodes");
    }

    private static void collectOutputs(CommandLine command, List<String> into) {
        for (String name : List.of("-o", "--output")) {
            CommandLine.Model.OptionSpec option = command.getCommandSpec().findOption(name);
            if (option != null && !option.hidden()) {
                assertThat(option.paramLabel()).as(command.getCommandSpec().qualifiedName() + " " + name)
                        .isEqualTo("FORMAT");
                into.add(command.getCommandSpec().qualifiedName());
            }
        }
        command.getSubcommands().values().forEach(sub -> collectOutputs(sub, into));
    }

    private static void collectTypes(CommandLine command, List<String> into) {
        for (CommandLine.Model.ArgSpec arg : command.getCommandSpec().args()) {
            into.add(arg.type().getName());
            for (Class<?> auxiliary : arg.auxiliaryTypes()) {
                into.add(auxiliary.getName());
            }
        }
        command.getSubcommands().values().forEach(sub -> collectTypes(sub, into));
    }
}
