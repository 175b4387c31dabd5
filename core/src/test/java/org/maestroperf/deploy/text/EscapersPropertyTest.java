package org.maestroperf.deploy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.yaml.HostileValues;
import org.w3c.dom.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The escapers on hostile strings (the corpus and random strings, unpaired surrogates included):
 * XML parses with the JDK's parser and gives the text back, with what XML cannot hold shown as
 * {@code \}{@code uXXXX}; JSON parses with Jackson and gives the text back exactly; a visible line
 * is one line without a control character.
 */
class EscapersPropertyTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    private static List<String> hostile() {
        return HostileValues.outputCorpus(11, 2000);
    }

    /** The oracle, by code point: an XML 1.0 Char is kept, anything else becomes its escape. */
    private static String xmlVisible(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000;
            out.append(ok ? Character.toString(cp) : String.format("\\u%04X", cp));
        });
        return out.toString();
    }

    @Test
    void xmlIsWellFormedAndGivesTheTextBack() throws Exception {
        DocumentBuilder parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (String s : hostile()) {
            String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<r a=\"" + Xml.attribute(s) + "\">" + Xml.text(s) + "</r>";
            Element root = parser.parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            assertThat(root.getAttribute("a")).as(HostileValues.show(s)).isEqualTo(xmlVisible(s));
            assertThat(root.getTextContent()).as(HostileValues.show(s)).isEqualTo(xmlVisible(s));
            assertThat(root.getChildNodes().getLength()).as("one text node, no injected element").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void jsonParsesAndGivesTheTextBackExactlyAndIsPrintable() throws Exception {
        for (String s : hostile()) {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put(s, List.of(s, 1));
            for (String json : List.of(Json.line(tree), Json.indented(tree))) {
                JsonNode read = JACKSON.readTree(json);
                assertThat(read.size()).isEqualTo(1);
                assertThat(read.get(s).get(0).textValue()).as(HostileValues.show(s)).isEqualTo(s);
                assertThat(json.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F
                        || Character.isSurrogate((char) c) || c == 0x2028 || c == 0x2029)).as(HostileValues.show(s)).isEmpty();
            }
            assertThat(Json.line(tree)).doesNotContain("\n");
        }
    }

    @Test
    void aVisibleLineIsOneLineWithoutControlCharacters() {
        for (String s : hostile()) {
            visibleLine(s);
        }
    }

    private static void visibleLine(String s) {
        String line = Visible.line(s);
        assertThat(line.chars().filter(c -> c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0x2028 || c == 0x2029
                || c >= 0x202A && c <= 0x202E)).as(HostileValues.show(s)).isEmpty();
        assertThat(line.codePoints().filter(cp -> cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE))
                .as("no unpaired surrogate").isEmpty();
        assertThat(line.lines().count()).isLessThanOrEqualTo(1);
    }
}
