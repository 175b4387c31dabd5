package org.maestroperf.deploy.validator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The resolver's fast paths give exactly the tags of SnakeYAML's own YAML 1.1 resolver. */
class PlainScalarResolverTest {

    private static final Resolver SNAKEYAML = new Resolver();
    private static final PlainScalarResolver FAST = new PlainScalarResolver();

    /** Whole scalars each implicit type (and its near misses) is made of. */
    private static final String[] WORDS = {"yes", "Yes", "YES", "no", "No", "NO", "y", "n", "true", "True", "TRUE", "tRue",
        "false", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "nUll", "~", "", " ", ".inf", ".Inf", "-.inf",
        ".nan", ".NaN", "nan", "inf", "<<", "0", "00", "0x1F", "0x", "0b101", "0o17", "017", "089", "1_000", "1,000", "1e3",
        "1E+3", "1e", "1.5", ".5", "5.", "1:20", "1:20:30.5", "190:20:30", "2024-01-01", "2024-1-1", "2001-12-14t21:59:43.10-05:00",
        "100m", "128Mi", "1Gi", "1.5Gi", "500m2", "80", "1883", "99999999999999999999", "123456789012345678", "+1", "-1",
        "-0", "+.5", "1-2", "a1", "Z", "maestro", "http://x", "!tag", "&a", "*a", "%", "@", "`", "key: value", "#x"};
    private static final String PIECES = "0123456789+-._:eExXoObBinfaNINFyYnNtTrRuUlLsS~ <>,Gimk!&*/";

    @Test
    void agreesWithSnakeYamlOnRandomScalars() {
        Random random = new Random(1883);
        for (String word : WORDS) {
            agree(word);
        }
        for (int n = 0; n < 300_000; n++) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + random.nextInt(3);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    s.append(WORDS[random.nextInt(WORDS.length)]);
                } else {
                    for (int i = random.nextInt(8); i > 0; i--) {
                        s.append(PIECES.charAt(random.nextInt(PIECES.length())));
                    }
                }
            }
            agree(s.toString());
        }
    }

    private static void agree(String scalar) {
        for (boolean implicit : new boolean[] {true, false}) {
            assertThat(FAST.resolve(NodeId.scalar, scalar, implicit)).as("'%s' (implicit %s)", scalar, implicit)
                    .isEqualTo(SNAKEYAML.resolve(NodeId.scalar, scalar, implicit));
        }
    }
}
