package org.maestroperf.deploy.openshift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.openshift.TemplateFinding.Severity;

/** The template lint on hand-made Templates, one mistake at a time against a clean baseline. */
class TemplateChecksTest {

    private static final String CLEAN = """
            apiVersion: template.openshift.io/v1
            kind: Template
            metadata:
              name: demo
              annotations:
                openshift.io/display-name: Demo
                description: A demo
                tags: demo
                iconClass: icon-amq
                openshift.io/provider-display-name: Demo people
                openshift.io/documentation-url: https://example.com/docs
                openshift.io/support-url: https://example.com/support
            message: "Started ${REPLICAS} replicas"
            parameters:
              - {name: REPLICAS, displayName: Replicas, description: How many, value: "3", required: true}
              - {name: TAG, displayName: Tag, description: Image tag, value: "1.0"}
            objects:
              - apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: "${{REPLICAS}}"
                  template:
                    spec:
                      containers:
                        - {name: web, image: "example/web:${TAG}"}
            """;

    private static List<TemplateFinding> check(String yaml) {
        return TemplateChecks.check(TreeReader.readOne("t.yaml", yaml));
    }

    private static List<String> rules(String yaml) {
        return check(yaml).stream().map(TemplateFinding::rule).toList();
    }

    @Test
    void cleanTemplateHasNoFindings() {
        assertThat(check(CLEAN)).isEmpty();
    }

    @Test
    void textReferenceInAnIntegerFieldIsTheClassicBug() {
        List<TemplateFinding> findings = check(CLEAN.replace("\"${{REPLICAS}}\"", "\"${REPLICAS}\""));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.rule()).isEqualTo("template/text-in-typed-field");
            assertThat(f.path()).isEqualTo("objects[0].spec.replicas");
            assertThat(f.pointer()).isEqualTo("/objects/0/spec/replicas");
        });
    }

    @Test
    void textReferenceInABooleanFieldIsAnError() {
        String yaml = CLEAN.replace("          containers:", "          hostNetwork: \"${TAG}\"\n          containers:");
        assertThat(rules(yaml)).containsExactly("template/text-in-typed-field");
    }

    @Test
    void undeclaredAndUnusedParameters() {
        String yaml = CLEAN.replace("example/web:${TAG}", "example/web:${TAGS}");
        assertThat(rules(yaml)).containsExactlyInAnyOrder("template/undeclared-parameter", "template/unused-parameter");
        assertThat(check(yaml)).filteredOn(f -> f.rule().equals("template/undeclared-parameter")).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("objects[0].spec.template.spec.containers[0].image"));
    }

    @Test
    void labelReferencesAreCheckedAndLocatedByJsonPointer() {
        String yaml = CLEAN.replace("message: ", "labels: {app.kubernetes.io/part-of: \"${PART_OF}\"}\nmessage: ");
        assertThat(check(yaml)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("template/undeclared-parameter");
            assertThat(f.pointer()).isEqualTo("/labels/app.kubernetes.io~1part-of");
        });
    }

    @Test
    void messageMayNameOnlyDeclaredParameters() {
        assertThat(rules(CLEAN.replace("Started ${REPLICAS}", "Started ${REPLICAS} at ${HOST}")))
                .containsExactly("template/message-parameter");
        assertThat(rules(CLEAN.replace("message: \"Started ${REPLICAS} replicas\"\n", ""))).containsExactly("template/message");
    }

    @Test
    void requiredWithoutValueIsFlaggedUnlessGenerated() {
        String noValue = CLEAN.replace("value: \"3\", required: true", "required: true");
        assertThat(check(noValue)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("template/required-without-value");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        String generated = CLEAN.replace("value: \"3\", required: true", "required: true, generate: expression, from: \"[1-9]{1}\"");
        assertThat(check(generated)).isEmpty();
        assertThat(rules(CLEAN.replace("value: \"3\", required: true", "required: true, generate: expression, from: \"[9-1]{1}\"")))
                .containsExactly("template/generate-from");
    }

    @Test
    void catalogAnnotationsAndDescriptionsArePresent() {
        String bare = CLEAN.replace("    iconClass: icon-amq\n", "").replace("description: How many, ", "");
        assertThat(check(bare)).extracting(TemplateFinding::message)
                .containsExactlyInAnyOrder("parameter REPLICAS has no description", "catalog annotation iconClass is missing");
    }

    @Test
    void typedReferenceMustBeTheWholeValue() {
        assertThat(rules(CLEAN.replace("example/web:${TAG}", "example/web:${{TAG}}")))
                .containsExactly("template/embedded-typed-reference");
    }

    @Test
    void defaultThatDoesNotFitTheTypedFieldIsAnError() {
        assertThat(rules(CLEAN.replace("value: \"3\"", "value: three"))).containsExactly("template/default-does-not-fit");
        assertThat(rules(CLEAN.replace("value: \"3\"", "value: 3"))).containsExactly("template/parameter-value-type");
    }

    @Test
    void hardCodedNamespaceAndWrongKind() {
        assertThat(rules(CLEAN.replace("metadata: {name: web}", "metadata: {name: web, namespace: prod}")))
                .containsExactly("template/hard-coded-namespace");
        assertThat(rules("kind: List\nitems: []\n")).containsExactly("template/not-a-template");
    }
}
