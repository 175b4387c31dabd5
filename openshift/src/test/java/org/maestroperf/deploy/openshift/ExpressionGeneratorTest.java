package org.maestroperf.deploy.openshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shapes of generated values, over many draws so every character class shows up. */
class ExpressionGeneratorTest {

    private final ExpressionGenerator generator = new ExpressionGenerator(new Random(42));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[a-z0-9]{8}         | [a-z0-9]{8}",
            "[A-Z0-9]{12}        | [A-Z0-9]{12}",
            "[a-zA-Z0-9]{16}     | [a-zA-Z0-9]{16}",
            "[\\w]{10}           | [a-zA-Z0-9_]{10}",
            "[\\d]{4}            | [0-9]{4}",
            "[\\a]{6}            | [a-zA-Z0-9]{6}",
            "admin-[0-9]{3}-x    | admin-[0-9]{3}-x",
            "0x[A-F0-9]{4}       | 0x[A-F0-9]{4}",
            "[a-f]{2}[0-1]{255}  | [a-f]{2}[01]{255}",
    })
    void generatedValuesHaveTheExpressionsShape(String expression, String shape) {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String value = generator.generate(expression);
            assertThat(value).matches(shape);
            value.chars().forEach(c -> seen.add((char) c));
        }
        if (expression.equals("[\\d]{4}")) {
            assertThat(seen).as("ranges include both ends").contains('0', '9');
        }
    }

    @Test
    void symbolsComeFromOcsSymbolSet() {
        String symbols = "~!@#$%^&*()-_+={}[]\\|<,>.?/\"';:`";
        for (int i = 0; i < 50; i++) {
            generator.generate("[\\A]{5}").chars().forEach(c -> assertThat(symbols).contains(String.valueOf((char) c)));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "[a-z]{0}", "[a-z]{256}", "[z-a]{3}", "[a-]{3}", "[0-z]{3}"})
    void malformedExpressionsAreRefused(String expression) {
        assertThatThrownBy(() -> generator.generate(expression)).isInstanceOf(IllegalArgumentException.class);
    }
}
