package org.maestroperf.deploy.input;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.maestroperf.deploy.diag.SourcePosition;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What a composed YAML document becomes once its aliases are expanded, as every reader that builds
 * plain trees (profiles, Templates) expands them: SnakeYAML shares an aliased node, a tree copies it.
 * A few hundred bytes of aliases ({@code [*a, *a, *a]}, sixteen levels deep) expand to 43 million
 * nodes; an alias inside the collection it names never ends. This walks at most
 * {@link InputLimits#MAX_NODES} nodes to find either, or nesting deeper than
 * {@link InputLimits#MAX_DEPTH} through aliases.
 */
public final class AliasExpansion {

    private final String file;
    private final Set<Node> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int nodes;

    private AliasExpansion(String file) {
        this.file = file;
    }

    /** The problem with the document of {@code file} as one line {@code file:line:col: ...}, or null when there is none. */
    public static String problem(String file, Node root) {
        return root == null ? null : new AliasExpansion(file).walk(root, 0);
    }

    /** The first problem at or below {@code node}, which has {@code above} collections above it. */
    private String walk(Node node, int above) {
        if (++nodes > InputLimits.MAX_NODES) {
            return at(node) + ": the document expands to more than " + InputLimits.MAX_NODES
                    + " values through its aliases; refused";
        }
        if (!(node instanceof MappingNode) && !(node instanceof SequenceNode)) {
            return null;
        }
        if (above > InputLimits.MAX_DEPTH) {
            // as SnakeYAML counts nesting in the text: a collection inside 100 others is the last one allowed
            return at(node) + ": the document nests deeper than " + InputLimits.MAX_DEPTH
                    + " levels through its aliases; refused";
        }
        if (!open.add(node)) {
            return at(node) + ": an alias refers to a collection that contains it; the value would be infinite";
        }
        String problem = null;
        if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size() && problem == null; i++) {
                problem = walk(sequence.getValue().get(i), above + 1);
            }
        } else {
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                problem = problem != null ? problem : walk(tuple.getKeyNode(), above + 1);
                problem = problem != null ? problem : walk(tuple.getValueNode(), above + 1);
            }
        }
        open.remove(node);
        return problem;
    }

    private SourcePosition at(Node node) {
        Mark mark = node.getStartMark();
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
