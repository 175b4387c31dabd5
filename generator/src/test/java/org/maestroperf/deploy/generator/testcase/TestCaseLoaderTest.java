package org.maestroperf.deploy.generator.testcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.script.ScriptCatalog;

class TestCaseLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void readsTheIssueExampleKeepingValuesAsWritten() throws IOException {
        Path file = write("tc.yaml", """
                {name: fixed-rate-1, script: FixedRateTest, description: "free text", retries: 1,
                 parameters: {sendReceiveUrl: "amqp://sut:5672/queue", messageSize: 256, testDuration: 30s,
                 rate: 0, parallelCount: 2}}
                """);
        TestCase tc = new TestCaseLoader().load(file);
        assertThat(tc.name()).isEqualTo("fixed-rate-1");
        assertThat(tc.script()).isEqualTo("FixedRateTest");
        assertThat(tc.description()).isEqualTo("free text");
        assertThat(tc.retries()).isEqualTo(1);
        assertThat(tc.parameters()).containsExactly(
                java.util.Map.entry("sendReceiveUrl", "amqp://sut:5672/queue"),
                java.util.Map.entry("messageSize", "256"),
                java.util.Map.entry("testDuration", "30s"),
                java.util.Map.entry("rate", "0"),
                java.util.Map.entry("parallelCount", "2"));
        assertThat(tc.positionOf("parameters.messageSize").line()).isEqualTo(2);
    }

    @Test
    void reportsEveryMistakeWithItsPosition() throws IOException {
        Path file = write("bad.yaml", """
                name: Fixed_Rate
                scrpit: FixedRateTest
                retries: -1
                parameters:
                  rate: [1, 2]
                """);
        assertThatThrownBy(() -> new TestCaseLoader().load(file))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        file + ":2:1: unknown key 'scrpit'; did you mean 'script'? (keys: name, script, description, retries, parameters)",
                        file + ":1:7: name 'Fixed_Rate' must be lower-case letters, digits and '-', start and end with a letter or digit, at most 48 characters (it names a Job)",
                        file + ": missing 'script' (one of [FairIncrementalTest, FixedRateTest, FixedRateTestWithAgent, FlexibleTest, IncrementalTest] or a script of the profile's client.scripts folder)",
                        file + ":3:10: 'retries' must be a whole number from 0 to 100",
                        file + ":5:9: 'parameters.rate' must be a single value (text or number)"));
    }

    @Test
    void duplicateKeysAndSyntaxErrorsArePositioned() throws IOException {
        Path dup = write("dup.yaml", "name: a\nname: b\nscript: FixedRateTest\n");
        assertThatThrownBy(() -> new TestCaseLoader().load(dup))
                .hasMessage(dup + ":2:1: duplicate key 'name'");
        Path broken = write("broken.yaml", "name: a\nscript: [unclosed\n");
        assertThatThrownBy(() -> new TestCaseLoader().load(broken))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith(broken + ":3:1: ");
    }

    @Test
    void aDirectoryContributesItsYamlFilesSortedAndNamesMustBeUnique() throws IOException {
        write("b.yaml", "name: two\nscript: FlexibleTest\n");
        write("a.yaml", "name: one\nscript: FlexibleTest\n");
        write("notes.txt", "ignored");
        assertThat(new TestCaseLoader().load(List.of(dir)).stream().map(TestCase::name)).containsExactly("one", "two");

        write("c.yaml", "name: one\nscript: FlexibleTest\n");
        assertThatThrownBy(() -> new TestCaseLoader().load(List.of(dir)))
                .hasMessageContaining("c.yaml:1:7: test case name 'one' is already used at " + dir.resolve("a.yaml") + ":1:7");
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> new TestCaseLoader().load(List.of(dir.resolve("nope.yaml"))))
                .hasMessage(dir.resolve("nope.yaml") + ": no such test case file or directory");
    }

    @Test
    void aFileThatIsNotUtf8IsAClearError() throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> new TestCaseLoader().load(file))
                .isInstanceOf(UserException.class)
                .hasMessage(file + ": test case file is not UTF-8 text");
    }

    @Test
    void everyBuiltInTestCaseLoadsAndCoversEverySinglepointScript() {
        Path folder = Path.of("..", "profiles", "testcases");
        List<TestCase> all = new TestCaseLoader().load(List.of(folder));
        assertThat(all.stream().map(TestCase::script).sorted().toList())
                .isEqualTo(ScriptCatalog.imageScriptNames());
    }
}
