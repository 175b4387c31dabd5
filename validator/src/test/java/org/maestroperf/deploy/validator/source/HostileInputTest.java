package org.maestroperf.deploy.validator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.hostile.HostileInputs;
import org.maestroperf.deploy.input.InputLimits;
import org.maestroperf.deploy.validator.report.Finding;

/**
 * The shapes of a fuzzing run that cost validate minutes and gigabytes (bench/hostile.sh times them
 * through the CLI): each is read in time linear in its size, or refused with one finding once the
 * work it would cause passes a limit.
 */
class HostileInputTest {

    private final HostileInputs inputs = new HostileInputs(11);

    private static DocumentParser.Result parse(String text) {
        return DocumentParser.parse(new SourceDocument("in.yaml", text));
    }

    /** SnakeYAML's reader copied its window per 1,023 characters of a token: 14 s and 6 GB for this. */
    @Test
    void aFourMebibyteValueOrCommentOnOneLineIsRead() {
        DocumentParser.Result value = parse(inputs.longLineValue(4 << 20));
        assertThat(value.findings()).isEmpty();
        assertThat(value.manifests().get(0).root().path("data", "big").text()).hasSize(4 << 20);
        DocumentParser.Result comment = parse(inputs.longLineComment(4 << 20));
        assertThat(comment.findings()).isEmpty();
        assertThat(comment.manifests()).extracting(Manifest::describe).singleElement().asString().startsWith("ConfigMap/");
    }

    /** 99 merges of one 5,000-key map: each merged entry counts, so the document is refused, not expanded for 48 s. */
    @Test
    void mergedEntriesCountTowardsTheNodeLimit() {
        DocumentParser.Result many = parse(inputs.mergeKeys(99, 5_000));
        assertThat(many.manifests()).isEmpty();
        assertThat(many.findings()).extracting(Finding::rule).containsExactly("document-too-large");
        DocumentParser.Result some = parse(inputs.mergeKeys(20, 5_000));
        assertThat(some.findings()).isEmpty();
        assertThat(((MapValue) some.manifests().get(0).root().path("data", "m19")).size()).isEqualTo(5_000);
    }

    /** 99 anchors each nesting the one before 95 deep: within the limit as written, 9,400 deep through the aliases (StackOverflowError). */
    @Test
    void nestingThroughAliasesIsLimitedAsNestingInTheTextIs() {
        DocumentParser.Result r = parse(inputs.aliasNesting(99, 95));
        assertThat(r.manifests()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("document-too-large");
            assertThat(f.message()).isEqualTo("document nests deeper than 100 levels through its aliases; refused");
        });
        assertThat(parse(inputs.aliasNesting(1, 95)).findings()).isEmpty();
    }

    /** 40,000 references to a 20,000-character default would expand to 800 million characters (75 s, 6 GB). */
    @Test
    void aTemplateWhoseParametersExpandPastTheBudgetIsOneFinding() {
        String template = inputs.templateOfReferences(40_000, 20_000);
        assertThat(template.length()).isLessThan(300_000);
        DocumentParser.Result r = parse(template);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("template-too-large");
            assertThat(f.message()).isEqualTo("the Template's parameter defaults expand its objects to more than "
                    + InputLimits.MAX_PROCESSED_CHARS + " characters (a long value referenced many times); its objects"
                    + " are not checked");
            assertThat(f.line()).isGreaterThan(10);
        });
        // the Template itself is still checked; its objects are not
        assertThat(r.manifests()).extracting(Manifest::describe).singleElement().asString().startsWith("Template/");
        // the same shape within the budget expands in full
        DocumentParser.Result small = parse(inputs.templateOfReferences(400, 20_000));
        assertThat(small.findings()).isEmpty();
        assertThat(small.manifests()).hasSize(2);
        assertThat(small.manifests().get(1).root().path("data", "k0").text()).hasSize(40 * 20_000);
    }

    /** What kubectl and fabric8 cannot read is a finding: a tag of its own, a null key, a collection as a key. */
    @Test
    void tagsAndKeysKubernetesCannotReadAreFindingsWithTheirPositions() {
        String head = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n";
        assertThat(findings(head + "data:\n  a: !custom b\n")).containsExactly(
                "5:6 yaml-tag /data/a YAML tag !custom is not one Kubernetes reads (only !!str, !!int, !!float, !!bool,"
                        + " !!null, !!map and !!seq)");
        assertThat(findings(head + "data: !!set {a, b}\n")).singleElement().asString().startsWith("4:7 yaml-tag /data YAML tag !!set ");
        assertThat(findings(head + "data: {x: !!binary aGk=, y: !!str 1, z: !!int '2'}\n"))
                .singleElement().asString().startsWith("4:11 yaml-tag /data/x YAML tag !!binary ");
        for (String nullKey : List.of("{~: a}", "{null: a}", "{NULL: a}", "{!!null x: a}")) {
            assertThat(findings(head + "data: " + nullKey + "\n")).as(nullKey)
                    .containsExactly("4:8 yaml-key /data a mapping key must be a string, and this one is null");
        }
        assertThat(findings(head + "data: {? : a}\n")).singleElement().asString().startsWith("4:9 yaml-key /data a mapping key");
        assertThat(findings(head + "data: {'~': a, \"null\": b, nullable: c}\n")).isEmpty();
        assertThat(findings(head + "data:\n  ? [a]\n  : b\n  ? {c: d}\n  : e\n")).containsExactly(
                "5:5 yaml-key /data mapping keys must be scalars", "7:5 yaml-key /data mapping keys must be scalars");
        // an anchored tag is reported once, however often it is used
        assertThat(findings(head + "x: &t !custom v\ndata: {a: *t, b: *t, c: *t}\n")).hasSize(1);
    }

    private static List<String> findings(String text) {
        return parse(text).findings().stream()
                .map(f -> f.line() + ":" + f.column() + " " + f.rule() + " " + f.pointer() + " " + f.message()).toList();
    }
}
