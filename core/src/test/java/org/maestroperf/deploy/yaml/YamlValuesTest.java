package org.maestroperf.deploy.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class YamlValuesTest {

    private final YamlValues y = new YamlValues();

    @Test
    void plainOnlyWhenTheValueCannotReadAsAnythingElse() {
        assertThat(y.str("maestro")).isEqualTo("maestro");
        assertThat(y.str("mqtt://broker:1883")).isEqualTo("mqtt://broker:1883");
        assertThat(y.str("eclipse-mosquitto:1.4.12")).isEqualTo("eclipse-mosquitto:1.4.12");
        // would read back as numbers, booleans or null
        assertThat(y.str("256")).isEqualTo("\"256\"");
        assertThat(y.str("1.5")).isEqualTo("\"1.5\"");
        assertThat(y.str("yes")).isEqualTo("\"yes\"");
        assertThat(y.str("off")).isEqualTo("\"off\"");
        assertThat(y.str("null")).isEqualTo("\"null\"");
        assertThat(y.str("1:20")).isEqualTo("\"1:20\"");
        // would start structure or a comment
        assertThat(y.str("- a")).startsWith("\"");
        assertThat(y.str("a: b")).startsWith("\"");
        assertThat(y.str("#x")).startsWith("\"");
        assertThat(y.str("")).isEqualTo("\"\"");
    }

    @Test
    void quotedEscapesEverythingThatCouldBreakOutOfTheScalar() {
        assertThat(y.quoted("a\"b\\c\nd\te")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
        assertThat(y.quoted("\u0000\u0085\u2028\uFEFF")).isEqualTo("\"\\x00\\x85\\u2028\\uFEFF\"");
    }

    @Test
    void textUsesALiteralBlockOnlyWhenItRoundTrips() {
        assertThat(y.text("log_dest stdout\n", 4)).isEqualTo("|\n    log_dest stdout");
        assertThat(y.text("a\n\nb", 2)).isEqualTo("|-\n  a\n\n  b");
        assertThat(y.text("a\n\n", 2)).isEqualTo("|+\n  a\n");
        assertThat(y.text(" leading space\nx", 2)).startsWith("\"");
        assertThat(y.text("trailing \nx", 2)).startsWith("\"");
        assertThat(y.text("one line", 2)).isEqualTo("\"one line\"");
    }

    @Test
    void integerAndBoolRefuseOtherTypes() {
        assertThat(y.integer(31883)).isEqualTo("31883");
        assertThatThrownBy(() -> y.integer("31883\nx: 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> y.bool("true")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void treeKeepsTypesAndNesting() {
        Map<String, Object> tree = Map.of("env", List.of(Map.of("name", "A", "value", "1")));
        String rendered = "x:\n" + y.tree(tree, 2);
        assertThat((Object) new Yaml().load(rendered)).isEqualTo(Map.of("x", tree));
    }

    /** Every emitted form reads back as exactly the string given, whatever it holds. */
    @Test
    void everyFormRoundTripsHostileAndRandomStrings() {
        Random random = new Random(42);
        List<String> values = new java.util.ArrayList<>(HostileValues.ALL);
        for (int i = 0; i < 2000; i++) {
            values.add(HostileValues.random(random, 1 + random.nextInt(40)));
        }
        for (String value : values) {
            for (String rendered : List.of(y.str(value), y.quoted(value), y.text(value, 2))) {
                Map<String, Object> read = new Yaml().load("k: " + rendered + "\nafter: 1\n");
                assertThat(read).as("rendering of %s as %s", HostileValues.show(value), rendered)
                        .containsOnlyKeys("k", "after")
                        .containsEntry("k", value);
            }
        }
    }
}
