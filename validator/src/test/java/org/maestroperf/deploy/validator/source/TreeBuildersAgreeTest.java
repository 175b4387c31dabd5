package org.maestroperf.deploy.validator.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.maestroperf.deploy.validator.report.Finding;

/**
 * The validator builds trees two ways: straight from the parser's events (the fast path, for the
 * inputs without anchors, aliases, merge keys or tags that nearly every manifest is; why it is kept
 * is measured in docs/benchmarks.md) and through SnakeYAML's composer (for the rest). On inputs both can read they must agree exactly: the same objects with the same values and
 * positions, and the same findings. A seeded corpus of random documents checks it.
 */
class TreeBuildersAgreeTest {

    private static final String[] PLAIN = {"a", "b", "name", "x-y", "1", "-7", "0x1F", "0o17", "1.5", "-.5e3", ".inf",
            "true", "False", "yes", "no", "on", "null", "~", "", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "12:30",
            "1_000", "+12", "0777", "0b101", "hello world", "a:b", "http://x/y?z=1", "-", "é", "ünïcødé"};
    private static final String[] QUOTED = {"'it''s'", "\"tab\\there\"", "\"\\u00e9\"", "\"\"", "''", "\"line\\nbreak\"",
            "'# not a comment'", "\"1\"", "'true'"};

    @Test
    void eventAndComposerTreesAreTheSameOnARandomCorpus() {
        Random random = new Random(20261204);
        int compared = 0;
        for (int i = 0; i < 2000; i++) {
            String yaml = documents(random);
            SourceDocument doc = new SourceDocument("f" + i + ".yaml", yaml);
            DocumentParser.Result events;
            try {
                events = DocumentParser.fromEvents(doc);
            } catch (EventTreeBuilder.NeedsComposer e) {
                continue;
            }
            DocumentParser.Result nodes = DocumentParser.fromNodes(doc);
            assertThat(dump(events)).as("input:\n%s", yaml).isEqualTo(dump(nodes));
            compared++;
        }
        // the corpus holds no anchors or tags: every document must have taken the fast path
        assertThat(compared).isEqualTo(2000);
    }

    private static String documents(Random random) {
        StringBuilder out = new StringBuilder();
        int count = 1 + random.nextInt(3);
        for (int d = 0; d < count; d++) {
            if (d > 0 || random.nextInt(4) == 0) {
                out.append("---\n");
            }
            if (random.nextInt(6) == 0) {
                out.append("# a comment\n");
            }
            out.append("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm").append(d).append('\n');
            out.append("data:\n");
            block(random, out, 2, 0);
        }
        return out.toString();
    }

    /** A block mapping at {@code indent}, its values scalars, flow collections or nested blocks. */
    private static void block(Random random, StringBuilder out, int indent, int depth) {
        int keys = 1 + random.nextInt(4);
        for (int k = 0; k < keys; k++) {
            String key = random.nextInt(10) == 0 ? "k" + random.nextInt(3) : "key" + k;  // duplicates now and then
            out.append(" ".repeat(indent)).append(random.nextInt(12) == 0 ? QUOTED[random.nextInt(QUOTED.length)] : key)
                    .append(':');
            int shape = depth > 3 ? random.nextInt(3) : random.nextInt(6);
            switch (shape) {
                case 0 -> out.append(' ').append(scalar(random)).append('\n');
                case 1 -> out.append(' ').append(flow(random, 0)).append('\n');
                case 2 -> out.append(random.nextBoolean() ? " |\n" : " >-\n").append(" ".repeat(indent + 2)).append("text ")
                        .append(random.nextInt(100)).append('\n').append(" ".repeat(indent + 2)).append("more\n");
                case 3 -> {
                    out.append('\n');
                    block(random, out, indent + 2, depth + 1);
                }
                case 4 -> {
                    out.append('\n');
                    int items = 1 + random.nextInt(3);
                    for (int i = 0; i < items; i++) {
                        out.append(" ".repeat(indent + 2)).append("- ").append(scalar(random)).append('\n');
                    }
                }
                default -> out.append(" ").append(scalar(random)).append("  # trailing\n");
            }
        }
    }

    private static String scalar(Random random) {
        return random.nextInt(3) == 0 ? QUOTED[random.nextInt(QUOTED.length)] : PLAIN[random.nextInt(PLAIN.length)]
                .replace(": ", ":").replaceFirst("^-$", "'-'").replaceFirst("^$", "''");
    }

    private static String flow(Random random, int depth) {
        if (depth > 2 || random.nextInt(3) == 0) {
            return scalar(random).replaceAll("[\\[\\]{},]", "");
        }
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(4);
        if (random.nextBoolean()) {
            out.append('[');
            for (int i = 0; i < n; i++) {
                out.append(i > 0 ? ", " : "").append(flow(random, depth + 1));
            }
            return out.append(']').toString();
        }
        out.append('{');
        for (int i = 0; i < n; i++) {
            out.append(i > 0 ? ", " : "").append("f").append(random.nextInt(3)).append(": ").append(flow(random, depth + 1));
        }
        return out.append('}').toString();
    }

    private static String dump(DocumentParser.Result result) {
        StringBuilder out = new StringBuilder();
        for (Manifest m : result.manifests()) {
            out.append(m.document()).append(' ').append(m.pointer()).append(' ').append(m.scope()).append('\n');
            dump(m.root(), out, 1);
        }
        List<Finding> findings = result.findings();
        findings.forEach(f -> out.append(f).append('\n'));
        return out.toString();
    }

    private static void dump(Value value, StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append(value.line()).append(':').append(value.column()).append(' ');
        if (value instanceof MapValue map) {
            out.append("map\n");
            for (int i = 0; i < map.size(); i++) {
                out.append("  ".repeat(depth)).append("key ").append(map.key(i)).append(' ').append(map.keyLine(i))
                        .append(':').append(map.keyColumn(i)).append('\n');
                dump(map.value(i), out, depth + 1);
            }
        } else if (value instanceof ListValue list) {
            out.append("list\n");
            list.items().forEach(v -> dump(v, out, depth + 1));
        } else if (value instanceof ScalarValue s) {
            out.append(s.value() == null ? "null" : s.value().getClass().getSimpleName() + " " + s.value()).append('\n');
        } else {
            out.append("missing\n");
        }
    }
}
