package org.maestroperf.deploy.validator.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.input.InputLimits;
import org.maestroperf.deploy.validator.report.Finding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * SnakeYAML's node graph to compact values, for inputs the composer reads ({@link EventTreeBuilder}
 * says which): interns keys, reports duplicates, expands merge keys and aliases.
 */
final class NodeConverter {
    /** The tags of YAML's own types that a Kubernetes object may hold (timestamps read as text). */
    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.MAP, Tag.SEQ, Tag.MERGE);
    private final String file;
    private final List<Finding> findings;
    private final StringPool strings = new StringPool();
    /** Keys and indices from the root to the node being converted; a pointer is only spelled out for a finding. */
    private final List<Object> path = new ArrayList<>();
    private final ScalarConstructor constructor;
    /** The collections being converted, root first: an alias to one of them would never end. */
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The collections already reported as recursive: a collection reached again through other aliases
     * (or expanded again as the value of one) is the same mistake, reported once.
     */
    private final Set<Node> recursive = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The nodes whose tag was reported. */
    private final Set<Node> tagged = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;
    /** Collections from the root to the node being converted, aliases followed. */
    private int depth;
    private String refusal;

    NodeConverter(String file, LoaderOptions options, List<Finding> findings) {
        this.constructor = new ScalarConstructor(options);
        this.file = file;
        this.findings = findings;
    }

    /** The values of one document; findings about it go to the list given at construction. */
    Value convert(Node node) {
        nodes = 0;
        depth = 0;
        refusal = null;
        path.clear();
        open.clear();
        recursive.clear();
        tagged.clear();
        return value(node);
    }

    static final String TOO_LARGE = "document expands to more than " + InputLimits.MAX_NODES + " nodes; refused";
    static final String TOO_DEEP = "document nests deeper than " + InputLimits.MAX_DEPTH + " levels through its aliases;"
            + " refused";

    /**
     * Why the last document converted is refused: it expands to more than {@link InputLimits#MAX_NODES}
     * nodes, or nests deeper than {@link InputLimits#MAX_DEPTH} once its aliases are followed; null if not.
     */
    String refusal() {
        return refusal;
    }

    /** The JSON pointer of a path of keys (Strings) and indices. */
    static String pointer(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object token : path) {
            out.append('/').append(token instanceof String key ? Pointers.escape(key) : token);
        }
        return out.toString();
    }

    private String pointer() {
        return pointer(path);
    }

    private Value value(Node node) {
        if (++nodes > InputLimits.MAX_NODES) {
            refusal = refusal != null ? refusal : TOO_LARGE;
            return new ScalarValue(null, 0, 0);
        }
        int line = node.getStartMark().getLine() + 1;
        int column = node.getStartMark().getColumn() + 1;
        checkTag(node);
        if (node instanceof ScalarNode scalar) {
            return new ScalarValue(scalar(scalar), line, column);
        }
        if (depth > InputLimits.MAX_DEPTH) {
            // as SnakeYAML counts nesting in the text: a collection inside 100 others is the last one allowed
            refusal = refusal != null ? refusal : TOO_DEEP;
            return new ScalarValue(null, line, column);
        }
        if (!open.add(node)) {
            if (recursive.add(node)) {
                findings.add(DocumentParser.error(file, line, column, pointer(), "yaml-recursive-alias",
                        "an alias refers to a collection that contains it; the value would be infinite"));
            }
            return new ScalarValue(null, line, column);
        }
        depth++;
        try {
            return collection(node, line, column);
        } finally {
            depth--;
            open.remove(node);
        }
    }

    private Value collection(Node node, int line, int column) {
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
        MapBuilder entries = new MapBuilder();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (keyNode.getTag().equals(Tag.MERGE)) {
                merge(tuple.getValueNode(), entries);
                continue;
            }
            int keyLine = keyNode.getStartMark().getLine() + 1;
            int keyColumn = keyNode.getStartMark().getColumn() + 1;
            if (!(keyNode instanceof ScalarNode keyScalar)) {
                findings.add(DocumentParser.error(file, keyLine, keyColumn, pointer(), "yaml-key",
                        "mapping keys must be scalars"));
                continue;
            }
            checkTag(keyNode);
            if (keyNode.getTag().equals(Tag.NULL)) {
                findings.add(nullKey(file, keyLine, keyColumn, pointer()));
                continue;
            }
            String key = strings.key(keyScalar.getValue());
            path.add(key);
            int firstLine = entries.put(key, value(tuple.getValueNode()), keyLine, keyColumn);
            if (firstLine > 0) {
                findings.add(DocumentParser.duplicateKey(file, keyLine, keyColumn, pointer(), key, firstLine));
            }
            path.remove(path.size() - 1);
        }
        return entries.build(line, column);
    }

    /** YAML merge keys ({@code <<: *base}): entries not already present are taken from the source. */
    private void merge(Node source, MapBuilder entries) {
        List<Node> sources = source instanceof SequenceNode seq ? seq.getValue() : List.of(source);
        for (Node s : sources) {
            if (value(s) instanceof MapValue m) {
                for (int i = 0; i < m.size(); i++) {
                    entries.putIfAbsent(m.key(i), m.value(i), m.keyLine(i), m.keyColumn(i));
                }
            }
        }
    }

    /**
     * A tag kubectl and fabric8 do not read (a local one such as {@code !custom}, {@code !!binary},
     * {@code !!set}) is a finding, once per node however often it is aliased. The standard ones are
     * those YAML's plain scalars resolve to, and the collections'.
     */
    private void checkTag(Node node) {
        if (!STANDARD_TAGS.contains(node.getTag()) && tagged.add(node)) {
            findings.add(DocumentParser.error(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
                    pointer(), "yaml-tag", "YAML tag " + node.getTag().getValue().replaceFirst("^tag:yaml.org,2002:", "!!")
                            + " is not one Kubernetes reads (only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq)"));
        }
    }

    static Finding nullKey(String file, int line, int column, String pointer) {
        return DocumentParser.error(file, line, column, pointer, "yaml-key",
                "a mapping key must be a string, and this one is null");
    }

    private Object scalar(ScalarNode node) {
        if (!ScalarConstructor.isTyped(node.getTag())) {
            return strings.text(node.getValue());
        }
        return constructor.typed(node);
    }
}
