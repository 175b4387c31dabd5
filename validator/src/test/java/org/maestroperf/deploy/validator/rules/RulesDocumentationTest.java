package org.maestroperf.deploy.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;
import org.maestroperf.deploy.validator.source.SourceDocument;
import org.maestroperf.deploy.validator.template.TemplateLint;

/** Runs the failing and passing example of every rule in docs/rules.md: the failing one must trip the rule, the passing one not. */
class RulesDocumentationTest {

    private static final Pattern SECTION = Pattern.compile("^### `([a-z0-9/-]+)`", Pattern.MULTILINE);
    private static final Pattern EXAMPLE = Pattern.compile("^(Failing|Passing):\\s*```yaml\\n(.*?)```", Pattern.MULTILINE | Pattern.DOTALL);

    /** Rules whose failing example is too large to show in the docs; ServerRulesTest runs them. */
    private static final Set<String> TOO_LARGE_TO_SHOW = Set.of("server-annotation-size", "server-data-size");

    private record Example(String rule, String yaml) {
    }

    private static Map<String, List<Example>> examples(String which) throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "rules.md"));
        Map<String, List<Example>> out = new LinkedHashMap<>();
        Matcher section = SECTION.matcher(doc);
        List<int[]> bounds = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (section.find()) {
            ids.add(section.group(1));
            bounds.add(new int[] {section.end(), 0});
        }
        for (int i = 0; i < ids.size(); i++) {
            int end = i + 1 < ids.size() ? bounds.get(i + 1)[0] : doc.length();
            Matcher ex = EXAMPLE.matcher(doc.substring(bounds.get(i)[0], end));
            List<Example> list = new ArrayList<>();
            while (ex.find()) {
                if (ex.group(1).equals(which)) {
                    list.add(new Example(ids.get(i), ex.group(2)));
                }
            }
            out.put(ids.get(i), list);
        }
        return out;
    }

    private static List<Finding> run(Example e) {
        ValidationOptions options = new ValidationOptions(KubernetesVersion.DEFAULT, List.of(), true, false, Set.of(),
                Set.of(e.rule()), Set.of(), null);
        return new Validator(options).validate(List.of(new SourceDocument(e.rule() + ".yaml", e.yaml())));
    }

    @Test
    void everyRuleIsDocumentedWithOneFailingAndOnePassingExample() throws IOException {
        Map<String, List<Example>> failing = examples("Failing");
        Map<String, List<Example>> passing = examples("Passing");
        List<String> ids = new ArrayList<>(Rules.all().stream().map(Rule::id).toList());
        ids.addAll(TemplateLint.RULES.keySet());
        assertThat(failing.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        failing.forEach((id, list) -> assertThat(list).as("failing example of %s", id).hasSize(TOO_LARGE_TO_SHOW.contains(id) ? 0 : 1));
        passing.forEach((id, list) -> assertThat(list).as("passing example of %s", id).hasSize(1));
    }

    @TestFactory
    Stream<DynamicTest> failingExamplesTripTheirRule() throws IOException {
        return examples("Failing").values().stream().flatMap(List::stream).map(e -> DynamicTest.dynamicTest(e.rule(), () -> {
            List<Finding> findings = run(e);
            assertThat(findings).extracting(Finding::rule).as("findings %s", findings).contains(e.rule());
            // a Template mistake may also break the field it is in, which the schema check reports there;
            // and a wrong apiVersion has no schema at all
            Set<String> atTheMistake = new java.util.HashSet<>();
            findings.stream().filter(f -> f.rule().equals(e.rule())).forEach(f -> atTheMistake.add(f.pointer()));
            assertThat(findings).filteredOn(f -> f.rule().startsWith("schema") || f.rule().startsWith("yaml"))
                    .filteredOn(f -> !atTheMistake.contains(f.pointer()))
                    .filteredOn(f -> !(f.rule().equals("schema-missing") && atTheMistake.contains("/apiVersion")))
                    .as("the example is otherwise valid").isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> passingExamplesDoNot() throws IOException {
        return examples("Passing").values().stream().flatMap(List::stream).map(e -> DynamicTest.dynamicTest(e.rule(), () -> {
            List<Finding> findings = run(e);
            assertThat(findings).extracting(Finding::rule).as("findings %s", findings).doesNotContain(e.rule());
            assertThat(findings).filteredOn(f -> f.rule().startsWith("schema") || f.rule().startsWith("yaml"))
                    .as("the example is otherwise valid").isEmpty();
        }));
    }
}
