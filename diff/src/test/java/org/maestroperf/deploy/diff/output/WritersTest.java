package org.maestroperf.deploy.diff.output;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.everit.json.schema.Schema;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.diff.BundleDiff;
import org.maestroperf.deploy.diff.Differ;
import org.maestroperf.deploy.diff.KubeObject;
import org.maestroperf.deploy.diff.Side;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/** The three outputs of one diff: what each says, that each reads back as its format, and that it is stable. */
class WritersTest {

    private static final String WORKER = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: maestro-worker, namespace: maestro, labels: {app.kubernetes.io/component: worker}}
            spec:
              replicas: %d
              template:
                spec:
                  containers:
                    - name: worker
                      image: maestroperf/maestro-worker:1.5.5
            """;
    private static final String HOSTILE = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: notes, namespace: maestro}
            data:
              text: "%s"
            """;

    private static KubeObject object(String origin, String yaml) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return KubeObject.of(origin, tree);
    }

    private static List<KubeObject> old() {
        return new ArrayList<>(List.of(object("old/bundle.yaml:10", WORKER.formatted(2)),
                object("old/bundle.yaml:40", HOSTILE.formatted("a | b `c` <script>")),
                object("old/bundle.yaml:60", "{apiVersion: v1, kind: Service, metadata: {name: gone, namespace: maestro}}"),
                object("old/bundle.yaml:70", """
                        apiVersion: v1
                        kind: Secret
                        metadata: {name: creds, namespace: maestro}
                        data: {password: aHVudGVyMg==}
                        """)));
    }

    private static List<KubeObject> nu() {
        return new ArrayList<>(List.of(object("new/bundle.yaml:10", WORKER.formatted(4)),
                object("new/bundle.yaml:40", HOSTILE.formatted("a | b ``c`` \\u001b[31m</summary>")),
                object("new/bundle.yaml:80", "{apiVersion: v1, kind: Service, metadata: {name: added, namespace: maestro}}"),
                object("new/bundle.yaml:70", """
                        apiVersion: v1
                        kind: Secret
                        metadata: {name: creds, namespace: maestro}
                        data: {password: c2VjcmV0}
                        """)));
    }

    private static BundleDiff diff() {
        return Differ.compare(new Side("old/", old()), new Side("new/", nu()));
    }

    private static String write(DiffWriter writer, BundleDiff diff) {
        StringWriter out = new StringWriter();
        writer.write(diff, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void textListsEachObjectWithItsMeaningThenAUnifiedDiffOfItsYaml() {
        String text = write(new TextWriter(false), diff());

        assertThat(text).startsWith("""
                maestro-deploy diff
                  old: old/
                  new: new/

                ~ ConfigMap maestro/notes: ConfigMap notes changed: pods that read it see it after they restart
                ~ Deployment maestro/maestro-worker: workers scale 2 → 4 (no restart)
                ~ Secret maestro/creds: Secret creds: values changed (not shown)
                + Service maestro/added: Service added is added
                - Service maestro/gone: Service gone is removed: what it exposed is no longer reachable through it

                3 changed, 1 added, 1 removed, 0 unchanged
                """);
        assertThat(text).contains("""
                --- old/apps.v1.Deployment.maestro.maestro-worker	old/bundle.yaml:10
                +++ new/apps.v1.Deployment.maestro.maestro-worker	new/bundle.yaml:10
                @@ -6,7 +6,7 @@
                   labels:
                     app.kubernetes.io/component: worker
                 spec:
                -  replicas: 2
                +  replicas: 4
                   template:
                     spec:
                       containers:
                """);
        assertThat(text).contains("--- old/v1.Service.maestro.added\n+++ new/v1.Service.maestro.added\tnew/bundle.yaml:80\n"
                + "@@ -0,0 +1,5 @@\n+apiVersion: v1\n");
        assertThat(text).contains("-  password: '*** (before)'\n+  password: '*** (after)'");
        assertThat(text).doesNotContain("\u001b", "aHVudGVyMg", "c2VjcmV0");
    }

    @Test
    void colourMarksRemovedLinesRedAddedGreenAndNothingElseChanges() {
        String plain = write(new TextWriter(false), diff());
        String coloured = write(new TextWriter(true), diff());

        assertThat(coloured).contains("\u001b[31m-  replicas: 2\u001b[0m", "\u001b[32m+  replicas: 4\u001b[0m",
                "\u001b[36m@@ -6,7 +6,7 @@\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
        // a value's own escape character never reaches the terminal: only the writer's colours do
        assertThat(coloured.replaceAll("\u001b\\[(1|31|32|36|0)m", "")).doesNotContain("\u001b");
    }

    @Test
    void jsonFollowsItsSchemaAndCarriesEachChangedFieldWithOldAndNewValues() throws Exception {
        String json = write(new JsonWriter(), diff());

        Schema schema;
        try (InputStream in = JsonWriter.class.getResourceAsStream("diff-output.schema.json")) {
            schema = SchemaLoader.load(new JSONObject(new JSONTokener(in)));
        }
        JSONObject document = new JSONObject(json);
        schema.validate(document);
        assertThat(document.getInt("schemaVersion")).isEqualTo(JsonWriter.SCHEMA_VERSION);
        assertThat(document.getJSONObject("summary").toMap()).isEqualTo(Map.of("changed", 3, "added", 1, "removed", 1,
                "unchanged", 0));
        JSONArray objects = document.getJSONArray("objects");
        JSONObject worker = objects.getJSONObject(1);
        assertThat(worker.getString("name")).isEqualTo("maestro-worker");
        assertThat(worker.getJSONObject("origin").toMap()).isEqualTo(Map.of("old", "old/bundle.yaml:10",
                "new", "new/bundle.yaml:10"));
        assertThat(worker.getJSONArray("fields").toList()).isEqualTo(List.of(Map.of("path", "spec.replicas",
                "change", "changed", "old", 2, "new", 4)));
        JSONObject added = objects.getJSONObject(3);
        assertThat(added.getString("change")).isEqualTo("added");
        assertThat(added.has("fields")).isFalse();
        assertThat(added.getJSONObject("object").getJSONObject("metadata").getString("name")).isEqualTo("added");
        assertThat(json).doesNotContain("aHVudGVyMg", "c2VjcmV0");
    }

    @Test
    void jsonOfNoDifferencesIsValidToo() throws Exception {
        BundleDiff same = Differ.compare(new Side("a", old()), new Side("b", old()));
        Schema schema;
        try (InputStream in = JsonWriter.class.getResourceAsStream("diff-output.schema.json")) {
            schema = SchemaLoader.load(new JSONObject(new JSONTokener(in)));
        }
        JSONObject document = new JSONObject(write(new JsonWriter(), same));
        schema.validate(document);
        assertThat(document.getBoolean("differences")).isFalse();
        assertThat(document.getJSONObject("summary").getInt("unchanged")).isEqualTo(4);
    }

    @Test
    void markdownHasATableOfMeaningsAndOneCollapsedSectionPerObjectWithEveryValueEscaped() {
        String markdown = write(new MarkdownWriter(), diff());

        assertThat(markdown).startsWith("### maestro-deploy diff\n\nold: `old/`  \nnew: `new/`\n\n"
                + "**3 changed, 1 added, 1 removed, 0 unchanged**\n\n| | object | what it means for Maestro |\n");
        assertThat(markdown).contains("| ✏️ | `Deployment maestro/maestro-worker` | workers scale 2 → 4 (no restart) |");
        assertThat(markdown.split("<details>", -1)).hasSize(6);
        assertThat(markdown.split("</details>", -1)).hasSize(6);
        assertThat(markdown).contains("| `spec.replicas` | `2` | `4` |");
        // the pipe is escaped in the table, a code span is longer than the backticks inside, an escape
        // character is spelt out, HTML in a value stays text in the summary line
        assertThat(markdown).contains("| `data.text` | ``a \\| b `c` <script>`` | ```\"a \\| b ``c`` \\u001b[31m</summary>\"``` |");
        assertThat(markdown).contains("+  text: \"a | b ``c`` \\e[31m</summary>\"\n```\n").doesNotContain("\u001b");
        assertThat(markdown.lines().filter(l -> l.startsWith("<summary>")))
                .allMatch(l -> l.endsWith("</summary>") && l.indexOf("</summary>") == l.length() - "</summary>".length());
    }

    @Test
    void theSameInputGivesByteIdenticalOutputWhateverOrderItCameIn() {
        for (DiffWriter writer : List.of(new TextWriter(false), new JsonWriter(), new MarkdownWriter())) {
            String first = write(writer, diff());
            List<KubeObject> old = old();
            List<KubeObject> nu = nu();
            Collections.shuffle(old, new Random(7));
            Collections.shuffle(nu, new Random(8));
            String shuffled = write(writer, Differ.compare(new Side("old/", old), new Side("new/", nu)));
            assertThat(shuffled).as(writer.getClass().getSimpleName()).isEqualTo(first);
        }
    }
}
