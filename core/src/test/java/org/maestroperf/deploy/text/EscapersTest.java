package org.maestroperf.deploy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EscapersTest {

    @Test
    void xmlEscapesMarkupAndShowsWhatItCannotHold() {
        assertThat(Xml.text("a<b>&\"'")).isEqualTo("a&lt;b&gt;&amp;&quot;&apos;");
        assertThat(Xml.text("line\nnext\ttab\r")).isEqualTo("line\nnext\ttab&#13;");
        assertThat(Xml.attribute("line\nnext\ttab")).isEqualTo("line&#10;next&#9;tab");
        assertThat(Xml.text("nul\u0000 esc\u001b \uFFFE lone\uD800")).isEqualTo("nul\\u0000 esc\\u001B \\uFFFE lone\\uD800");
        assertThat(Xml.text("pair \uD83D\uDE00 żółć")).isEqualTo("pair \uD83D\uDE00 żółć");
        String plain = "deployment-apps-v1.json";
        assertThat(Xml.text(plain)).isSameAs(plain);
    }

    @Test
    void jsonKeepsReadableTextAndEscapesWhatCouldDriveATerminal() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("name", "żółć \u001b[31m \u2028 \u0085 \uD83D\uDE00");
        tree.put("n", List.of(1, 2.5, true));
        tree.put("none", null);
        assertThat(Json.line(tree)).isEqualTo(
                "{\"name\":\"żółć \\u001B[31m \\u2028 \\u0085 \\uD83D\\uDE00\",\"n\":[1,2.5,true],\"none\":null}");
        assertThat(Json.indented(Map.of("a", 1))).isEqualTo("{\n  \"a\" : 1\n}");
    }

    @Test
    void aVisibleLineShowsBreaksAndControlsAndKeepsTheRest() {
        assertThat(Visible.line("a\nok 1 - forged\r\t\u001b[0m")).isEqualTo("a\\nok 1 - forged\\r\\t\\u001B[0m");
        assertThat(Visible.line("C:\\dir\\file żółć \uD83D\uDE00")).isEqualTo("C:\\dir\\file żółć \uD83D\uDE00");
        assertThat(Visible.line("bidi \u202Etxt.exe")).isEqualTo("bidi \\u202Etxt.exe");
    }
}
