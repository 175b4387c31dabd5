package org.maestroperf.deploy.validator.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.maestroperf.deploy.validator.schema.KubernetesVersion;
import org.maestroperf.deploy.validator.source.SourceDocument;

class TemplateLintTest {

    /** Line 27 uses ${APP}, never declared; line 28 puts text into the integer replicas; catalog annotations are missing. */
    private static final String BAD = """
            apiVersion: template.openshift.io/v1
            kind: Template
            metadata:
              name: bad
              annotations:
                description: "A template with mistakes"
            message: "Started ${NAME}."
            parameters:
              - name: NAME
                displayName: Name
                description: The name of the deployment
                value: web
              - name: REPLICAS
                displayName: Replicas
                description: How many pods
                value: "2"
            objects:
              - apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: ${NAME}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata:
                      labels:
                        app: ${APP}
                  replicas: "${REPLICAS}"
            """;

    private static List<Finding> validate(Set<String> skip, String... documents) {
        ValidationOptions options = new ValidationOptions(KubernetesVersion.DEFAULT, List.of(), true, false, skip,
                Set.of(), Set.of(), null);
        List<SourceDocument> sources = new java.util.ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            sources.add(new SourceDocument("t" + i + ".yaml", documents[i]));
        }
        return new Validator(options).validate(sources);
    }

    @Test
    void reportsTemplateFindingsAtTheirFieldsWithTheirSeverityAndRule() {
        List<Finding> findings = validate(Set.of(), BAD).stream().filter(f -> f.rule().startsWith("template/")).toList();

        assertThat(findings).filteredOn(f -> f.rule().equals("template/undeclared-parameter")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.line()).isEqualTo(27);
                    assertThat(f.column()).isEqualTo(13);
                    assertThat(f.pointer()).isEqualTo("/objects/0/spec/template/metadata/labels/app");
                    assertThat(f.message()).startsWith("Template/bad: objects[0].spec.template.metadata.labels.app: ${APP}");
                });
        assertThat(findings).filteredOn(f -> f.rule().equals("template/text-in-typed-field")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.line()).isEqualTo(28);
                    assertThat(f.column()).isEqualTo(7);
                    assertThat(f.pointer()).isEqualTo("/objects/0/spec/replicas");
                });
        List<Finding> catalog = findings.stream().filter(f -> f.rule().equals("template/catalog-annotation")).toList();
        assertThat(catalog).hasSize(6).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.column()).isEqualTo(3);
        });
        assertThat(catalog).extracting(Finding::message).noneMatch(m -> m.contains("catalog annotation description "));
        assertThat(findings).extracting(Finding::rule).doesNotContain("template/unused-parameter",
                "template/message", "template/parameter-description");
    }

    @Test
    void templateRulesAreSkippable() {
        List<Finding> findings = validate(Set.of("template/catalog-annotation", "template/undeclared-parameter"), BAD);
        assertThat(findings).extracting(Finding::rule)
                .doesNotContain("template/catalog-annotation", "template/undeclared-parameter")
                .contains("template/text-in-typed-field");
    }

    @Test
    void aTemplateInsideAListIsReportedUnderTheListPointer() {
        String list = "apiVersion: v1\nkind: List\nitems:\n" + BAD.lines().map(l -> "  " + l)
                .collect(java.util.stream.Collectors.joining("\n")).replaceFirst("  apiVersion", "- apiVersion");
        assertThat(validate(Set.of(), list)).filteredOn(f -> f.rule().equals("template/text-in-typed-field"))
                .singleElement().satisfies(f -> {
                    assertThat(f.pointer()).isEqualTo("/items/0/objects/0/spec/replicas");
                    assertThat(f.line()).isEqualTo(31);
                });
    }
}
