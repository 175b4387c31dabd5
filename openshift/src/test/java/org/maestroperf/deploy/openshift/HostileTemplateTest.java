package org.maestroperf.deploy.openshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.hostile.HostileInputs;
import org.maestroperf.deploy.input.InputLimits;

/** What ended {@code process} in OutOfMemoryError or StackOverflowError is one line now, after bounded work. */
class HostileTemplateTest {

    private final HostileInputs inputs = new HostileInputs(11);
    private final TemplateProcessor processor = new TemplateProcessor(new ExpressionGenerator(new Random(7)));

    @Test
    void aRecursiveAliasIsRefusedWhereItIs() {
        assertThatThrownBy(() -> TreeReader.readOne("t.yaml", inputs.templateWithRecursiveAlias()))
                .isInstanceOf(UserException.class)
                .hasMessage("t.yaml:6:3: an alias refers to a collection that contains it; the value would be infinite");
    }

    @Test
    void anAliasFanOutIsRefusedBeforeItIsCopied() {
        String template = "apiVersion: template.openshift.io/v1\nkind: Template\nobjects:\n- apiVersion: v1\n  kind: ConfigMap\n"
                + "  data:\n" + inputs.aliasFanOut("    ", 3, 16);
        assertThatThrownBy(() -> TreeReader.readOne("t.yaml", template))
                .hasMessageMatching("t\\.yaml:\\d+:\\d+: the document expands to more than 500000 values through its aliases; refused");
    }

    /** A 1 MiB value referenced 2,000 times is 2 GiB of output; the budget stops it before the text is built. */
    @Test
    void parametersThatExpandPastTheBudgetAreRefused() {
        Object tree = TreeReader.readOne("t.yaml", inputs.templateOfReferences(2_000, 1 << 20));
        assertThatThrownBy(() -> processor.process("t.yaml", tree, Map.of(), false))
                .isInstanceOf(UserException.class)
                .hasMessage("t.yaml: its parameters expand the objects to more than " + InputLimits.MAX_PROCESSED_CHARS
                        + " characters (a long value referenced many times); refused");
        // the same through a given value, and through ${{X}}
        Object small = TreeReader.readOne("t.yaml", inputs.templateOfReferences(40, 10));
        String parameter = (String) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) small).get("parameters")).get(0)).get("name");
        assertThatThrownBy(() -> processor.process("t.yaml", small, Map.of(parameter, "x".repeat(1 << 20)), false))
                .hasMessageContaining("refused");
        assertThat(processor.process("t.yaml", small, Map.of(parameter, "abc"), false).objects()).hasSize(1);
    }

    @Test
    void anEndlessParameterFileIsReadOnlyUpToTheLimit() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "no /dev/zero here");
        assertThatThrownBy(() -> ParameterValues.of(List.of(Path.of("/dev/zero")), List.of()))
                .isInstanceOf(UserException.class)
                .hasMessage("/dev/zero: input is larger than the limit of " + InputLimits.MAX_BYTES + " bytes; refused");
    }
}
