package org.maestroperf.deploy.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ParameterTypeTest {

    @Test
    void eachTypeAcceptsWhatItsScriptParsesAndNothingElse() {
        accepts(ParameterType.INTEGER, List.of("0", "2", "600", "2147483647"), List.of("-1", "2147483648", "1.5", "", "ten", "1e3"));
        accepts(ParameterType.SIZE, List.of("256", "~1024", "1"), List.of("0", "~", "big", "256B", "-256", "~~1"));
        accepts(ParameterType.DURATION, List.of("30s", "5m", "1h", "2d", "1h30m1s", "0d0h0m30s", "1", "100000", "-1"),
                List.of("0", "0s", "5m30", "30S", "1.5h", "-2", "s", "thirty seconds", "2147483648s", ""));
        accepts(ParameterType.URL, List.of("amqp://sut:5672/queue", "mqtt://broker:1883", "http://a:b@h:8161/x"),
                List.of("sut:5672", "amqp://", "amqp://a b", ""));
        accepts(ParameterType.BOOLEAN, List.of("true", "false", "TRUE"), List.of("yes", "1", "on", ""));
        accepts(ParameterType.STRING, List.of("", "anything goes"), List.of());
    }

    @Test
    void theCatalogTypesWhatTheScriptsParseAndACustomScriptReadsText() {
        Script fixed = ScriptCatalog.imageScript("FixedRateTest").orElseThrow();
        assertThat(fixed.typeOf("TEST_DURATION")).isEqualTo(ParameterType.DURATION);
        assertThat(fixed.typeOf("MESSAGE_SIZE")).isEqualTo(ParameterType.SIZE);
        assertThat(fixed.typeOf("RATE")).isEqualTo(ParameterType.INTEGER);
        assertThat(fixed.typeOf("WARM_UP")).isEqualTo(ParameterType.BOOLEAN);
        assertThat(fixed.typeOf("SEND_RECEIVE_URL")).isEqualTo(ParameterType.URL);
        assertThat(fixed.typeOf("TEST_COMMENTS")).isEqualTo(ParameterType.STRING);
        Script custom = new Script("Soak", "/test-scripts/Soak.groovy", List.of(), List.of(), false);
        assertThat(custom.typeOf("TEST_DURATION")).isEqualTo(ParameterType.STRING);
    }

    private static void accepts(ParameterType type, List<String> good, List<String> bad) {
        assertThat(good).allSatisfy(v -> assertThat(type.accepts(v)).as(type + " " + v).isTrue());
        assertThat(bad).allSatisfy(v -> assertThat(type.accepts(v)).as(type + " " + v).isFalse());
    }
}
