package org.maestroperf.deploy.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.ValidationOptions;
import org.maestroperf.deploy.validator.Validator;
import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.source.SourceDocument;

/** Each Template, with its objects, is a scope of its own for the cross-object rules. */
class ScopesTest {

    private static String template(String name, String... objects) {
        StringBuilder out = new StringBuilder("""
                apiVersion: template.openshift.io/v1
                kind: Template
                metadata: {name: %s}
                objects:
                """.formatted(name));
        for (String o : objects) {
            out.append("  - ").append(o).append('\n');
        }
        return out.toString();
    }

    private static final String CONFIG = "{apiVersion: v1, kind: ConfigMap, metadata: {name: settings}, data: {a: b}}";

    private static List<Finding> validate(String... documents) {
        List<SourceDocument> sources = new java.util.ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            sources.add(new SourceDocument("f" + i + ".yaml", documents[i]));
        }
        return new Validator(ValidationOptions.defaults()).validate(sources);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).filter(r -> !r.startsWith("template/")).toList();
    }

    @Test
    void alternativeTemplatesDoNotClashWithEachOther() {
        assertThat(rules(validate(template("maestro", CONFIG), template("maestro", CONFIG)))).isEmpty();
    }

    @Test
    void objectsWithOneIdentityInsideOneTemplateAreStillDuplicates() {
        List<Finding> findings = validate(template("maestro", CONFIG, CONFIG));
        assertThat(findings).filteredOn(f -> f.rule().equals("duplicate-object")).singleElement()
                .satisfies(f -> assertThat(f.pointer()).startsWith("/objects/1/"));
    }

    @Test
    void objectsOutsideTemplatesShareOneScope() {
        String plain = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n";
        assertThat(rules(validate(plain, plain))).containsExactly("duplicate-object");
        assertThat(rules(validate(plain, template("maestro", CONFIG)))).isEmpty();
    }

    @Test
    void aTemplateObjectOnlySeesTheObjectsOfItsOwnTemplate() {
        String pod = "{apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {containers: [{name: c, image: busybox:1.36,"
                + " envFrom: [{configMapRef: {name: settings}}]}]}}";
        assertThat(rules(validate(template("a", pod), template("b", CONFIG)))).contains("references");
        assertThat(rules(validate(template("a", pod, CONFIG)))).doesNotContain("references");
    }
}
