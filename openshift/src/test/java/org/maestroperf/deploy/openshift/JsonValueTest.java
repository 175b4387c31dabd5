package org.maestroperf.deploy.openshift;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ${{X}} values are read as strict JSON, like oc's json.Unmarshal; anything else is "not JSON". */
class JsonValueTest {

    @Test
    void readsJsonValues() {
        assertThat(JsonValue.parse("3")).isEqualTo(3);
        assertThat(JsonValue.parse(" -12 ")).isEqualTo(-12);
        assertThat(JsonValue.parse("4294967296")).isEqualTo(4294967296L);
        assertThat(JsonValue.parse("123456789012345678901234567890")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(JsonValue.parse("1.5e3")).isEqualTo(1500.0);
        assertThat(JsonValue.parse("true")).isEqualTo(true);
        assertThat(JsonValue.parse("null")).isNull();
        assertThat(JsonValue.parse("\"123\"")).isEqualTo("123");
        assertThat(JsonValue.parse("[1, \"a\"]")).isEqualTo(List.of(1, "a"));
        assertThat(JsonValue.parse("{\"cpu\": 1}")).isEqualTo(Map.of("cpu", 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "fast-ssd", "01", "1.", "+1", "True", "yes", "nul", "\"open", "[1,", "{cpu: 1}", "1 2", "0x10"})
    void restIsNotJson(String raw) {
        assertThat(JsonValue.isJson(raw)).isFalse();
    }
}
