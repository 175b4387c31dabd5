package org.maestroperf.deploy.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.hostile.HostileInputs;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;

class AliasExpansionTest {

    private static Node compose(String text) {
        return new Composer(new ParserImpl(new TextStreamReader(text), InputLimits.loaderOptions()), new Resolver(),
                InputLimits.loaderOptions()).getSingleNode();
    }

    @Test
    void aFanOutOfAliasesIsRefusedWithinTheNodeBudget() {
        // 3^16 = 43 million scalars from 48 aliases in a few hundred bytes
        String text = "a:\n" + new HostileInputs(1).aliasFanOut("  ", 3, 16);
        assertThat(text.length()).isLessThan(600);
        assertThat(AliasExpansion.problem("f.yaml", compose(text)))
                .matches("f\\.yaml:\\d+:\\d+: the document expands to more than 500000 values through its aliases; refused");
        // a fan-out that stays within the budget is fine
        assertThat(AliasExpansion.problem("f.yaml", compose("a:\n" + new HostileInputs(1).aliasFanOut("  ", 3, 8)))).isNull();
    }

    @Test
    void anAliasInsideTheCollectionItNamesIsRefusedAtThatCollection() {
        assertThat(AliasExpansion.problem("f.yaml", compose("a: &x\n  b: *x\n")))
                .isEqualTo("f.yaml:1:4: an alias refers to a collection that contains it; the value would be infinite");
        assertThat(AliasExpansion.problem("f.yaml", compose("a: &x [1]\nb: *x\nc: [*x, *x]\n"))).isNull();
    }

    @Test
    void nestingThroughAliasesIsLimitedLikeNestingInText() {
        HostileInputs inputs = new HostileInputs(1);
        assertThat(AliasExpansion.problem("f.yaml", compose(inputs.aliasNesting(99, 95))))
                .contains("nests deeper than " + InputLimits.MAX_DEPTH + " levels through its aliases");
        assertThat(AliasExpansion.problem("f.yaml", compose(inputs.aliasNesting(1, 95)))).isNull();
    }
}
