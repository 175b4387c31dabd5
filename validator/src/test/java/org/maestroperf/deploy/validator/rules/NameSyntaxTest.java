package org.maestroperf.deploy.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written syntax checks accept exactly what the grammars' regular expressions accept. */
class NameSyntaxTest {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_1035 = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    /** Every character class the grammars tell apart, the neighbours of each range's ends, and some they all refuse. */
    private static final String ALPHABET = "az09AZ-._/~ é`{/:@[,";

    @Test
    void examples() {
        assertThat(NameSyntax.dns1123Label("maestro-worker-1")).isTrue();
        assertThat(NameSyntax.dns1123Label("-worker")).isFalse();
        assertThat(NameSyntax.dns1123Label("")).isFalse();
        assertThat(NameSyntax.dns1035Label("1broker")).isFalse();
        assertThat(NameSyntax.dns1123Subdomain("maestro.example.com")).isTrue();
        assertThat(NameSyntax.dns1123Subdomain("maestro..com")).isFalse();
        assertThat(NameSyntax.dns1123Subdomain("maestro.")).isFalse();
        assertThat(NameSyntax.labelName("Maestro_1.x")).isTrue();
        assertThat(NameSyntax.labelName("x_")).isFalse();
    }

    @Test
    void agreesWithTheRegularExpressionsOnRandomStrings() {
        Random random = new Random(42);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(7); i > 0; i--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = s.toString();
            agree(text, LABEL, NameSyntax::dns1123Label);
            agree(text, SUBDOMAIN, NameSyntax::dns1123Subdomain);
            agree(text, DNS_1035, NameSyntax::dns1035Label);
            agree(text, LABEL_NAME, NameSyntax::labelName);
        }
    }

    private static void agree(String text, Pattern grammar, Predicate<String> check) {
        assertThat(check.test(text)).as("'%s' against %s", text, grammar).isEqualTo(grammar.matcher(text).matches());
    }
}
