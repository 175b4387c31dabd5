package org.maestroperf.deploy.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.rules.Rules;
import org.maestroperf.deploy.yaml.HostileValues;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No file name, message or pointer can forge output: for hostile strings in every user-controlled
 * field, JUnit parses with one test case per finding, JSON and SARIF parse and give the strings
 * back, text and TAP stay one line per finding.
 */
class ReportWritersTest {

    private static List<String> hostile() {
        return HostileValues.outputCorpus(10, 300);
    }

    private static Report report(String s) {
        return new Report(List.of(
                new Finding(s, 3, 5, "/metadata/" + s, Severity.ERROR, "dns-name", "name '" + s + "' is not a name"),
                new Finding("b-" + s, 1, 1, "", Severity.WARNING, "probes", s)), 2, 2);
    }

    private static String write(OutputFormat format, Report report) {
        StringWriter out = new StringWriter();
        format.write(report, Rules.all(), new PrintWriter(out));
        return out.toString();
    }

    @Test
    void junitIsWellFormedWithOneTestCasePerFinding() throws Exception {
        var parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (String s : hostile()) {
            String xml = write(OutputFormat.JUNIT, report(s));
            Element root = parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            NodeList cases = root.getElementsByTagName("testcase");
            assertThat(cases.getLength()).as(HostileValues.show(s)).isEqualTo(2);
            assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isEqualTo(1);
        }
    }

    @Test
    void jsonAndSarifParseAndGiveTheStringsBack() throws Exception {
        ObjectMapper jackson = new ObjectMapper();
        for (String s : hostile()) {
            JsonNode json = jackson.readTree(write(OutputFormat.JSON, report(s)));
            assertThat(json.path("findings")).hasSize(2);
            assertThat(json.path("findings").get(0).path("file").textValue()).isEqualTo(s);
            assertThat(json.path("findings").get(1).path("message").textValue()).isEqualTo(s);
            assertThat(json.path("summary").path("warnings").asInt()).isEqualTo(1);
            JsonNode sarif = jackson.readTree(write(OutputFormat.SARIF, report(s)));
            JsonNode results = sarif.path("runs").get(0).path("results");
            assertThat(results).hasSize(2);
            assertThat(results.get(1).path("message").path("text").textValue()).isEqualTo(s);
        }
    }

    @Test
    void textAndTapAreOneLinePerFinding() {
        for (String s : hostile()) {
            List<String> text = write(OutputFormat.TEXT, report(s)).lines().toList();
            assertThat(text).as(HostileValues.show(s)).hasSize(3);
            assertThat(text.get(2)).isEqualTo("2 objects in 2 files: 1 error, 1 warning");
            List<String> tap = write(OutputFormat.TAP, report(s)).lines().toList();
            assertThat(tap).as(HostileValues.show(s)).hasSize(4);
            assertThat(tap.get(2)).startsWith("not ok 1 - ").doesNotContain(" # ");
            assertThat(tap.get(3)).startsWith("ok 2 - ").endsWith(" # WARNING");
            assertThat(tap.get(3).replace("\\#", "")).as("one unescaped #, the directive").containsOnlyOnce("#");
            for (String line : text.subList(0, 2)) {
                assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7F || c == 0x2028)).isEmpty();
            }
        }
    }

    @Test
    void aForgedLineShowsAsTheEscapedTextItIs() {
        Report forged = new Report(List.of(new Finding("a.yaml", 1, 1, "", Severity.ERROR, "dns-name",
                "name 'x\nb.yaml:2:2 error forged'")), 1, 1);
        assertThat(write(OutputFormat.TEXT, forged).lines()).first()
                .isEqualTo("a.yaml:1:1 error dns-name name 'x\\nb.yaml:2:2 error forged'");
        assertThat(write(OutputFormat.TAP, new Report(List.of(new Finding("a.yaml", 1, 1, "", Severity.ERROR, "r",
                "x\nok 1 - fine # TODO")), 1, 1)).lines()).contains("not ok 1 - a.yaml:1:1 r x\\\\nok 1 - fine \\# TODO");
    }
}
