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
        assertThat(MaestroDeploy.SUBCOMMANDS).hasSize(15);
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
