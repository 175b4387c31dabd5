package org.maestroperf.deploy.generator.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maestroperf.deploy.diag.SourcePosition;
import org.maestroperf.deploy.diag.UserException;
import org.maestroperf.deploy.generator.yaml.YamlComposer;
import org.maestroperf.deploy.input.AliasExpansion;
import org.maestroperf.deploy.input.InputLimits;
import org.yaml.snakeyaml.LoaderOptions;
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

/**
 * A YAML document read into plain values (maps, lists, scalars) together with the source position of every
 * value and every map key, keyed by dotted path (see {@link TreePaths}).
 *
 * @param root           the document's value (null for an empty document)
 * @param valuePositions where each value starts, by dotted path ("" is the root)
 * @param keyPositions   where each map key starts, by the dotted path of its value
 */
record YamlTree(Object root, Map<String, SourcePosition> valuePositions, Map<String, SourcePosition> keyPositions) {

    /** Parses one YAML document; syntax errors, duplicate keys and unsupported tags are user errors with positions. */
    static YamlTree parse(String text, String file) {
        Node node;
        try {
            node = YamlComposer.composeOne(text, InputLimits.loaderOptions());
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = mark == null ? file : position(file, mark).toString();
            throw new UserException(where + ": invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new UserException(file + ": invalid YAML: " + e.getMessage());
        }
        String tooLarge = AliasExpansion.problem(file, node);
        if (tooLarge != null) {
            throw new UserException(tooLarge);
        }
        Converter converter = new Converter(file);
        Object root = node == null ? null : converter.convert(node, "");
        if (!converter.problems.isEmpty()) {
            throw new UserException(converter.problems);
        }
        return new YamlTree(root, converter.values, converter.keys);
    }

    private static SourcePosition position(String file, Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static final class Converter {
        private final String file;
        private final ScalarConstructor scalars = new ScalarConstructor();
        private final Map<String, SourcePosition> values = new HashMap<>();
        private final Map<String, SourcePosition> keys = new HashMap<>();
        private final List<String> problems = new ArrayList<>();
        /** The collections being converted: an alias to one of them would never end. */
        private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(String file) {
            this.file = file;
        }

        Object convert(Node node, String path) {
            values.put(path, position(file, node.getStartMark()));
            if (node instanceof ScalarNode scalar) {
                return scalar(scalar);
            }
            if (!open.add(node)) {
                problems.add(position(file, node.getStartMark()) + ": " + path
                        + ": an alias refers to a collection that contains it; the value would be infinite");
                return null;
            }
            try {
                return collection(node, path);
            } finally {
                open.remove(node);
            }
        }

        private Object collection(Node node, String path) {
            if (node instanceof MappingNode mapping) {
                return mapping(mapping, path);
            }
            if (node instanceof SequenceNode sequence) {
                List<String> names = itemNames(sequence, path);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < sequence.getValue().size(); i++) {
                    String item = path + "[" + (names == null ? String.valueOf(i) : names.get(i)) + "]";
                    list.add(convert(sequence.getValue().get(i), item));
                }
                return list;
            }
            throw new IllegalArgumentException("not a collection: " + node.getNodeId());
        }

        /** The items' names when every item is a map with a non-null scalar {@code name} (see {@link TreePaths}). */
        private List<String> itemNames(SequenceNode sequence, String path) {
            List<String> names = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                Object name = null;
                if (item instanceof MappingNode mapping) {
                    for (NodeTuple tuple : mapping.getValue()) {
                        if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("name")
                                && tuple.getValueNode() instanceof ScalarNode value && name == null) {
                            name = scalar(value);
                        }
                    }
                }
                if (name == null) {
                    return null;
                }
                names.add(String.valueOf(name));
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                if (!seen.add(names.get(i))) {
                    problems.add(position(file, sequence.getValue().get(i).getStartMark()) + ": " + path
                            + ": two items named '" + names.get(i) + "'");
                }
            }
            return names.isEmpty() ? null : names;
        }

        private Map<String, Object> mapping(MappingNode mapping, String path) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    problems.add(position(file, tuple.getKeyNode().getStartMark()) + ": a key must be a plain name");
                    continue;
                }
                String key = keyNode.getValue();
                String childPath = TreePaths.child(path, key);
                if (map.containsKey(key)) {
                    SourcePosition first = keys.get(childPath);
                    problems.add(position(file, keyNode.getStartMark()) + ": " + childPath + ": duplicate key '" + key
                            + "' (first given at line " + first.line() + ")");
                    continue;
                }
                keys.put(childPath, position(file, keyNode.getStartMark()));
                map.put(key, convert(tuple.getValueNode(), childPath));
            }
            return map;
        }

        private Object scalar(ScalarNode node) {
            Tag tag = node.getTag();
            if (tag.equals(Tag.STR) || tag.equals(Tag.TIMESTAMP)) {
                return node.getValue();
            }
            if (tag.equals(Tag.NULL) || tag.equals(Tag.BOOL) || tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                return scalars.construct(node);
            }
            problems.add(position(file, node.getStartMark()) + ": unsupported YAML tag " + tag.getValue());
            return node.getValue();
        }
    }

    /** SnakeYAML's safe typing of plain scalars (ints in any YAML base, floats, booleans, nulls). */
    private static final class ScalarConstructor extends SafeConstructor {
        ScalarConstructor() {
            super(new LoaderOptions());
        }

        Object construct(ScalarNode node) {
            return constructObject(node);
        }
    }
}
