package org.maestroperf.deploy.runner.results;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.runner.watch.Verdict;
import org.maestroperf.deploy.yaml.HostileValues;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsFormatsTest {

    private final List<TestCaseResult> results = List.of(
            new TestCaseResult("fixed-rate", "job-1", Verdict.PASSED, 1, Duration.ofMillis(31500), "Completed"),
            new TestCaseResult("incremental", "job-2", Verdict.FAILED, 3, Duration.ofSeconds(95), "Error (exit code 1)"),
            new TestCaseResult("flex<&>", "job-3", Verdict.ERROR, 1, Duration.ofSeconds(2), "ErrImagePull: \"x\""));

    @Test
    void tableHasOneAlignedRowPerTestCase() {
        List<String> lines = SummaryTable.render(results).lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("TEST CASE  ").contains("ATTEMPTS", "DURATION", "VERDICT");
        assertThat(lines.get(1)).matches("fixed-rate\\s+1\\s+31\\.5s\\s+PASSED");
        assertThat(lines.get(2)).matches("incremental\\s+3\\s+95\\.0s\\s+FAILED \\(Error \\(exit code 1\\)\\)");
    }

    @Test
    void junitCountsFailuresAndErrorsAndEscapes() {
        String xml = JUnitXml.render("maestro", results);

        assertThat(xml).contains("<testsuite name=\"maestro\" tests=\"3\" failures=\"1\" errors=\"1\" time=\"128.500\">");
        assertThat(xml).contains("<testcase classname=\"maestro\" name=\"fixed-rate\" time=\"31.500\"></testcase>");
        assertThat(xml).contains("<failure message=\"Error (exit code 1) after 3 attempt(s)\"/>");
        assertThat(xml).contains("name=\"flex&lt;&amp;&gt;\"").contains("<error type=\"ERROR\" message=\"ErrImagePull: &quot;x&quot; after 1 attempt(s)\"/>");
    }

    /** A reason is what the cluster said (a container's message, an event): anything at all. */
    @Test
    void junitIsWellFormedWhateverTheNamesAndReasons() throws Exception {
        DocumentBuilder parser = DocumentBuilderFactory.newInstance().newDocumentBuilder();
        for (String s : HostileValues.outputCorpus(9, 200)) {
            String xml = JUnitXml.render(s, List.of(
                    new TestCaseResult(s, "job", Verdict.FAILED, 1, Duration.ofSeconds(1), s),
                    new TestCaseResult("b", "job", Verdict.ERROR, 1, Duration.ofSeconds(1), s)));
            Element suite = parser.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            assertThat(suite.getElementsByTagName("testcase").getLength()).as(HostileValues.show(s)).isEqualTo(2);
            assertThat(suite.getElementsByTagName("failure").getLength()).isEqualTo(1);
            assertThat(suite.getElementsByTagName("error").getLength()).isEqualTo(1);
        }
    }
}
