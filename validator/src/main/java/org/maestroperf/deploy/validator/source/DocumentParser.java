package org.maestroperf.deploy.validator.source;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maestroperf.deploy.validator.report.Finding;
import org.maestroperf.deploy.validator.report.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Turns the text of one input into the Kubernetes objects it holds (every YAML document, every
 * item of a {@code kind: List}, every object of an OpenShift Template) and the problems that stop
 * an object from being read, as findings: syntax errors, duplicate keys, missing apiVersion/kind,
 * limits exceeded.
 */
public final class DocumentParser {

    /** Most characters one input may have; larger inputs are refused before parsing. */
    public static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
    /** Most nodes one document may expand to (aliases included). */
    static final int MAX_NODES = 500_000;
    static final int MAX_ALIASES = 100;
    static final int MAX_DEPTH = 100;
    /** Stateless once built (its tables are only read), so one serves every input and thread. */
    private static final PlainScalarResolver RESOLVER = new PlainScalarResolver();

    /** What one input turned into. */
    public record Result(List<Manifest> manifests, List<Finding> findings) {
    }

    private DocumentParser() {
    }

    public static Result parse(SourceDocument source) {
        List<Manifest> manifests = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        String file = source.name();
        if (source.content().length() > MAX_CODE_POINTS) {
            findings.add(error(file, 1, 1, "", "input-too-large",
                    "input has more than " + MAX_CODE_POINTS + " characters; refused"));
            return new Result(manifests, findings);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        Composer composer = new Composer(
                new ParserImpl(new StreamReader(new StringReader(source.content())), options),
                RESOLVER, options);
        Converter converter = new Converter(file, options, findings);
        int index = 0;
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                int documentIndex = index++;
                if (node == null) {
                    continue;
                }
                Value value = converter.convert(node);
                if (converter.tooLarge) {
                    findings.add(error(file, node.getStartMark().getLine() + 1, 1, "", "document-too-large",
                            "document expands to more than " + MAX_NODES + " nodes; refused"));
                    converter.tooLarge = false;
                    continue;
                }
                addObjects(file, documentIndex, "", source.scope(), value, manifests, findings, true);
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            findings.add(error(file, line, column, "", "yaml-syntax", oneLine(context + problem)));
        } catch (YAMLException e) {
            findings.add(error(file, 1, 1, "", "yaml-syntax", oneLine(e.getMessage())));
        }
        return new Result(manifests, findings);
    }

    private static void addObjects(String file, int document, String pointer, String scope, Value value,
            List<Manifest> out, List<Finding> findings, boolean top) {
        if (value instanceof ScalarValue s && s.value() == null) {
            return;
        }
        if (!(value instanceof MapValue map)) {
            findings.add(error(file, value.line(), value.column(), pointer, "not-an-object",
                    "a Kubernetes object must be a mapping, found " + describe(value)));
            return;
        }
        boolean ok = true;
        for (String field : List.of("apiVersion", "kind")) {
            Value v = map.get(field);
            if (v.isMissing() || v.text() == null || v.text().isBlank()) {
                findings.add(error(file, map.line(), map.column(), pointer, "missing-" + kebab(field),
                        "object has no " + field));
                ok = false;
            } else if (!(v instanceof ScalarValue sv && sv.isString())) {
                int[] at = Pointers.position(map, "/" + field);
                findings.add(error(file, at[0], at[1], pointer + "/" + field, "missing-" + kebab(field),
                        field + " must be a string"));
                ok = false;
            }
        }
        if (!ok || isKustomization(map)) {
            return;
        }
        if (top && "List".equals(map.get("kind").text()) && map.get("items") instanceof ListValue items) {
            for (int i = 0; i < items.items().size(); i++) {
                addObjects(file, document, pointer + "/items/" + i, scope, items.items().get(i), out, findings, false);
            }
            return;
        }
        boolean template = "Template".equals(map.get("kind").text()) && map.get("apiVersion").textOr("").matches(
                "(template\\.openshift\\.io/)?v1");
        // a Template is processed on its own, so it and its objects form a scope of their own
        String templateScope = file + "#" + document + pointer;
        Manifest manifest = new Manifest(file, document, pointer, template ? templateScope : scope, map);
        out.add(manifest);
        if (template) {
            TemplateObjects.expand(manifest).forEach(o -> {
                if (o.root() != null) {
                    addObjects(file, document, o.pointer(), templateScope, o.root(), out, findings, false);
                }
            });
        }
    }

    /** A kustomize build file is tooling input, never applied to a cluster: not an object to validate. */
    private static boolean isKustomization(MapValue map) {
        return "Kustomization".equals(map.get("kind").text())
                && map.get("apiVersion").textOr("").startsWith("kustomize.config.k8s.io/");
    }

    private static String kebab(String field) {
        return field.equals("apiVersion") ? "api-version" : field;
    }

    private static String describe(Value v) {
        return v instanceof ListValue ? "a sequence" : "a scalar '" + v.text() + "'";
    }

    private static String oneLine(String s) {
        return s == null ? "unreadable YAML" : s.replaceAll("\\s*\\n\\s*", " ").trim();
    }

    static Finding error(String file, int line, int column, String pointer, String rule, String message) {
        return new Finding(file, line, column, pointer, Severity.ERROR, rule, message);
    }

    /** SnakeYAML nodes to compact values; interns keys, reports duplicates, expands merge keys. */
    private static final class Converter extends SafeConstructor {
        private final String file;
        private final List<Finding> findings;
        private final Map<String, String> strings = new HashMap<>();
        /** Keys and indices from the root to the node being converted; a pointer is only spelled out for a finding. */
        private final List<Object> path = new ArrayList<>();
        private int nodes;
        boolean tooLarge;

        Converter(String file, LoaderOptions options, List<Finding> findings) {
            super(options);
            this.file = file;
            this.findings = findings;
        }

        Value convert(Node node) {
            nodes = 0;
            path.clear();
            return value(node);
        }

        private String pointer() {
            StringBuilder out = new StringBuilder();
            for (Object token : path) {
                out.append('/').append(token instanceof String key ? Pointers.escape(key) : token);
            }
            return out.toString();
        }

        private Value value(Node node) {
            if (++nodes > MAX_NODES) {
                tooLarge = true;
                return new ScalarValue(null, 0, 0);
            }
            int line = node.getStartMark().getLine() + 1;
            int column = node.getStartMark().getColumn() + 1;
            if (node instanceof ScalarNode scalar) {
                return new ScalarValue(scalar(scalar), line, column);
            }
            if (node instanceof SequenceNode seq) {
                List<Value> items = new ArrayList<>(seq.getValue().size());
                int i = 0;
                for (Node item : seq.getValue()) {
                    path.add(i++);
                    items.add(value(item));
                    path.remove(path.size() - 1);
                }
                return new ListValue(items, line, column);
            }
            MappingNode mapping = (MappingNode) node;
            List<String> keys = new ArrayList<>();
            List<Value> values = new ArrayList<>();
            List<int[]> positions = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    merge(tuple.getValueNode(), keys, values, positions);
                    continue;
                }
                int keyLine = keyNode.getStartMark().getLine() + 1;
                int keyColumn = keyNode.getStartMark().getColumn() + 1;
                if (!(keyNode instanceof ScalarNode keyScalar)) {
                    findings.add(error(file, keyLine, keyColumn, pointer(), "yaml-key",
                            "mapping keys must be scalars"));
                    continue;
                }
                String key = intern(keyScalar.getValue());
                path.add(key);
                Value v = value(tuple.getValueNode());
                int existing = keys.indexOf(key);
                if (existing >= 0) {
                    int[] first = positions.get(existing);
                    findings.add(error(file, keyLine, keyColumn, pointer(), "duplicate-key",
                            "duplicate key '" + key + "' (first at line " + first[0] + "); the last one wins"));
                    values.set(existing, v);
                    positions.set(existing, new int[] {keyLine, keyColumn});
                } else {
                    keys.add(key);
                    values.add(v);
                    positions.add(new int[] {keyLine, keyColumn});
                }
                path.remove(path.size() - 1);
            }
            int[] packed = new int[positions.size() * 2];
            for (int i = 0; i < positions.size(); i++) {
                packed[2 * i] = positions.get(i)[0];
                packed[2 * i + 1] = positions.get(i)[1];
            }
            return new MapValue(keys.toArray(String[]::new), values.toArray(Value[]::new), packed, line, column);
        }

        /** YAML merge keys ({@code <<: *base}): entries not already present are taken from the source. */
        private void merge(Node source, List<String> keys, List<Value> values, List<int[]> positions) {
            List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
            for (Node s : sources) {
                if (value(s) instanceof MapValue m) {
                    for (int i = 0; i < m.size(); i++) {
                        if (!keys.contains(m.key(i))) {
                            keys.add(m.key(i));
                            values.add(m.value(i));
                            positions.add(new int[] {m.keyLine(i), m.keyColumn(i)});
                        }
                    }
                }
            }
        }

        private Object scalar(ScalarNode node) {
            Tag tag = node.getTag();
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (!tag.equals(Tag.INT) && !tag.equals(Tag.FLOAT) && !tag.equals(Tag.BOOL)) {
                return node.getValue().length() <= 64 ? intern(node.getValue()) : node.getValue();
            }
            try {
                Object o = getConstructor(node).construct(node);
                if (o instanceof Integer i) {
                    return i.longValue();
                }
                return o;
            } catch (RuntimeException e) {
                return node.getValue();
            }
        }

        private String intern(String s) {
            return strings.computeIfAbsent(s, k -> k);
        }
    }
}
